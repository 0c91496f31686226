/**
 * One pass over the original text that normalizes, splits words and runs
 * every pack phrase and cue stem through one automaton, without building the
 * normalized text. The matcher and the cue counter then look closely only at
 * the few places where a phrase or stem was seen. This is what makes analysis
 * fast on megabytes of text.
 */
import { DROP_ALONE, DROP_ATTACH, NORMALIZE_TABLE, nfkcRange, normalizeArabic, normalizeWithMap } from './normalize';
import { BOUNDARY, CLASS_DROP_ATTACH, CLASS_SPECIAL, buildAutomaton, type Automaton } from './automaton';

/** A prefix pattern starts within MAX_HEAD_OFFSET characters of the word. */
export const HEAD_CANDIDATE = 2;
/** Characters a proclitic may take before a phrase (وبال). */
export const MAX_CLITIC = 4;
/** Characters before a prefix (a proclitic and ال). */
export const MAX_HEAD_OFFSET = 5;
/** Longest phrase, in words. */
export const MAX_PATTERN_WORDS = 16;

/**
 * What the scanner looks for, normalized. `phrases`: whole words or runs of
 * words (one space between them), possibly behind a proclitic; each is
 * reported where it occurs, by its index. `prefixes`: beginnings of words
 * (cue stems); a word where one occurs is flagged HEAD_CANDIDATE.
 */
export interface ScanPatterns {
  phrases: string[];
  prefixes: string[];
}

export interface Scanner {
  automaton: Automaton;
  /** Per pattern (phrases, then prefixes): words in a phrase, -1 for a prefix. */
  wordCount: Int32Array;
  /** Per pattern: length of a phrase's first word, or of the prefix. */
  firstLength: Int32Array;
  /** Per state: length of the longest prefix ending there, else 0. */
  prefixLength: Int32Array;
}

export function buildScanner(patterns: ScanPatterns): Scanner {
  const phrases = patterns.phrases;
  const prefixes = patterns.prefixes.filter((p) => p.length > 0 && !p.includes(' '));
  for (const w of phrases) {
    if (!w || w !== w.trim() || w.includes('  ')) throw new Error(`a phrase must be words with one space between them: "${w}"`);
    if (w.split(' ').length > MAX_PATTERN_WORDS) throw new Error(`a phrase of more than ${MAX_PATTERN_WORDS} words: ${w}`);
  }
  // A phrase ends with the boundary after its last word.
  const automaton = buildAutomaton([...phrases.map((w) => w + ' '), ...prefixes]);
  const wordCount = new Int32Array(phrases.length + prefixes.length);
  const firstLength = new Int32Array(phrases.length + prefixes.length);
  phrases.forEach((w, i) => {
    const parts = w.split(' ');
    wordCount[i] = parts.length;
    firstLength[i] = parts[0].length;
  });
  prefixes.forEach((p, i) => {
    wordCount[phrases.length + i] = -1;
    firstLength[phrases.length + i] = p.length;
  });
  const states = automaton.outStart.length - 1;
  const prefixLength = new Int32Array(states);
  for (let t = automaton.firstOutput; t < states; t++)
    for (let o = automaton.outStart[t]; o < automaton.outStart[t + 1]; o++) {
      const p = automaton.outList[o];
      if (wordCount[p] < 0) prefixLength[t] = Math.max(prefixLength[t], firstLength[p]);
    }
  return { automaton, wordCount, firstLength, prefixLength };
}

/** Words and phrase occurrences found by a scan. */
interface ScanResult {
  count: number;
  /** Original offsets of each word. */
  start: Int32Array;
  end: Int32Array;
  /** HEAD_CANDIDATE bit per word. */
  flags: Uint8Array;
  /** Phrase occurrences as triples: phrase index, first word, characters of
   *  the first word before the phrase (a possible proclitic, 0..MAX_CLITIC).
   *  Ordered by their last word. */
  hits: Int32Array;
  hitCount: number;
}

