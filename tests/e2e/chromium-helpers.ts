/** Helpers for end-to-end tests in Chromium, bound to a running session and demo server. */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, launchChromium, type ChromiumSession } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { paintedTexts } from './page-helpers';

export function chromiumHelpers(session: () => ChromiumSession, demo: () => DemoServer) {
  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const worker = await currentWorker(session());
    const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    if (typeof id !== 'number') throw new Error('no active tab');
    return id;
  }

  async function badgeOf(page: Page): Promise<string> {
    const tabId = await tabIdOf(page);
    const worker = await currentWorker(session());
    return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** Wait until the content script has reported on the tab (analysis or skip), then read the badge. */
  async function settledBadge(page: Page): Promise<string> {
    const tabId = await tabIdOf(page);
    const worker = await currentWorker(session());
    await expect
      .poll(() => worker.evaluate(async (id) => {
        const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { analysis: unknown; skipped: unknown } | undefined;
        return !!(state && (state.analysis || state.skipped));
      }, tabId), { timeout: 15_000 })
      .toBe(true);
    return badgeOf(page);
  }

  async function open(name: string): Promise<Page> {
    const page = await session().context.newPage();
    await page.goto(demo().url(name));
    return page;
  }

  async function popupFor(tabId: number): Promise<Page> {
    const popup = await session().context.newPage();
    await popup.goto(`chrome-extension://${session().extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-verdict]');
    return popup;
  }

  async function painted(page: Page, minimum = 1): Promise<Record<string, string[]>> {
    let result: Record<string, string[]> = {};
    for (let i = 0; i < 40; i++) {
      result = (await page.evaluate(paintedTexts)) as Record<string, string[]>;
      if (Object.values(result).flat().length >= minimum) break;
      await page.waitForTimeout(150);
    }
    return result;
  }


  return { tabIdOf, badgeOf, settledBadge, open, popupFor, painted };
}

/**
 * A test file's Chromium with the built extension and the demo site (plus
 * `pages`, made when the file starts), closed when the file ends.
 */
export function chromiumWithDemo(pages: () => Record<string, string> = () => ({})) {
  let chromium: ChromiumSession | undefined;
  let server: DemoServer | undefined;
  beforeAll(async () => {
    server = await startDemoServer(pages());
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  const session = () => chromium!;
  const demo = () => server!;
  return { session, demo, ...chromiumHelpers(session, demo) };
}
