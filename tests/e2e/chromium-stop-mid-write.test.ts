/**
 * End to end in Chromium: the service worker is stopped in the middle of
 * writes, 100 times (DevTools protocol Target.closeTarget, as the browser
 * does to an idle worker). Half the rounds import 40 highlights at once, the
 * other half rewrite a note. Afterwards nothing acknowledged is missing and
 * nothing is half-written: an import is all there or not at all, and a note
 * is one of the whole notes that were sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../scripts/browsers';
import { toWebAnnotation } from '../../lib/exchange/web-annotation';
import type { Highlight } from '../../lib/types';

let chromium: ChromiumSession;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.goto(`chrome-extension://${chromium.extensionId}/library.html`);
});
afterAll(async () => {
  await chromium?.close();
});

const ROUNDS = 100;
const PER_IMPORT = 40;
const URL_BASE = 'https://news.example/stop-test';

function batch(round: number): string {
  const highlights: Highlight[] = Array.from({ length: PER_IMPORT }, (_, k) => ({
    id: `r${round}-h${k}`,
    articleId: `${URL_BASE}/${round}`,
    url: `${URL_BASE}/${round}`,
    title: `جولة ${round}`,
    quote: { type: 'TextQuoteSelector', exact: `اقتباس ${round}-${k} `.repeat(20).trim(), prefix: 'قبل', suffix: 'بعد' },
    position: { type: 'TextPositionSelector', start: k * 10, end: k * 10 + 5 },
    note: `ملاحظة ${round}-${k} `.repeat(50).trim(),
    tags: [`round-${round}`],
    colour: 'yellow',
    textHash: 'h',
    created: 1_700_000_000_000 + round,
    modified: 1_700_000_000_000 + round,
  }));
  return JSON.stringify(toWebAnnotation({ highlights, articles: [] }));
}

const noteFor = (round: number) => `نص الجولة ${round} `.repeat(200) + `نهاية ${round}`;

/** Send a request from the extension page without waiting; resolves to whether the worker acknowledged it. */
function sendFromPage(message: unknown): Promise<boolean> {
  return page
    .evaluate((m) => chrome.runtime.sendMessage(m).then((r: { ok?: boolean } | undefined) => !!r?.ok, () => false), message)
    .catch(() => false);
}

async function stopWorker(): Promise<boolean> {
  const cdp = await chromium.context.newCDPSession(page);
  try {
    // The write may still be waking the worker (a start can take a while on a
    // busy machine): look for it for up to 5 s, and try again if the close
    // lands while the worker is still starting.
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(chromium.extensionId));
      if (target) {
        const closed = await cdp.send('Target.closeTarget', { targetId: target.targetId }).then((r) => r.success, () => false);
        if (closed) return true;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    return false;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

describe('Chromium: the worker stopped mid-write, 100 times', () => {
  it('loses nothing acknowledged and half-writes nothing', async () => {
    // One highlight whose note is rewritten in the odd rounds.
    expect(await sendFromPage({ type: 'data/import', text: batch(-1) })).toBe(true);
    const target = 'r-1-h0';
    const acknowledgedImports: number[] = [];
    const notesSent: string[] = [];
    let lastAcknowledgedNote: string | null = null;
    let stops = 0;
    let interrupted = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const write =
        round % 2 === 0
          ? sendFromPage({ type: 'data/import', text: batch(round) })
          : (notesSent.push(noteFor(round)), sendFromPage({ type: 'highlight/update', id: target, patch: { note: noteFor(round) } }));
      // Stop the worker a few milliseconds into the write (the delay varies, so some
      // stops land before, some during and some after the transaction).
      await new Promise((r) => setTimeout(r, round % 7));
      if (await stopWorker()) stops++;
      const ok = await write;
      if (!ok) interrupted++;
      if (ok && round % 2 === 0) acknowledgedImports.push(round);
      if (ok && round % 2 === 1) lastAcknowledgedNote = noteFor(round);
    }

    // A fresh worker answers; read everything back through an export.
    let exported: { first: { items: { id: string; body?: { purpose?: string; value: string }[] }[] } } | null = null;
    await expect
      .poll(async () => {
        exported = await page.evaluate(async () => {
          const r = (await chrome.runtime.sendMessage({ type: 'data/export', format: 'jsonld' })) as { ok: boolean; data: { text: string } };
          return r.ok ? JSON.parse(r.data.text) : null;
        });
        return exported !== null;
      }, { timeout: 20_000 })
      .toBe(true);
    const items = exported!.first.items;
    const byRound = new Map<number, number>();
    for (const item of items) {
      const round = Number(/r(-?\d+)-h/.exec(item.id)?.[1]);
      byRound.set(round, (byRound.get(round) ?? 0) + 1);
    }
    // Every import is whole or absent; every acknowledged import is there.
    for (const [round, count] of byRound) expect({ round, count }).toEqual({ round, count: PER_IMPORT });
    for (const round of acknowledgedImports) expect(byRound.get(round)).toBe(PER_IMPORT);
    // The rewritten note is one whole note that was sent, at least as new as the last acknowledged one.
    const note = items.find((i) => i.id.endsWith(target))?.body?.find((b) => b.purpose === 'commenting')?.value;
    expect(note === undefined || notesSent.includes(note) || note.startsWith('ملاحظة -1-0')).toBe(true);
    if (lastAcknowledgedNote) expect(notesSent.indexOf(note!)).toBeGreaterThanOrEqual(notesSent.indexOf(lastAcknowledgedNote));

    console.log(
      `worker stopped ${stops} times in ${ROUNDS} rounds; ${interrupted} writes interrupted before acknowledging; ` +
        `${acknowledgedImports.length} of ${ROUNDS / 2} imports acknowledged, ${byRound.size - 1} stored whole, 0 partial`,
    );
    expect(stops).toBe(ROUNDS);
  }, 240_000);
});
