/**
 * npm start: build the extension, serve the bundled demo articles on
 * 127.0.0.1, open one in Chromium with Hamish loaded (headed when there is a
 * display, headless otherwise), make a demo highlight, and report what
 * Hamish found, with a screenshot.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { currentWorker, launchChromium, ROOT } from './browsers';
import { startDemoServer } from './demo-server';
import type { TabState } from '../lib/messages';
import { errorMessage } from '../lib/errors';

const ARTICLE = 'putin-assad-reconciliation.html';
const DEMO_PHRASE = 'وكانت عملية المصالحة بين أنقرة ودمشق أحد الموضوعات الرئيسية';
/** Read first, so the demo article has earlier coverage to link to. */
const EARLIER = ['defence-ministers-moscow.html', 'assad-arrives-moscow.html', 'hmeimim-military-meeting.html', 'putin-hosts-assad-kremlin.html'];
const OUT_DIR = join(ROOT, '.hamish');

function step(message: string) {
  console.log(`• ${message}`);
}

async function main() {
  step('Building the extension (Chrome MV3)…');
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const server = await startDemoServer();
  step(`Demo articles served at ${server.origin}/`);
  const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HAMISH_HEADLESS !== '1';
  step(`Starting Chromium ${headed ? 'with a window' : 'headless (no display found)'}…`);
  const session = await launchChromium({ headless: !headed });
  const worker = await currentWorker(session);
  const activeTab = async () => {
    const id = await (await currentWorker(session)).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    if (typeof id !== 'number') throw new Error('Could not find the demo tab');
    return id;
  };
  const readStateOf = async (id: number): Promise<TabState> => {
    const extPage = await session.context.newPage();
    await extPage.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${id}`);
    const reply = await extPage.evaluate((t) => chrome.runtime.sendMessage({ type: 'tab/state', tabId: t }), id);
    await extPage.close();
    if (!reply?.ok) throw new Error(`The extension did not answer: ${reply?.error ?? 'no reply'}`);
    return reply.data as TabState;
  };
  const visit = async (name: string) => {
    const p = await session.context.newPage();
    await p.goto(server.url(name));
    await p.bringToFront();
    const id = await activeTab();
    for (let i = 0; i < 50; i++) {
      const s = await readStateOf(id);
      if (s.analysis || s.skipped) break;
      await p.waitForTimeout(200);
    }
    return { page: p, id };
  };

  step(`Reading ${EARLIER.length} earlier demo articles, so there is coverage to link to…`);
  for (const name of EARLIER) await (await visit(name)).page.close();
  const { page, id: tabId } = await visit(ARTICLE);
  const readState = () => readStateOf(tabId);


  let state = await readState();
  for (let i = 0; i < 50 && !state.analysis && !state.skipped; i++) {
    await page.waitForTimeout(200);
    state = await readState();
  }
  if (!state.analysis) throw new Error('Hamish did not analyse the demo article (is the content script running?)');

  // A demo highlight, made the way the keyboard shortcut makes one.
  if (!state.highlights.some((h) => h.quote.exact === DEMO_PHRASE)) {
    await page.evaluate((phrase) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(phrase);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + phrase.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        return;
      }
    }, DEMO_PHRASE);
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/highlightSelection' }), tabId);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    state = await readState();
  }
  const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  mkdirSync(OUT_DIR, { recursive: true });
  const screenshot = join(OUT_DIR, 'demo-article.png');
  await page.screenshot({ path: screenshot });
  const popupShot = join(OUT_DIR, 'demo-popup.png');
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-verdict]');
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: popupShot, fullPage: true });
  await popup.close();

  const a = state.analysis!;
  console.log('');
  console.log(`Page:       ${server.url(ARTICLE)}`);
  console.log(`Title:      ${a.title}`);
  console.log(`Outlet:     ${a.outlet || '—'}    Published: ${a.published ?? '—'}    Language: ${a.lang}`);
  console.log(`Verdict:    ${a.topic.onTopic ? 'ON the topic' : 'not on the topic'} (score ${a.topic.score}); badge "${badge}"`);
  console.log(`Entities:   ${a.entities.length} found`);
  for (const e of a.entities) console.log(`  ${String(e.count).padStart(3)} × ${e.label} (${e.id})`);
  console.log(`Related:    ${state.related.length} earlier article(s)`);
  for (const r of state.related.slice(0, 5)) console.log(`  ${r.relation.padEnd(10)} ${r.published ?? '—'}  ${r.outlet}: ${r.title}`);
  console.log(`Highlights: ${state.highlights.length}`);
  for (const h of state.highlights) console.log(`  [${h.colour}] «${h.quote.exact}»`);
  console.log(`Screenshot: ${screenshot}`);
  console.log(`Popup:      ${popupShot}`);

  if (headed) {
    console.log('\nChromium stays open with Hamish loaded: try selecting text. Press Ctrl+C to quit.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      session.context.once('close', () => resolve());
    });
  }
  await session.close();
  await server.close();
}

main().catch((err) => {
  console.error(`\nnpm start failed: ${errorMessage(err)}`);
  process.exit(1);
});
