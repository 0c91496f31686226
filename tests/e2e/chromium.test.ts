/**
 * End to end in real Chromium: the built MV3 extension, the bundled demo
 * articles served on 127.0.0.1, the badge as the visible verdict,
 * highlights that survive reloads, and a service worker that is stopped and
 * woken again.
 */
import { describe, expect, it } from 'vitest';
import { currentWorker } from '../../scripts/browsers';
import { dragSelect, entityMarkTexts, markCentre, paintedTexts, PHRASE, selectPhrase } from './page-helpers';
import { chromiumWithDemo } from './chromium-helpers';



const { session, demo, tabIdOf, badgeOf, settledBadge, open, popupFor, painted } = chromiumWithDemo();

describe('Chromium: the extension loads', () => {
  it('runs its service worker from the built manifest', async () => {
    expect(session().extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session().worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
  });
});

describe('Chromium: the badge is the verdict', () => {
  it('is set on an on-topic Arabic news article', async () => {
    const page = await open('hmeimim-military-meeting.html');
    expect(await settledBadge(page)).toMatch(/^\d+$/);
    const popup = await popupFor(await tabIdOf(page));
    expect(await popup.getAttribute('[data-verdict]', 'data-verdict')).toBe('on');
    const entities = await popup.locator('[data-entity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity')));
    expect(entities).toEqual(expect.arrayContaining(['hmeimim', 'assad', 'turkey', 'fidan']));
    await popup.close();
    await page.close();
  });

  it('stays empty on an off-topic Arabic article', async () => {
    const page = await open('dates-festival.html');
    const tabId = await tabIdOf(page);
    const popup = await popupFor(tabId);
    expect(await popup.getAttribute('[data-verdict]', 'data-verdict')).toBe('off');
    expect(await settledBadge(page)).toBe('');
    await popup.close();
    await page.close();
  });

  it('stays empty on a page that is not Arabic, even about the same story', async () => {
    const page = await open('english-report.html');
    expect(await settledBadge(page)).toBe('');
    const popup = await popupFor(await tabIdOf(page));
    expect(await popup.getAttribute('[data-verdict]', 'data-verdict')).toBe('none');
    await popup.close();
    await page.close();
  });

  it('is cleared when the tab moves on to an off-topic page', async () => {
    const page = await open('assad-arrives-moscow.html');
    expect(await settledBadge(page)).not.toBe('');
    await page.goto(demo().url('dates-festival.html'));
    expect(await settledBadge(page)).toBe('');
    await page.close();
  });
});

describe('Chromium: entity marks and popovers', () => {
  it('marks known names on an on-topic article without touching the DOM, and none elsewhere', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    await expect.poll(async () => ((await page.evaluate(entityMarkTexts)) as string[]).length).toBeGreaterThan(20);
    const texts = (await page.evaluate(entityMarkTexts)) as string[];
    expect(texts).toEqual(expect.arrayContaining(['قاعدة حميميم', 'هاكان فيدان', 'اللاذقية', 'أنقرة']));
    expect(texts).not.toContain('الأسدية');
    const other = await open('dates-festival.html');
    await settledBadge(other);
    expect(await other.evaluate(entityMarkTexts)).toEqual([]);
    await other.close();
    await page.close();
  });

  it('opens a popover with label, type and description on a click, and can hide marks on the site', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    await expect.poll(async () => ((await page.evaluate(entityMarkTexts)) as string[]).length).toBeGreaterThan(0);
    const at = (await page.evaluate(markCentre('اللاذقية'))) as { x: number; y: number };
    expect(at).not.toBeNull();
    await page.mouse.click(at.x, at.y);
    const popover = page.locator('hamish-ui-popover .pop');
    await expect.poll(() => popover.count()).toBe(1);
    expect(await popover.locator('.name').innerText()).toBe('اللاذقية');
    expect(await popover.locator('.en').innerText()).toContain('Latakia');
    expect(await popover.locator('.en').innerText()).toContain('Place');
    expect(await popover.locator('.desc').innerText()).toMatch(/port city/);
    expect(await popover.getAttribute('dir')).toBe('ltr'); // the UI language here is English

    await popover.locator('[data-action="hide-site"]').click();
    await expect.poll(() => page.evaluate(entityMarkTexts)).toEqual([]);
    await page.reload();
    await settledBadge(page);
    expect(await page.evaluate(entityMarkTexts)).toEqual([]);

    // The options page turns them back on for the site.
    const options = await session().context.newPage();
    await options.goto(`chrome-extension://${session().extensionId}/options.html`);
    await options.locator('[data-site="127.0.0.1"] button').click();
    await expect.poll(async () => ((await page.evaluate(entityMarkTexts)) as string[]).length).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });
});

