/**
 * End to end in Chromium: highlights with notes and tags, re-anchoring on a
 * changed page, orphans, the side panel, the library, and export → clear →
 * import.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumWithDemo } from './chromium-helpers';
import { dragSelect, paintedTexts, PHRASE } from './page-helpers';
import { EDITED_PHRASE, VARIANTS } from './variants';

const { session, tabIdOf, settledBadge, open, popupFor, painted } = chromiumWithDemo(() => VARIANTS);


async function extensionPage(path: string): Promise<Page> {
  const page = await session().context.newPage();
  await page.goto(`chrome-extension://${session().extensionId}/${path}`);
  return page;
}

const NOTE = 'أول لقاء عسكري معلن — راجِع رواية دمشق';

describe('Chromium: a highlight with a note and tags', () => {
  it('is written in the page, kept across reloads and shown with its note and tags', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    await dragSelect(page, PHRASE);
    await page.locator('hamish-ui-toolbar button[data-action="note"]').click();
    const editor = page.locator('hamish-ui-editor [data-testid="highlight-editor"]');
    await editor.waitFor();
    await editor.locator('textarea').fill(NOTE);
    await editor.locator('input').fill('حميميم, تطبيع');
    await editor.locator('button[data-colour="orange"]').click();
    await editor.locator('button[data-action="save"]').click();
    await expect.poll(async () => page.evaluate(paintedTexts)).toEqual({ 'hamish-orange': [PHRASE] });

    await page.reload();
    expect(await painted(page)).toEqual({ 'hamish-orange': [PHRASE] });
    const popup = await popupFor(await tabIdOf(page));
    const item = popup.locator('[data-highlight]');
    await expect.poll(() => item.locator('.note').innerText()).toBe(NOTE);
    expect(await item.locator('.tag').allInnerTexts()).toEqual(['#حميميم', '#تطبيع']);
    expect(await item.locator('.note').getAttribute('dir')).toBe('auto');
    await popup.close();
    await page.close();
  });
});

describe('Chromium: re-anchoring', () => {
  it('places the highlight on an edited version of the page (diacritics, tatweel, new paragraphs)', async () => {
    const page = await open('hmeimim-edited.html');
    await settledBadge(page);
    expect(await painted(page)).toEqual({ 'hamish-orange': [EDITED_PHRASE] });
    const popup = await popupFor(await tabIdOf(page));
    await expect.poll(() => popup.locator('[data-highlight] .note').allInnerTexts()).toEqual([NOTE]);
    expect(await popup.locator('[data-testid="orphans"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('lists the highlight as not found when the passage was removed, and keeps it', async () => {
    const page = await open('hmeimim-removed.html');
    await settledBadge(page);
    const tabId = await tabIdOf(page);
    const popup = await popupFor(tabId);
    await expect.poll(() => popup.locator('[data-testid="orphans"] [data-highlight] blockquote').allInnerTexts(), { timeout: 10_000 }).toEqual([PHRASE]);
    expect(await page.evaluate(paintedTexts)).toEqual({});
    await popup.close();

    // The side panel shows it too, with its note.
    const panel = await extensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="orphans"] .note').allInnerTexts(), { timeout: 10_000 }).toEqual([NOTE]);
    await panel.close();
    await page.close();
  });
});

describe('Chromium: an open popup', () => {
  it('follows the page: a highlight found again leaves the orphans without reopening the popup', async () => {
    const page = await open('hmeimim-removed.html');
    await settledBadge(page);
    const popup = await popupFor(await tabIdOf(page));
    await expect.poll(() => popup.locator('[data-testid="orphans"] [data-highlight] blockquote').allInnerTexts(), { timeout: 10_000 }).toEqual([PHRASE]);
    // The same tab goes on to the version of the article that holds the passage.
    await page.goto(page.url().replace('hmeimim-removed.html', 'hmeimim-military-meeting.html'));
    expect(await painted(page)).toEqual({ 'hamish-orange': [PHRASE] });
    await expect.poll(() => popup.locator('[data-testid="orphans"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await popup.locator('[data-highlight] .note').allInnerTexts()).toEqual([NOTE]);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: side panel', () => {
  it('lists the page highlights and follows an edit made elsewhere at once', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    const tabId = await tabIdOf(page);
    const panel = await extensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-highlight] .note').allInnerTexts()).toEqual([NOTE]);
    // Edit in the popup; the panel follows through the database.
    const popup = await popupFor(tabId);
    await popup.locator('[data-highlight] [data-action="edit"]').click();
    await popup.locator('[data-testid="highlight-editor"] textarea').fill(NOTE + ' (محدّث)');
    await popup.locator('[data-testid="highlight-editor"] [data-action="save"]').click();
    await expect.poll(() => panel.locator('[data-highlight] .note').allInnerTexts(), { timeout: 5000 }).toEqual([NOTE + ' (محدّث)']);
    await popup.close();
    await panel.close();
    await page.close();
  });
});

describe('Chromium: library', () => {
  it('finds a highlight by a spelling without hamza and opens its article', async () => {
    const page = await open('defence-ministers-moscow.html');
    await settledBadge(page);
    await dragSelect(page, 'التقى وزير الدفاع التركي خلوصي أكار');
    await page.locator('hamish-ui-toolbar button[data-colour="blue"]').click();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({ 'hamish-blue': ['التقى وزير الدفاع التركي خلوصي أكار'] });
    await page.close();

    const library = await extensionPage('library.html');
    await expect.poll(() => library.locator('[data-testid="library"] [data-highlight]').count()).toBe(2);
    await library.locator('[data-testid="library-search"]').fill('خلوصي اكار');
    await expect.poll(() => library.locator('[data-testid="library"] blockquote').allInnerTexts()).toEqual(['التقى وزير الدفاع التركي خلوصي أكار']);
    await library.locator('[data-testid="library-search"]').fill('');
    await library.getByRole('combobox', { name: /tag/i }).selectOption('تطبيع');
    await expect.poll(() => library.locator('[data-testid="library"] blockquote').allInnerTexts()).toEqual([PHRASE]);

    const opened = session().context.waitForEvent('page');
    await library.locator('[data-action="open"]').click();
    const article = await opened;
    await article.waitForLoadState();
    expect(article.url()).toContain('hmeimim-military-meeting.html');
    expect(await painted(article)).toEqual({ 'hamish-orange': [PHRASE] });
    await article.close();
    await library.close();
  });

  it('exports, clears, imports and gets back identical data; a broken file changes nothing', async () => {
    const library = await extensionPage('library.html');
    const exportAll = async () => {
      const [download] = await Promise.all([library.waitForEvent('download'), library.locator('[data-export="jsonld"]').click()]);
      const text = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
      const doc = JSON.parse(text);
      delete doc.generated;
      return { text, doc };
    };
    const before = await exportAll();
    expect(before.doc.total).toBe(2);
    const cleared = await library.evaluate(() => chrome.runtime.sendMessage({ type: 'data/clear' }));
    expect(cleared).toEqual({ ok: true, data: { highlights: 2, articles: expect.any(Number) } });
    await expect.poll(() => library.locator('[data-testid="library"] [data-highlight]').count()).toBe(0);

    const input = library.locator('[data-testid="import-data"]');
    await input.setInputFiles({ name: 'broken.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation"}]}}') });
    await expect.poll(() => library.locator('[data-testid="data-message"]').innerText()).toMatch(/Nothing was imported/);
    expect(await library.locator('[data-testid="library"] [data-highlight]').count()).toBe(0);

    await input.setInputFiles({ name: 'hamish.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(before.text) });
    await expect.poll(() => library.locator('[data-testid="data-message"]').innerText()).toMatch(/2 new/);
    await expect.poll(() => library.locator('[data-testid="library"] [data-highlight]').count()).toBe(2);
    const after = await exportAll();
    expect(after.doc).toEqual(before.doc);

    // Importing the same file again adds nothing.
    await input.setInputFiles({ name: 'hamish.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(before.text) });
    await expect.poll(() => library.locator('[data-testid="data-message"]').innerText()).toMatch(/0 new, 0 updated, 2 already/);
    expect(await library.locator('[data-testid="library"] [data-highlight]').count()).toBe(2);
    await library.close();
  });
});