export interface ScannedText extends ScanResult {
  source: string;
  /** The word's normalized form, computed on first use. */
  word(k: number): string;
  /** The first `chars` (at most 4) normalized characters of word k as a
   *  number (see arabicKey), or -1 when one is not an Arabic letter. */
  headKey(k: number, chars: number): number;
  /** Original offset of the `skip`-th normalized character of word k. */
  originalOffset(k: number, skip: number): number;
}

const WORD_BUFFER = new Uint16Array(256);

/** Up to `limit` normalized characters of source[from, to), without an offset map. */
function normalizeRange(source: string, from: number, to: number): string {
  if (to - from > WORD_BUFFER.length) return normalizeArabic(source.slice(from, to));
  let len = 0;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH || t === DROP_ALONE) continue;
    if (t === 0 && nfkcRange(c)) return normalizeArabic(source.slice(from, to));
    WORD_BUFFER[len++] = t === 0 ? c : t;
  }
  return String.fromCharCode.apply(null, WORD_BUFFER.subarray(0, len) as unknown as number[]);
}

/**
 * Up to four Arabic letters (U+0600..U+06FF) as one number, a byte each: a
 * string-free way to compare a few letters, e.g. a proclitic.
 */
export function arabicKey(letters: string): number {
  let key = 0;
  for (let i = letters.length - 1; i >= 0; i--) {
    const c = letters.charCodeAt(i);
    if (c < 0x0600 || c > 0x06ff || i >= 4) return -1;
    key = key * 256 + (c - 0x0600);
  }
  return key;
}

function headKeyOf(source: string, from: number, to: number, chars: number): number {
  let key = 0, scale = 1, seen = 0;
  for (let i = from; i < to && seen < chars; i++) {
    const c = source.charCodeAt(i);
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH || t === DROP_ALONE) continue;
    const m = t === 0 ? c : t;
    if (m < 0x0600 || m > 0x06ff || seen >= 4) return -1;
    key += (m - 0x0600) * scale;
    scale *= 256;
    seen++;
  }
  return seen === chars ? key : -1;
}

/** Original offset of the `skip`-th normalized character in [from, to). */
function offsetAfter(source: string, from: number, to: number, skip: number): number {
  let seen = 0;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH || t === DROP_ALONE) continue;
    if (t === 0 && nfkcRange(c)) {
      // Ligatures may expand: the careful path.
      const norm = normalizeWithMap(source.slice(from, to));
      return from + (skip < norm.start.length ? norm.start[skip] : norm.sourceLength);
    }
    if (seen === skip) return i;
    seen++;
  }
  return to;
}

/**
 * Arrays a scan writes into. A scan's result lives in them, so they are
 * reused only once that result is no longer needed: allocating them for
 * every text costs as much as a third of the scan on article-sized texts.
 */
export interface ScanBuffers {
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  hits: Int32Array;
}

export function scanBuffers(words = 64): ScanBuffers {
  return { start: new Int32Array(words), end: new Int32Array(words), flags: new Uint8Array(words), hits: new Int32Array(96) };
}

interface RawScan extends ScanResult {
  /** A presentation form (ligature) was seen: the result is not to be used. */
  special: boolean;
}

