/**
 * End to end in real Firefox ESR: the Firefox build installed as a
 * temporary add-on, the badge read from the browser's toolbar state, and
 * highlights that survive reloads. (Firefox does not let test drivers open
 * moz-extension:// pages, so extension pages are covered in Chromium.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { dragSelect, entityMarkTexts, paintedTexts, PHRASE } from './page-helpers';
import { EDITED_PHRASE, VARIANTS } from './variants';

let firefox: FirefoxSession;
let server: DemoServer;
let page: Page;

beforeAll(async () => {
  server = await startDemoServer(VARIANTS);
  firefox = await launchFirefox();
  page = await firefox.browser.newPage();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The badge after the content script has had time to report. */
async function badgeAfterLoad(expectSet: boolean): Promise<string> {
  if (expectSet) {
    for (let i = 0; i < 60; i++) {
      const badge = await firefox.badge();
      if (badge) return badge;
      await sleep(150);
    }
    return '';
  }
  // An empty badge must stay empty while the content script reports.
  for (let i = 0; i < 12; i++) {
    const badge = await firefox.badge();
    if (badge) return badge;
    await sleep(150);
  }
  return '';
}

async function painted(minimum = 1): Promise<Record<string, string[]>> {
  let result: Record<string, string[]> = {};
  for (let i = 0; i < 60; i++) {
    result = (await page.evaluate(paintedTexts)) as Record<string, string[]>;
    if (Object.values(result).flat().length >= minimum) break;
    await sleep(150);
  }
  return result;
}

describe('Firefox: the extension loads', () => {
  it('installs the Firefox build with its gecko id', () => {
    expect(firefox.extensionId).toBe('hamish@hamish.example');
  });
});

describe('Firefox: the badge is the verdict', () => {
  it('is set on an on-topic Arabic news article', async () => {
    await page.goto(server.url('assad-arrives-moscow.html'));
    expect(await badgeAfterLoad(true)).toMatch(/^\d+$/);
  });

  it('marks the known names of the on-topic article in the page', async () => {
    let marks: string[] = [];
    for (let i = 0; i < 40 && marks.length === 0; i++) {
      marks = (await page.evaluate(entityMarkTexts)) as string[];
      if (!marks.length) await sleep(150);
    }
    expect(marks).toEqual(expect.arrayContaining(['بشار الأسد', 'موسكو', 'ميخائيل بوغدانوف']));
  });

  it('is empty on an off-topic Arabic article, with no marks', async () => {
    await page.goto(server.url('dates-festival.html'));
    expect(await badgeAfterLoad(false)).toBe('');
    expect(await page.evaluate(entityMarkTexts)).toEqual([]);
  });

  it('is empty on a page that is not Arabic', async () => {
    await page.goto(server.url('english-report.html'));
    expect(await badgeAfterLoad(false)).toBe('');
  });
});

describe('Firefox: highlights', () => {
  it('saves a highlight from the selection toolbar and paints it again after a reload', async () => {
    await page.goto(server.url('hmeimim-military-meeting.html'));
    await badgeAfterLoad(true);
    await dragSelect(page, PHRASE);
    const button = await page.waitForSelector('hamish-ui-toolbar >>> button[data-colour="blue"]', { timeout: 10_000 });
    await button!.click();
    expect(await painted()).toEqual({ 'hamish-blue': [PHRASE] });

    await page.reload();
    expect(await painted()).toEqual({ 'hamish-blue': [PHRASE] });
    expect(await page.$$eval('hamish-mark', (els) => els.length)).toBe(0);
    expect(await badgeAfterLoad(true)).toMatch(/^\d+$/);
  });

  it('keeps a note and tags written in the page', async () => {
    // Click the highlight to open its editor.
    const centre = async () => {
      await page.evaluate(`(() => { let done = false; CSS.highlights.get('hamish-blue').forEach((r) => { if (!done) { r.startContainer.parentElement.scrollIntoView({ block: 'center' }); done = true; } }); })()`);
      await sleep(300);
      return (await page.evaluate(`(() => {
        let r = null;
        CSS.highlights.get('hamish-blue').forEach((range) => { const b = range.getClientRects()[0]; r = { x: b.left + b.width / 2, y: b.top + b.height / 2 }; });
        return r;
      })()`)) as { x: number; y: number };
    };
    let rect = await centre();
    await page.mouse.click(rect.x, rect.y);
    const textarea = await page.waitForSelector('hamish-ui-editor >>> textarea', { timeout: 10_000 });
    await textarea!.type('ملاحظة من فايرفوكس');
    const tags = await page.$('hamish-ui-editor >>> input');
    await tags!.type('فايرفوكس');
    await (await page.$('hamish-ui-editor >>> button[data-action="save"]'))!.click();
    await page.waitForFunction(() => !document.querySelector('hamish-ui-editor'), { timeout: 10_000 });
    await page.reload();
    expect(await painted()).toEqual({ 'hamish-blue': [PHRASE] });
    rect = await centre();
    await page.mouse.click(rect.x, rect.y);
    const again = await page.waitForSelector('hamish-ui-editor >>> textarea', { timeout: 10_000 });
    expect(await again!.evaluate((t) => (t as HTMLTextAreaElement).value)).toBe('ملاحظة من فايرفوكس');
  });

  it('re-anchors on an edited version of the page', async () => {
    await page.goto(server.url('hmeimim-edited.html'));
    expect(await painted()).toEqual({ 'hamish-blue': [EDITED_PHRASE] });
  });

  it('paints nothing where the passage was removed (the highlight is kept as an orphan)', async () => {
    await page.goto(server.url('hmeimim-removed.html'));
    await badgeAfterLoad(true);
    await sleep(800);
    expect(await page.evaluate(paintedTexts)).toEqual({});
    await page.goto(server.url('hmeimim-military-meeting.html'));
    expect(await painted()).toEqual({ 'hamish-blue': [PHRASE] });
  });
});
