/**
 * Serves the bundled demo articles on 127.0.0.1 (a random free port unless
 * one is given). Pages are under /articles/<name>.html. Only this machine
 * can reach it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

export const DEMO_DIR = join(import.meta.dirname, '../demo/pages');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript' };

export interface DemoServer {
  server: Server;
  origin: string;
  url(name: string): string;
  close(): Promise<void>;
}

/** Extra pages (tests) can be added in memory: name → HTML. */
export async function startDemoServer(extra: Record<string, string> = {}, port = 0, dir = DEMO_DIR): Promise<DemoServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      if (path === '/' || path === '/index.html') {
        const names = (await readdir(dir)).filter((n) => n.endsWith('.html'));
        const links = names.map((n) => `<li><a href="/articles/${n}">${n}</a></li>`).join('');
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(`<!doctype html><meta charset="utf-8"><title>Hamish demo articles</title><ul>${links}</ul>`);
        return;
      }
      const name = path.replace(/^\/(articles\/)?/, '');
      if (extra[name] !== undefined) {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(extra[name]);
        return;
      }
      const file = normalize(join(dir, name));
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    server,
    origin,
    url: (name) => `${origin}/articles/${name}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
