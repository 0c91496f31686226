/**
 * End to end in Chromium: following a feed. The background (a service
 * worker without a DOM parser) fetches the feed and its new articles, has
 * them parsed in its offscreen document, and keeps those on the topic.
 * Headless Chromium cannot answer a permission prompt, so the profile is
 * given the demo site's permission up front, as if the reader had granted it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, currentWorker, launchChromium, type ChromiumSession } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';

let chromium: ChromiumSession;
let server: DemoServer;
let buildCopy: string;

const rss = (paths: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Demo</title>${paths
    .map((p) => `<item><title>item</title><link>${p}</link></item>`)
    .join('')}</channel></rss>`;

beforeAll(async () => {
  server = await startDemoServer({
    'feed.xml': rss(['/articles/putin-assad-reconciliation.html', '/articles/dates-festival.html']),
  });
  buildCopy = mkdtempSync(join(tmpdir(), 'hamish-granted-'));
  cpSync(CHROME_BUILD, buildCopy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(buildCopy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(buildCopy, 'manifest.json'), JSON.stringify(manifest));
  chromium = await launchChromium({ extensionDir: buildCopy });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (buildCopy) rmSync(buildCopy, { recursive: true, force: true });
});

describe('Chromium: following a feed', () => {
  it('follows a feed from the timeline: the background reads it and keeps the article on the topic', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/timeline.html`);
    await page.getByPlaceholder('RSS or Atom feed address').fill(`${server.origin}/feed.xml`);
    await page.getByTestId('follow-feed').click();

    const status = page.getByTestId('feed-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/1 new on the topic · 1 in all/);
    // Stored by the background: the timeline lists it once reloaded.
    await page.reload();
    await expect.poll(() => page.locator('main').textContent(), { timeout: 10_000 }).toContain('بوتين');

    // The hourly check is set, and the offscreen document is closed after the work.
    const worker = await currentWorker(chromium);
    const alarm = await worker.evaluate(() => chrome.alarms.get('hamish-feeds'));
    expect(alarm?.periodInMinutes).toBe(60);
    expect(await worker.evaluate(() => chrome.offscreen.hasDocument())).toBe(false);

    // Checking again reads nothing new.
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/0 new on the topic · 1 in all/);

    await page.getByRole('button', { name: 'Stop following' }).click();
    await expect.poll(() => page.getByTestId('followed-feeds').count()).toBe(0);
    expect(await worker.evaluate(() => chrome.alarms.get('hamish-feeds'))).toBeFalsy();
  });

  it('its parser document answers only the extension\'s own parse requests', async () => {
    const worker = await currentWorker(chromium);
    const reply = await worker.evaluate(async () => {
      await chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: ['DOM_PARSER' as chrome.offscreen.Reason], justification: 'test' });
      const parsed = await chrome.runtime.sendMessage({ target: 'hamish-parser', kind: 'page', text: '<title>x</title><p>نص<script>window.bad=1</script></p>', url: 'https://a.example/x' });
      const ignored = await chrome.runtime.sendMessage({ target: 'hamish-parser', kind: 'page', text: 'x', url: 'javascript:alert(1)' }).catch((e: Error) => e.message);
      await chrome.offscreen.closeDocument();
      return { parsed, ignored };
    });
    expect(reply.parsed).toMatchObject({ ok: true, data: { url: 'https://a.example/x' } });
    expect(reply.parsed.data.text).toContain('نص');
    // Nobody answers a malformed request (Chrome then reports no receiver).
    expect(typeof reply.ignored === 'string' || reply.ignored === undefined).toBe(true);
  });
});