describe('Chromium: the options page edits the topic pack', () => {
  it('imports a pack, applies it to an open tab at once, refuses a broken one, and resets', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    await expect.poll(async () => ((await page.evaluate(entityMarkTexts)) as string[]).length).toBeGreaterThan(0);
    expect(await page.evaluate(entityMarkTexts)).not.toContain('أيدنلك');

    const options = await session().context.newPage();
    await options.goto(`chrome-extension://${session().extensionId}/options.html`);
    await options.waitForSelector('[data-entity-row="assad"]');
    const { DEFAULT_PACK } = await import('../../lib/topic/default-pack');
    const pack = structuredClone(DEFAULT_PACK);
    pack.entities.push({ id: 'aydinlik', type: 'org', label: { ar: 'أيدنلك', en: 'Aydınlık' }, aliases: ['أيدنلك', 'Aydinlik'], description: { en: 'Turkish daily newspaper.' } });
    const input = options.locator('[data-testid="import-pack"]');
    await input.setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect.poll(() => options.locator('[data-testid="pack-message"]').innerText()).toMatch(/imported/i);
    await options.waitForSelector('[data-entity-row="aydinlik"]');
    // The open tab was analysed again with the new pack, without a reload.
    await expect.poll(() => page.evaluate(entityMarkTexts), { timeout: 10_000 }).toContain('أيدنلك');

    const broken = { ...pack, entities: pack.entities.map((e, i) => (i === 2 ? { ...e, type: 'planet' } : e)) };
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => options.locator('[data-testid="pack-message"]').innerText()).toContain('entities[2].type');
    await input.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect.poll(() => options.locator('[data-testid="pack-message"]').innerText()).toMatch(/not JSON/);
    expect(await options.locator('[data-entity-row="aydinlik"]').count()).toBe(1);

    await options.getByRole('button', { name: /default pack/i }).click();
    await expect.poll(() => options.locator('[data-entity-row="aydinlik"]').count()).toBe(0);
    await expect.poll(() => page.evaluate(entityMarkTexts), { timeout: 10_000 }).not.toContain('أيدنلك');
    await options.close();
    await page.close();
  });
});

describe('Chromium: highlights', () => {
  it('saves a highlight from the selection toolbar and paints it again after a reload', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    await dragSelect(page, PHRASE); // the toolbar appears when a selection ends
    await page.locator('hamish-ui-toolbar button[data-colour="green"]').click();
    expect(await painted(page)).toEqual({ 'hamish-green': [PHRASE] });

    await page.reload();
    expect(await painted(page)).toEqual({ 'hamish-green': [PHRASE] });
    // Painting did not touch the page's DOM.
    expect(await page.locator('hamish-mark').count()).toBe(0);

    const popup = await popupFor(await tabIdOf(page));
    await expect.poll(() => popup.locator('[data-highlight] blockquote').allInnerTexts()).toEqual([PHRASE]);
    await popup.close();
    await page.close();
  });

  it('saves the selection through the command the shortcut and context menu use', async () => {
    const page = await open('defence-ministers-moscow.html');
    await settledBadge(page);
    const phrase = 'التقى وزير الدفاع التركي خلوصي أكار';
    expect(await page.evaluate(selectPhrase(phrase))).toBe(true);
    const tabId = await tabIdOf(page);
    const worker = await currentWorker(session());
    const answered = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/highlightSelection' }), tabId);
    expect(answered).toBe(true);
    expect(await painted(page)).toEqual({ 'hamish-yellow': [phrase] });
    await page.close();
  });

  it('removes the paint at once when the highlight is deleted from the popup, and undo brings it back', async () => {
    const page = await open('defence-ministers-moscow.html');
    expect(Object.values(await painted(page)).flat()).toHaveLength(1);
    const popup = await popupFor(await tabIdOf(page));
    await popup.locator('[data-highlight] button.danger').click();
    await expect.poll(async () => Object.values((await page.evaluate(paintedTexts)) as object).flat().length).toBe(0);
    await popup.locator('.undo button').click();
    await expect.poll(async () => Object.values((await page.evaluate(paintedTexts)) as object).flat().length).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: the service worker can stop at any time', () => {
  it('keeps every highlight and answers again after being stopped and woken', async () => {
    const page = await open('hmeimim-military-meeting.html');
    await settledBadge(page);
    const tabId = await tabIdOf(page);
    const before = await currentWorker(session());
    await before.evaluate(() => void ((self as unknown as { hamishProbe: number }).hamishProbe = 1));

    // Stop the worker as the browser does when it is idle.
    const cdp = await session().context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session().extensionId));
    expect(target).toBeDefined();
    expect((await cdp.send('Target.closeTarget', { targetId: target!.targetId })).success).toBe(true);

    // The popup's request wakes a new worker, which reopens the database.
    const popup = await popupFor(tabId);
    const after = await currentWorker(session());
    expect(await after.evaluate(() => (self as unknown as { hamishProbe?: number }).hamishProbe)).toBeUndefined();
    expect(await popup.getAttribute('[data-verdict]', 'data-verdict')).toBe('on');
    await expect.poll(() => popup.locator('[data-highlight] blockquote').allInnerTexts()).toEqual([PHRASE]);
    await popup.close();

    await page.reload();
    expect(await painted(page)).toEqual({ 'hamish-green': [PHRASE] });
    expect(await settledBadge(page)).toMatch(/^\d+$/);
    await page.close();
  });
});
