/**
 * One pass over the original text that normalizes, splits words and
 * pre-filters them, without building the normalized text. The matcher and
 * the cue counter then look closely only at the few words the filters let
 * through, normalizing just those. This is what makes analysis fast on
 * megabytes of text.
 */
import { DROP_ALONE, DROP_ATTACH, NORMALIZE_TABLE, nfkcRange, normalizeArabic, normalizeWithMap } from './normalize';
import { wordCharTable } from './tokenize';

/** A 16-bit bitmap of hashed keys: no false negatives, rare false positives. */
export class KeyFilter {
  private bits = new Uint8Array(8192);
  add(key: number): void {
    this.bits[key >>> 3] |= 1 << (key & 7);
  }
  has(key: number): boolean {
    return (this.bits[key >>> 3] & (1 << (key & 7))) !== 0;
  }
}

/** FNV-1a step over one UTF-16 unit, folded to 16 bits by the filter. */
const FNV_OFFSET = 0x811c9dc5;
const fnv = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const fold = (h: number) => (h ^ (h >>> 16)) & 0xffff;

/** Filter key of a whole normalized word. */
export function wordKey(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnv(h, word.charCodeAt(i));
  return fold(h);
}

/** Filter key of the first three characters of a normalized stem. */
export function headKey(stem: string): number {
  return fold(fnv(fnv(fnv(FNV_OFFSET, stem.charCodeAt(0)), stem.charCodeAt(1)), stem.charCodeAt(2)));
}

/** The word, or the word without up to MAX_CLITIC leading characters, is in the words filter. */
export const TAIL_CANDIDATE = 1;
/** A cue stem's first three characters start within MAX_HEAD_OFFSET characters of the word. */
export const HEAD_CANDIDATE = 2;
export const MAX_CLITIC = 4;
export const MAX_HEAD_OFFSET = 5;

export interface ScannedText {
  source: string;
  count: number;
  /** Original offsets of each word. */
  start: Int32Array;
  end: Int32Array;
  /** TAIL_CANDIDATE / HEAD_CANDIDATE bits per word. */
  flags: Uint8Array;
  /** The word's normalized form, computed on first use. */
  word(k: number): string;
  /** Original offset of the `skip`-th normalized character of word k. */
  originalOffset(k: number, skip: number): number;
}

/** A word from the original text, normalized, without building an offset map. */
function normalizeRange(source: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH || t === DROP_ALONE) continue;
    if (t === 0 && nfkcRange(c)) return normalizeArabic(source.slice(from, to));
    out += String.fromCharCode(t === 0 ? c : t);
  }
  return out;
}

/**
 * Scan `source` into words. `words` holds the filter keys of known words (and
 * known words without their ال); `heads` the first three characters of cue
 * stems.
 */
export function scanText(source: string, words: KeyFilter, heads: KeyFilter): ScannedText {
  const n = source.length;
  const table = wordCharTable();
  let cap = Math.max(64, n >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let count = 0;
  const first = new Int32Array(MAX_HEAD_OFFSET + 3);
  // Hashes of the word from each of its first MAX_CLITIC + 1 characters on.
  let h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0;
  let inWord = false;
  let wordStart = 0;
  let lastEnd = 0;
  let len = 0;
  let special = false;
  // Only a word that starts like a proclitic (و ف ب ك ل) needs the shorter hashes.
  let clitic = false;

  const close = () => {
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap), e2 = new Int32Array(cap), f2 = new Uint8Array(cap);
      s2.set(start); e2.set(end); f2.set(flags);
      start = s2; end = e2; flags = f2;
    }
    let f = 0;
    if (
      special ||
      words.has(fold(h0)) ||
      (clitic &&
        ((len > 1 && words.has(fold(h1))) ||
          (len > 2 && words.has(fold(h2))) ||
          (len > 3 && words.has(fold(h3))) ||
          (len > 4 && words.has(fold(h4)))))
    ) f |= TAIL_CANDIDATE;
    if (special) f |= HEAD_CANDIDATE;
    else {
      const lim = Math.min(len - 2, MAX_HEAD_OFFSET + 1);
      for (let o = 0; o < lim; o++) {
        if (heads.has(fold(fnv(fnv(fnv(FNV_OFFSET, first[o]), first[o + 1]), first[o + 2])))) {
          f |= HEAD_CANDIDATE;
          break;
        }
      }
    }
    start[count] = wordStart;
    end[count] = lastEnd;
    flags[count] = f;
    count++;
    inWord = false;
  };

  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH) {
      if (inWord && lastEnd === i) lastEnd = i + 1; // a diacritic stays with its letter
      continue;
    }
    if (t === DROP_ALONE) continue;
    let m = t === 0 ? c : t;
    const presentation = t === 0 && nfkcRange(c);
    if (presentation) m = 0x0627; // any letter: the careful path re-reads this word
    if (table[m] === 1) {
      if (!inWord) {
        inWord = true;
        wordStart = i;
        len = 0;
        special = false;
        clitic = m === 0x0648 || m === 0x0641 || m === 0x0628 || m === 0x0643 || m === 0x0644;
        h0 = h1 = h2 = h3 = h4 = FNV_OFFSET;
      }
      if (presentation) special = true;
      if (len < first.length) first[len] = m;
      h0 = fnv(h0, m);
      if (clitic && len >= 1) {
        h1 = fnv(h1, m);
        if (len >= 2) h2 = fnv(h2, m);
        if (len >= 3) h3 = fnv(h3, m);
        if (len >= 4) h4 = fnv(h4, m);
      }
      len++;
      lastEnd = i + 1;
    } else if (inWord) {
      close();
    }
  }
  if (inWord) close();

  const cache: (string | undefined)[] = [];
  return {
    source,
    count,
    start,
    end,
    flags,
    word(k: number): string {
      let w = cache[k];
      if (w === undefined) {
        w = normalizeRange(source, start[k], end[k]);
        cache[k] = w;
      }
      return w;
    },
    originalOffset(k: number, skip: number): number {
      if (skip === 0) return start[k];
      const norm = normalizeWithMap(source.slice(start[k], end[k]));
      return start[k] + (skip < norm.start.length ? norm.start[skip] : norm.sourceLength);
    },
  };
}
