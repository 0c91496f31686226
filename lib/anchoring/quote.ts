/**
 * Selectors on plain text: describe a passage so it can be found again, and
 * find it again, cheapest method first. Offsets are UTF-16 code units of the
 * page's text content.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../types';

export const CONTEXT_CHARS = 32;

export interface Anchor {
  start: number;
  end: number;
  method: 'range' | 'position' | 'quote' | 'fuzzy';
}

export function describe(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Length of the common suffix of a and b (how well a prefix context fits). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Every exact occurrence of the quote, best first: the one whose
 * surroundings match prefix and suffix, then the one nearest the old position.
 */
export function findExact(text: string, quote: TextQuoteSelector, hint?: number, limit = 1000): { start: number; end: number; score: number } | null {
  const { exact, prefix, suffix } = quote;
  if (!exact) return null;
  let best: { start: number; end: number; score: number } | null = null;
  let at = text.indexOf(exact);
  for (let seen = 0; at !== -1 && seen < limit; seen++) {
    const end = at + exact.length;
    const p = prefix ? commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix) / prefix.length : 1;
    const s = suffix ? commonPrefix(text.slice(end, end + suffix.length), suffix) / suffix.length : 1;
    const near = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(at - hint) / Math.max(1, text.length));
    const score = p + s + 0.1 * near;
    if (!best || score > best.score) best = { start: at, end, score };
    at = text.indexOf(exact, at + 1);
  }
  return best;
}

/** Position selector, accepted only if the text there is still the quote. */
export function verifyPosition(text: string, position: TextPositionSelector, quote: TextQuoteSelector): boolean {
  return position.end <= text.length && text.slice(position.start, position.end) === quote.exact;
}

/** W3C counts TextPositionSelector offsets in code points; the DOM counts UTF-16 units. */
export function utf16ToCodePoints(text: string, offset: number): number {
  let cp = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) i++;
    cp++;
  }
  return cp;
}
