/**
 * Scripts that run inside a test page (main world): select a phrase as a
 * reader would, and read what the CSS Custom Highlight registry paints.
 * Kept as source text so no test transform can change what the page runs,
 * and both Playwright and Puppeteer can evaluate them.
 */

/** Selects the first occurrence of `phrase` in the body text; evaluates to true if found. */
export const selectPhrase = (phrase: string) => `(() => {
  const phrase = ${JSON.stringify(phrase)};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(phrase);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + phrase.length);
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    const r = range.getBoundingClientRect();
    n.parentElement.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
})()`;

/** Evaluates to { groupName: [texts of its ranges] } for Hamish's highlight groups. */
export const paintedTexts = `(() => {
  const out = {};
  const registry = CSS.highlights;
  if (!registry) return out;
  registry.forEach((highlight, name) => {
    if (!name.startsWith('hamish-') || name === 'hamish-entity') return;
    const texts = [];
    highlight.forEach((range) => texts.push(range.toString()));
    if (texts.length) out[name] = texts;
  });
  return out;
})()`;

/** Evaluates to the centre of the current selection. */
export const selectionCentre = `(() => {
  const r = getSelection().getRangeAt(0).getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

export const PHRASE = 'عقد اجتماعاً مع وفد عسكري من نظام الأسد';

/**
 * Evaluates to the points where a reader starts and ends dragging to select
 * `phrase` (its first occurrence), for any writing direction.
 */
export const dragPointsFor = (phrase: string) => `(() => {
  const phrase = ${JSON.stringify(phrase)};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(phrase);
    if (at === -1) continue;
    n.parentElement.scrollIntoView({ block: 'center' });
    const rectOf = (i) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1); return r.getClientRects()[0]; };
    const rtl = getComputedStyle(n.parentElement).direction === 'rtl';
    const first = rectOf(at), last = rectOf(at + phrase.length - 1);
    return {
      from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
      to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
    };
  }
  return null;
})()`;

/** Evaluates to the texts of the entity marks, in page order. */
export const entityMarkTexts = `(() => {
  const group = CSS.highlights && CSS.highlights.get('hamish-entity');
  const texts = [];
  if (group) group.forEach((range) => texts.push(range.toString()));
  return texts;
})()`;

/** Evaluates to the centre of the first entity mark whose text is `surface`. */
export const markCentre = (surface: string) => `(() => {
  const group = CSS.highlights && CSS.highlights.get('hamish-entity');
  let found = null;
  if (group) group.forEach((range) => {
    if (found || range.toString() !== ${JSON.stringify(surface)}) return;
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getBoundingClientRect();
    found = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  return found;
})()`;

interface MousePage {
  evaluate(script: string): Promise<unknown>;
  mouse: { move(x: number, y: number, o?: { steps?: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> };
}

/** Select `phrase` by dragging across it with the mouse, as a reader does. */
export async function dragSelect(page: MousePage, phrase: string): Promise<void> {
  const drag = (await page.evaluate(dragPointsFor(phrase))) as { from: { x: number; y: number }; to: { x: number; y: number } } | null;
  if (!drag) throw new Error(`phrase not on the page: ${phrase}`);
  await page.mouse.move(drag.from.x, drag.from.y);
  await page.mouse.down();
  await page.mouse.move(drag.to.x, drag.to.y, { steps: 8 });
  await page.mouse.up();
}
