/**
 * End to end in Chromium: a web page cannot reach Hamish's background or
 * data, and notes, tags and titles carrying HTML stay text everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentWorker, launchChromium, type ChromiumSession } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { chromiumHelpers } from './chromium-helpers';
import { dragSelect, paintedTexts, PHRASE } from './page-helpers';

let chromium: ChromiumSession;
let server: DemoServer;
const { tabIdOf, settledBadge, open, popupFor, painted } = chromiumHelpers(() => chromium, () => server);
const PAYLOAD = '<img src=x onerror="document.title=\'pwned\'"><script>document.title=\'pwned\'</script>';

beforeAll(async () => {
  server = await startDemoServer({
    'huge.html': `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>طويل</title><body><p>${'وصل الرئيس إلى موسكو في زيارة رسمية. '.repeat(3000)}</p></body></html>`,
  });
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: pages cannot reach Hamish', () => {
  it('refuses messages from page scripts, and ignores window.postMessage tricks', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    await dragSelect(page, PHRASE);
    await page.locator('hamish-ui-toolbar button[data-colour="pink"]').click();
    expect(await painted(page)).toEqual({ 'hamish-pink': [PHRASE] });
    const id = chromium.extensionId;
    const attempts = await page.evaluate(async (extId) => {
      const results: string[] = [];
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      results.push(runtime?.sendMessage ? 'sendMessage exposed' : 'no runtime');
      try {
        const reply = await runtime?.sendMessage?.(extId, { type: 'data/export', format: 'jsonld' });
        results.push(reply === undefined ? 'no reply' : 'answered');
      } catch (e) {
        results.push('refused: ' + String(e).slice(0, 60));
      }
      // Forged messages through the page's own channel reach nothing.
      for (const type of ['highlight/delete', 'data/clear', 'content/highlightSelection']) window.postMessage({ type, id: 'x' }, '*');
      document.dispatchEvent(new CustomEvent('hamish', { detail: { type: 'data/clear' } }));
      await new Promise((r) => setTimeout(r, 300));
      return results;
    }, id);
    expect(attempts.join(' | ')).not.toContain('answered');
    await page.reload();
    expect(await painted(page)).toEqual({ 'hamish-pink': [PHRASE] });
    await page.close();
  });
});

describe('Chromium: data is shown as text', () => {
  it('renders notes, tags and titles with HTML in them inert in popup, side panel and library', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    const tabId = await tabIdOf(page);
    const popup = await popupFor(tabId);
    await popup.locator('[data-highlight] [data-action="edit"]').click();
    await popup.locator('[data-testid="highlight-editor"] textarea').fill(PAYLOAD);
    await popup.locator('[data-testid="highlight-editor"] input').fill('<b>وسم</b>');
    await popup.locator('[data-testid="highlight-editor"] [data-action="save"]').click();
    for (const path of [`popup.html?tab=${tabId}`, `sidepanel.html?tab=${tabId}`, 'library.html']) {
      const view = await chromium.context.newPage();
      await view.goto(`chrome-extension://${chromium.extensionId}/${path}`);
      await expect.poll(() => view.locator('[data-highlight] .note').first().innerText()).toBe(PAYLOAD);
      expect(await view.locator('[data-highlight] .tag').first().innerText()).toBe('#<b>وسم</b>');
      expect(await view.locator('[data-highlight] img, [data-highlight] script, [data-highlight] b').count()).toBe(0);
      expect(await view.title()).not.toBe('pwned');
      await view.close();
    }
    expect(await page.evaluate(paintedTexts)).toEqual({ 'hamish-pink': [PHRASE] });
    await popup.close();
    await page.close();
  });

  it('keeps a strict content security policy on extension pages', async () => {
    const manifest = await chromium.worker.evaluate(() => chrome.runtime.getManifest());
    const csp = (manifest as { content_security_policy?: { extension_pages?: string } }).content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('Chromium: failures are told, not hidden', () => {
  it('shows a notice on the page when a highlight cannot be saved', async () => {
    const page = await open('huge.html');
    await settledBadge(page);
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.body);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const tabId = await tabIdOf(page);
    const worker = await currentWorker(chromium);
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/highlightSelection' }), tabId);
    const notice = page.locator('hamish-ui-notice [data-testid="hamish-notice"]');
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    expect(await notice.locator('.desc').innerText()).toMatch(/^Not saved: .*quote/);
    expect(await page.evaluate(paintedTexts)).toEqual({});
    await page.close();
  });
});
