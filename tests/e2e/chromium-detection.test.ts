/**
 * End to end in Chromium: the reader limits automatic detection to a list of
 * sites. Elsewhere nothing is analysed (no badge, no marks, the popup says
 * why); adding the site in Settings applies to the open tab at once.
 */
import { describe, expect, it } from 'vitest';
import { chromiumWithDemo } from './chromium-helpers';
import { entityMarkTexts } from './page-helpers';

const { session, demo, tabIdOf, settledBadge, badgeOf, open } = chromiumWithDemo();


describe('Chromium: detection limited to listed sites', () => {
  it('leaves unlisted sites alone and starts on a site as soon as it is listed', async () => {
    const options = await session().context.newPage();
    await options.goto(`chrome-extension://${session().extensionId}/options.html`);
    await options.getByTestId('detection-listed').click();
    await expect.poll(() => options.getByTestId('detection-listed').isChecked()).toBe(true);
    await options.getByTestId('detection-site').fill('news.example');
    await options.getByTestId('detection-add').click();
    await expect.poll(() => options.locator('[data-testid="detection-settings"] [data-site]').allInnerTexts()).toEqual([expect.stringContaining('news.example')]);
    await options.getByTestId('detection-site').fill('<script>');
    await options.getByTestId('detection-add').click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('Not a site name');

    const page = await open('putin-assad-reconciliation.html');
    expect(await settledBadge(page)).toBe('');
    expect(await page.evaluate(entityMarkTexts)).toEqual([]);
    const tabId = await tabIdOf(page);
    const popup = await session().context.newPage();
    await popup.goto(`chrome-extension://${session().extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[data-verdict]').textContent()).toContain('does not look at this site');
    await popup.close();

    // Listing the demo site applies to the open tab without a reload.
    await options.getByTestId('detection-site').fill(demo().origin);
    await options.getByTestId('detection-add').click();
    await expect.poll(() => badgeOf(page), { timeout: 15_000 }).toMatch(/^\d+$/);
    await expect.poll(() => page.evaluate(entityMarkTexts)).not.toEqual([]);

    // Back to every page.
    await options.getByTestId('detection-all').click();
    await expect.poll(() => options.getByTestId('detection-all').isChecked()).toBe(true);
    await options.close();
    await page.close();
  });
});