/** The hot loop: every character once, one class read and, for letters, one step. */
function scanRaw(source: string, scanner: Scanner, buffers: ScanBuffers): RawScan {
  const { classOf, shift, next, firstOutput, outStart, outList } = scanner.automaton;
  const { wordCount, firstLength, prefixLength } = scanner;
  const n = source.length;
  let { start, end, flags, hits } = buffers;
  let cap = start.length;
  let hitCount = 0;
  // Normalized lengths of the last words, for the clitic check of phrases.
  const lengths = new Int32Array(MAX_PATTERN_WORDS);
  const RING = MAX_PATTERN_WORDS - 1;
  let count = 0;
  let state = 0;
  // The word being read: its start, end so far (after its last letter or
  // diacritic: marks such as RLM after it are not part of it), letters, flag.
  let wordStart = 0, wordEnd = 0, len = 0, head = 0;
  // One past the end, a boundary closes the last word.
  for (let i = 0; i <= n; i++) {
    const k = i < n ? classOf[source.charCodeAt(i)] : BOUNDARY;
    if (k !== BOUNDARY) {
      if (k < CLASS_SPECIAL) {
        if (len === 0) wordStart = i;
        state = next[(state << shift) + k];
        len++;
        wordEnd = i + 1;
        // Only prefixes end inside a word; the longest one starts earliest.
        if (state >= firstOutput && len - prefixLength[state] <= MAX_HEAD_OFFSET) head = HEAD_CANDIDATE;
      } else if (k === CLASS_DROP_ATTACH) {
        if (len > 0) wordEnd = i + 1;
      } else if (k === CLASS_SPECIAL) {
        Object.assign(buffers, { start, end, flags, hits });
        return { count: 0, start, end, flags, hits, hitCount: 0, special: true };
      }
      continue;
    }
    if (len === 0) continue;

    // A word ended: record it, then feed the boundary after it, which completes phrases.
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap), e2 = new Int32Array(cap), f2 = new Uint8Array(cap);
      s2.set(start); e2.set(end); f2.set(flags);
      start = s2; end = e2; flags = f2;
    }
    // The buffers may hold an earlier scan: every field is written.
    start[count] = wordStart;
    end[count] = wordEnd;
    flags[count] = head;
    lengths[count & RING] = len;
    count++;
    len = 0;
    head = 0;
    state = next[state << shift];
    if (state >= firstOutput) {
      for (let o = outStart[state], to = outStart[state + 1]; o < to; o++) {
        const p = outList[o];
        const first = count - wordCount[p];
        const skip = first >= 0 ? lengths[first & RING] - firstLength[p] : -1;
        if (skip < 0 || skip > MAX_CLITIC) continue;
        if (hitCount * 3 + 3 > hits.length) {
          const h2 = new Int32Array(hits.length * 2);
          h2.set(hits);
          hits = h2;
        }
        hits[hitCount * 3] = p;
        hits[hitCount * 3 + 1] = first;
        hits[hitCount * 3 + 2] = skip;
        hitCount++;
      }
    }
  }
  Object.assign(buffers, { start, end, flags, hits });
  return { count, start, end, flags, hits, hitCount, special: false };
}

/**
 * Text with presentation forms (ligatures such as ﻻ, common in old PDFs):
 * scan its normalized form, then map the words back to the original.
 */
function scanNormalized(source: string, scanner: Scanner, buffers: ScanBuffers): RawScan {
  const norm = normalizeWithMap(source);
  const raw = scanRaw(norm.text, scanner, buffers);
  for (let k = 0; k < raw.count; k++) {
    raw.start[k] = norm.start[raw.start[k]];
    raw.end[k] = norm.end[raw.end[k] - 1];
  }
  return raw;
}

/**
 * Scan `source` into words, finding the scanner's phrases and prefixes. The
 * result is valid until `buffers` are given to another scan.
 */
export function scanText(source: string, scanner: Scanner, buffers = scanBuffers()): ScannedText {
  let raw = scanRaw(source, scanner, buffers);
  if (raw.special) raw = scanNormalized(source, scanner, buffers);
  const { count, start, end } = raw;
  const cache: (string | undefined)[] = [];
  return {
    source,
    count,
    start,
    end,
    flags: raw.flags,
    hits: raw.hits,
    hitCount: raw.hitCount,
    word(k: number): string {
      let w = cache[k];
      if (w === undefined) {
        w = normalizeRange(source, start[k], end[k]);
        cache[k] = w;
      }
      return w;
    },
    headKey(k: number, chars: number): number {
      return headKeyOf(source, start[k], end[k], chars);
    },
    originalOffset(k: number, skip: number): number {
      return skip === 0 ? start[k] : offsetAfter(source, start[k], end[k], skip);
    },
  };
}
