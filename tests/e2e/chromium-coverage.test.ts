/**
 * End to end in Chromium: related coverage. Reading one report, then another
 * about the same event, links them; a repost under another address is the
 * same text; the timeline groups them.
 */
import { describe, expect, it } from 'vitest';
import { chromiumWithDemo } from './chromium-helpers';
import { entityMarkTexts, markCentre } from './page-helpers';
import { repostVariant } from './variants';

const { session, tabIdOf, settledBadge, open, popupFor } = chromiumWithDemo(() => ({ 'aggregator-repost.html': repostVariant() }));


async function visit(name: string) {
  const page = await open(name);
  await settledBadge(page);
  return page;
}

describe('Chromium: related coverage', () => {
  it('lists an earlier report of the same event in the popup', async () => {
    (await visit('assad-arrives-moscow.html')).close();
    (await visit('defence-ministers-moscow.html')).close();
    const page = await visit('putin-assad-reconciliation.html');
    const popup = await popupFor(await tabIdOf(page));
    const card = popup.locator('[data-testid="related"] [data-related]').first();
    await expect.poll(() => card.getAttribute('data-relation')).toBe('same event');
    expect(await card.getAttribute('data-related')).toContain('assad-arrives-moscow.html');
    expect(await card.locator('.card-title').innerText()).toContain('الأسد في موسكو');
    expect(await card.locator('.card-title').getAttribute('dir')).toBe('auto');
    expect(await card.locator('.meta').innerText()).toMatch(/Same event · المدن · 2023-03-14 · days apart: 1/);
    expect(await card.locator('.shared').innerText()).toContain('بشار الأسد');
    const opened = session().context.waitForEvent('page');
    await card.locator('.card-title').click();
    expect((await opened).url()).toContain('assad-arrives-moscow.html');
    await popup.close();
    await page.close();
  });

  it('shows a repost under another address as the same text', async () => {
    const page = await visit('aggregator-repost.html');
    const popup = await popupFor(await tabIdOf(page));
    const card = popup.locator('[data-testid="related"] [data-related]').first();
    await expect.poll(() => card.getAttribute('data-relation')).toBe('same text');
    expect(await card.getAttribute('data-related')).toContain('assad-arrives-moscow.html');
    await popup.close();
    await page.close();
  });

  it('tells in the entity popover how many earlier articles mention the name', async () => {
    const page = await visit('hmeimim-military-meeting.html');
    await expect.poll(async () => ((await page.evaluate(entityMarkTexts)) as string[]).length).toBeGreaterThan(0);
    const at = (await page.evaluate(markCentre('بوتين'))) as { x: number; y: number };
    await page.mouse.click(at.x, at.y);
    const coverage = page.locator('hamish-ui-popover [data-testid="entity-coverage"]');
    await expect.poll(() => coverage.locator('p').innerText()).toMatch(/In [2-4] earlier articles/);
    expect(await coverage.locator('li').count()).toBe(3);
    await page.close();
  });

  it('groups the reports into events on the story timeline', async () => {
    const timeline = await session().context.newPage();
    await timeline.goto(`chrome-extension://${session().extensionId}/timeline.html`);
    const events = timeline.locator('[data-testid="timeline"] [data-event]');
    await expect.poll(() => events.count()).toBe(3);
    const dates = await events.locator('time').allInnerTexts();
    expect(dates).toEqual(['2022-12-28', '2023-03-14', '2024-06-17']);
    expect(await events.nth(1).locator('li').count()).toBe(3); // the visit, the meeting, the repost
    await timeline.locator('[data-testid="timeline-entity"]').selectOption('hmeimim');
    await expect.poll(() => events.count()).toBe(1);
    await timeline.close();
  });

  it('adds saved HTML files as coverage, keeping only those on the topic', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { DEMO_DIR } = await import('../../scripts/demo-server');
    const timeline = await session().context.newPage();
    await timeline.goto(`chrome-extension://${session().extensionId}/timeline.html`);
    const events = timeline.locator('[data-testid="timeline"] [data-event]');
    await expect.poll(() => events.count()).toBe(3);
    await timeline.locator('[data-testid="add-html"]').setInputFiles(
      ['putin-hosts-assad-kremlin.html', 'dates-festival.html'].map((name) => ({ name, mimeType: 'text/html', buffer: readFileSync(join(DEMO_DIR, name)) })),
    );
    await expect.poll(() => timeline.locator('[data-testid="add-progress"]').innerText()).toBe('2 of 2 read, 1 added');
    expect(await timeline.locator('.add-rows [data-status="off"]').count()).toBe(1);
    await expect.poll(() => events.count()).toBe(4);
    expect(await events.last().locator('time').innerText()).toBe('2024-07-25');
    await timeline.close();
  });
});
