/**
 * The structural selector: a CSS path to the element that holds the
 * highlight and offsets inside that element's text. Cheapest to re-anchor
 * when the page's layout is unchanged; always verified against the quote.
 */
import type { RangeSelector, TextQuoteSelector } from '../types';
import { nodePosition, type TextIndex } from './dom-text';

/** A CSS path from `root` down to `el`, by tag names and nth-of-type. */
export function cssPath(el: Element, root: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    let nth = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === node.tagName) nth++;
    parts.unshift(`${tag}:nth-of-type(${nth})`);
  }
  return parts.join(' > ');
}

/** Offsets of the text under `el` in the index, or null if it has none. */
export function elementSpan(index: TextIndex, el: Element): { start: number; end: number } | null {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  let first = -1, last = -1;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const k = nodePosition(index, n);
    if (k === -1) continue;
    if (first === -1) first = k;
    last = k;
  }
  if (first === -1) return null;
  return { start: index.starts[first], end: index.starts[last] + index.nodes[last].data.length };
}

/** The structural selector for text[start, end) of the index, under `root`. */
export function describeStructure(index: TextIndex, root: Element, start: number, end: number): RangeSelector | null {
  let k = 0;
  while (k + 1 < index.nodes.length && index.starts[k + 1] <= start) k++;
  let el = index.nodes[k]?.parentElement ?? null;
  // Climb to the nearest block that holds the whole range.
  while (el && el !== root) {
    const span = elementSpan(index, el);
    if (span && span.start <= start && span.end >= end) {
      const css = cssPath(el, root);
      return css ? { type: 'RangeSelector', css, start: start - span.start, end: end - span.start } : null;
    }
    el = el.parentElement;
  }
  return null;
}

/** Re-anchor by structure; null unless the text there is still the quote. */
export function anchorStructure(index: TextIndex, root: Element, sel: RangeSelector, quote: TextQuoteSelector): { start: number; end: number } | null {
  let el: Element | null = null;
  try {
    el = root.querySelector(`:scope > ${sel.css}`);
  } catch {
    return null; // a stored path that is not valid CSS is simply not used
  }
  if (!el) return null;
  const span = elementSpan(index, el);
  if (!span) return null;
  const start = span.start + sel.start, end = span.start + sel.end;
  if (end > span.end || index.text.slice(start, end) !== quote.exact) return null;
  return { start, end };
}
