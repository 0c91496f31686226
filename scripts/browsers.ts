/**
 * Starting real browsers with the built extension: Chromium through
 * playwright-core, Firefox through puppeteer-core (WebDriver BiDi). Both
 * use the system's browsers; nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

function which(names: string[]): string | null {
  for (const name of names) {
    if (name.includes('/') && existsSync(name)) return name;
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

export function chromiumPath(): string {
  const found = which([process.env.CHROMIUM_PATH ?? '', 'chromium', 'chromium-browser', '/usr/bin/chromium'].filter(Boolean));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

export function firefoxPath(): string {
  const found = which([process.env.FIREFOX_PATH ?? '', 'firefox-esr', 'firefox', '/usr/bin/firefox-esr'].filter(Boolean));
  if (!found) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH');
  return found;
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Chromium with the unpacked Chrome build loaded; resolves once its service worker runs. */
export async function launchChromium(options: { headless?: boolean; extensionDir?: string } = {}): Promise<ChromiumSession> {
  const dir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No extension build at ${dir}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'hamish-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--lang=en-US',
    ],
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (it may have been stopped and started again). */
export async function currentWorker(session: ChromiumSession): Promise<Worker> {
  const live = session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId));
  if (live) return live;
  return session.context.waitForEvent('serviceworker', { timeout: 20_000 });
}
