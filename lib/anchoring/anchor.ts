/**
 * Re-anchoring a highlight in the text of a page that may have changed:
 * position (verified) → exact quote (best context) → exact quote after
 * Arabic normalization (diacritics, tatweel, hamza forms) → approximate
 * quote (bit-parallel Myers) scored by quote, prefix, suffix and position.
 * What none of them finds is an orphan: the caller keeps and lists it.
 */
import search from 'approx-string-match';
import { normalizeArabic, normalizeWithMap, type NormalizedText } from '../arabic/normalize';
import { firstAtLeast } from '../sorted';
import type { TextPositionSelector, TextQuoteSelector } from '../types';
import { findExact, verifyPosition, type Anchor } from './quote';

/** Weights of a fuzzy candidate's parts (quote, prefix, suffix, position). */
const W_QUOTE = 50, W_PREFIX = 20, W_SUFFIX = 20, W_POSITION = 2;
const W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION;
/** A fuzzy candidate needs this much of the quote and this overall score. */
const MIN_QUOTE_SIMILARITY = 0.6;
const MIN_SCORE = 0.55;

export interface AnchorTarget {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Similarity (0..1) of `pattern` to the best approximate match inside `text`. */
function similarity(text: string, pattern: string): number {
  if (!pattern) return 1;
  if (!text) return 0;
  const max = Math.floor(pattern.length / 2);
  const found = search(text, pattern, max);
  if (!found.length) return 0;
  return 1 - Math.min(...found.map((m) => m.errors)) / pattern.length;
}

export class TextAnchorer {
  private norm: NormalizedText | null = null;

  constructor(readonly text: string) {}

  private normalized(): NormalizedText {
    this.norm ??= normalizeWithMap(this.text);
    return this.norm;
  }

  /** Normalized offset nearest to an original offset (binary search in the map). */
  private toNormalized(offset: number): number {
    const starts = this.normalized().start;
    return firstAtLeast(starts, starts.length, offset);
  }

  private toOriginal(from: number, to: number): { start: number; end: number } {
    const n = this.normalized();
    return { start: n.start[from], end: n.end[to - 1] };
  }

  anchor(target: AnchorTarget, fuzzy = true): Anchor | null {
    const { quote, position } = target;
    if (!quote.exact) return null;
    if (position && verifyPosition(this.text, position, quote)) return { start: position.start, end: position.end, method: 'position' };
    const exact = findExact(this.text, quote, position?.start);
    if (exact) return { start: exact.start, end: exact.end, method: 'quote' };

    const n = this.normalized();
    const q = { type: 'TextQuoteSelector' as const, exact: normalizeArabic(quote.exact), prefix: normalizeArabic(quote.prefix), suffix: normalizeArabic(quote.suffix) };
    if (!q.exact.trim()) return null;
    const hint = position ? this.toNormalized(position.start) : undefined;
    const loose = findExact(n.text, q, hint);
    if (loose) return { ...this.toOriginal(loose.start, loose.end), method: 'quote' };
    if (!fuzzy) return null;
    const found = this.fuzzy(q, hint);
    return found ? { ...this.toOriginal(found.start, found.end), method: 'fuzzy' } : null;
  }

  /** Approximate search near the old position first, then in the whole text. */
  private fuzzy(q: TextQuoteSelector, hint: number | undefined): { start: number; end: number } | null {
    const text = this.normalized().text;
    const len = q.exact.length;
    const maxErrors = Math.min(256, Math.floor(len / 2));
    const windows: [number, number][] = [];
    if (hint !== undefined) {
      const margin = 4 * len + 2000;
      windows.push([Math.max(0, hint - margin), Math.min(text.length, hint + len + margin)]);
    }
    windows.push([0, text.length]);
    for (const [from, to] of windows) {
      let best: { start: number; end: number; score: number } | null = null;
      const matches = search(text.slice(from, to), q.exact, maxErrors);
      // Many overlapping ends share one start; a handful of the best is enough.
      matches.sort((a, b) => a.errors - b.errors);
      for (const m of matches.slice(0, 50)) {
        const start = from + m.start, end = from + m.end;
        const quoteSim = 1 - m.errors / len;
        if (quoteSim < MIN_QUOTE_SIMILARITY) continue;
        const prefixSim = similarity(text.slice(Math.max(0, start - q.prefix.length - 8), start), q.prefix);
        const suffixSim = similarity(text.slice(end, end + q.suffix.length + 8), q.suffix);
        const posSim = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
        const score = (W_QUOTE * quoteSim + W_PREFIX * prefixSim + W_SUFFIX * suffixSim + W_POSITION * posSim) / W_TOTAL;
        if (score >= MIN_SCORE && (!best || score > best.score)) best = { start, end, score };
      }
      if (best) return best;
    }
    return null;
  }
}
