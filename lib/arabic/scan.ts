/**
 * One pass over the original text that normalizes, splits words and runs
 * every pack phrase and cue stem through one automaton, without building the
 * normalized text. The matcher and the cue counter then look closely only at
 * the few places where a phrase or stem was seen. This is what makes analysis
 * fast on megabytes of text.
 */
import { DROP_ALONE as dropAlone, DROP_ATTACH as dropAttach, NORMALIZE_TABLE as normalizeTable } from './normalize';
import { hasCutMark, isCutMark, nfkcRange, normalizeArabic, normalizeWithMap } from './normalize';
import { BOUNDARY as boundary, buildAutomaton, type Automaton } from './automaton';

// Constants of this module, not imported bindings, for the loops that read
// them at every character: V8 folds a module's own constants into the
// compiled code but reads imported ones from memory each time (8% of the scan).
const BOUNDARY = boundary;
const NORMALIZE_TABLE = normalizeTable;
const DROP_ATTACH = dropAttach;
const DROP_ALONE = dropAlone;

/** Characters a proclitic may take before a phrase (وبال). */
export const MAX_CLITIC = 4;
/** Characters before a prefix (a proclitic and ال). */
export const MAX_HEAD_OFFSET = 5;
/** Longest phrase, in words. */
export const MAX_PATTERN_WORDS = 16;
const RING = MAX_PATTERN_WORDS - 1;
/** Characters scanned between checks that the word buffer has room. */
const CHUNK = 4096;

/**
 * What the scanner looks for, normalized. `phrases`: whole words or runs of
 * words (one space between them), possibly behind a proclitic; each is
 * reported where it occurs, by its index. `prefixes`: beginnings of words
 * (cue stems); a word where one starts within MAX_HEAD_OFFSET characters of
 * the word's start is flagged.
 */
export interface ScanPatterns {
  phrases: string[];
  prefixes: string[];
  /** Pairs [shorter, longer] of phrases where the shorter is reported in
   *  vain wherever the longer one ends (the caller would always prefer the
   *  longer): there, only the longer is reported. */
  shadowed?: [number, number][];
}

export interface Scanner {
  automaton: Automaton;
  /** Per pattern (phrases, then prefixes): words in a phrase, -1 for a prefix. */
  wordCount: Int32Array;
  /** Per pattern: length of a phrase's first word, or of the prefix. */
  firstLength: Int32Array;
  /** Per state: length of the longest prefix ending there, else 0. */
  prefixLength: Int32Array;
  /** The most phrases that end in one state (what one word's end can report). */
  maxOutputs: number;
  /** The scan itself (see scanLoop). */
  run: (source: string, buffers: ScanBuffers) => RawScan;
}

/** What a scan loop is built from. */
type ScanTables = Omit<Scanner, 'run'>;

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
  if (patterns.shadowed?.length) dropShadowed(automaton, patterns.shadowed);
  const prefixLength = new Int32Array(states);
  for (let t = automaton.firstOutput; t < states; t++)
    for (let o = automaton.outStart[t]; o < automaton.outStart[t + 1]; o++) {
      const p = automaton.outList[o];
      if (wordCount[p] < 0) prefixLength[t] = Math.max(prefixLength[t], firstLength[p]);
    }
  let maxOutputs = 0;
  for (let t = 0; t < states; t++) maxOutputs = Math.max(maxOutputs, automaton.outStart[t + 1] - automaton.outStart[t]);
  const tables = { automaton, wordCount, firstLength, prefixLength, maxOutputs };
  return { ...tables, run: scanLoop(tables) };
}

/** Remove each shadowed phrase from the patterns of the states where the
 *  phrase shadowing it ends too. */
function dropShadowed(automaton: Automaton, shadowed: [number, number][]): void {
  const by = new Map<number, number[]>();
  for (const [shorter, longer] of shadowed) by.set(shorter, [...(by.get(shorter) ?? []), longer]);
  const { outStart, outList } = automaton;
  let o = 0;
  for (let t = 0; t + 1 < outStart.length; t++) {
    const from = outStart[t], to = outStart[t + 1];
    const here = [...outList.subarray(from, to)];
    outStart[t] = o;
    for (let i = from; i < to; i++) {
      const p = outList[i];
      if (!by.get(p)?.some((longer) => here.includes(longer))) outList[o++] = p;
    }
  }
  outStart[outStart.length - 1] = o;
}

/** Words and phrase occurrences found by a scan. */
interface ScanResult {
  count: number;
  /** Original offset of each word's first letter. */
  start: Int32Array;
  /** Words where a prefix starts near the word's start, in order. */
  flagged: Int32Array;
  flaggedCount: number;
  /** Phrase occurrences as triples: phrase index, first word, characters of
   *  the first word before the phrase (a possible proclitic, 0..MAX_CLITIC;
   *  more for a one-word phrase that ends a longer word). Ordered by their
   *  last word. */
  hits: Int32Array;
  hitCount: number;
}

export interface ScannedText extends ScanResult {
  source: string;
  /** Original offset just past word k's last letter (or a diacritic on it). */
  wordEnd(k: number): number;
  /** The word's normalized form. */
  word(k: number): string;
  /** The first `chars` (at most 4, and fewer than the word has) normalized
   *  characters of word k as a number (see arabicKey), or -1 when one is not
   *  an Arabic letter. */
  headKey(k: number, chars: number): number;
  /** Original offset of the `skip`-th normalized character of word k (one
   *  the word has). */
  originalOffset(k: number, skip: number): number;
}

/** A word longer than this is normalized as any text is. */
const LONG_WORD = 256;

/** The normalized characters of source[from, to), without an offset map. */
function normalizeRange(source: string, from: number, to: number): string {
  if (to - from > LONG_WORD) return normalizeArabic(source.slice(from, to));
  // Code by code: for words this short, twice as fast as building the
  // string from an array of codes.
  let word = '';
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH || t === DROP_ALONE) continue;
    // Ligatures, and cut marks inside a word (only in words of the careful path).
    if (t === 0 && (nfkcRange(c) || isCutMark(source, i))) return normalizeArabic(source.slice(from, to));
    word += String.fromCharCode(t === 0 ? c : t);
  }
  return word;
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
    if (t === DROP_ATTACH || t === DROP_ALONE || isCutMark(source, i)) continue;
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
    if (t === DROP_ATTACH || t === DROP_ALONE || isCutMark(source, i)) continue;
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
  flagged: Int32Array;
  /** Phrase hits, as triples (see ScanResult). */
  hits: Int32Array;
  /** Normalized lengths of the last words (a ring), for the clitic check. */
  lengths: Int32Array;
}

export function scanBuffers(words = 64): ScanBuffers {
  return { start: new Int32Array(words), flagged: new Int32Array(16), hits: new Int32Array(96), lengths: new Int32Array(MAX_PATTERN_WORDS) };
}

interface RawScan extends ScanResult {
  /** A presentation form (ligature) was seen: the result is not to be used. */
  special: boolean;
}

const grown = (a: Int32Array) => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * Record the phrases that end in `state`, entered at the boundary after word
 * `words - 1`, into `hits` from triple `count` on (the caller made room);
 * `len` is that word's normalized length, `lengths` the ring of those of the
 * words before it. Returns the new count.
 */
function addPhraseHits(scanner: ScanTables, state: number, words: number, len: number, lengths: Int32Array, hits: Int32Array, count: number): number {
  const { outStart, outList } = scanner.automaton;
  const { wordCount, firstLength } = scanner;
  for (let o = outStart[state], to = outStart[state + 1]; o < to; o++) {
    const p = outList[o];
    const first = words - wordCount[p];
    if (first < 0) continue;
    const skip = (first === words - 1 ? len : lengths[first & RING]) - firstLength[p];
    // A one-word phrase at the end of a longer word is kept too: the page
    // may have glued names together (روسياوتركيا, بشارالأسد).
    if (skip < 0 || (skip > MAX_CLITIC && wordCount[p] > 1)) continue;
    hits[count * 3] = p;
    hits[count * 3 + 1] = first;
    hits[count * 3 + 2] = skip;
    count++;
  }
  return count;
}

/**
 * The hot loop: every character once, one class read and one step; the
 * automaton itself skips runs between words and dropped characters. Only a
 * word's first letter and the rare states where a pattern ends do more.
 * Built once per scanner, as a closure over its tables: V8 then compiles
 * them in as constants (the class table needs no bounds check, the
 * automaton's fields no loads), a tenth of the scan.
 */
function scanLoop(scanner: ScanTables): (source: string, buffers: ScanBuffers) => RawScan {
  const { classOf, drop, shift, next, firstOutput, halt } = scanner.automaton;
  const { prefixLength, maxOutputs } = scanner;
  return (source, buffers) => {
    const n = source.length;
    let { start, flagged, hits } = buffers;
    const { lengths } = buffers;
    // Counts live in locals and arrays get room per chunk: updating a
    // result object at every hit cost a twentieth of the scan.
    let hitCount = 0, flaggedCount = 0;
    // A word's length goes into the ring when the next word starts.
    let count = 0;
    let state = 0;
    // Inside a word (its letters so far: len), or between words.
    let inWord = 0, len = 0;
    // In chunks, with room made before each for as many words as the chunk
    // could hold, a flag and the most hits each: no capacity check per word.
    for (let from = 0; from < n; from += CHUNK) {
      const to = Math.min(n, from + CHUNK);
      const words = (to - from + 1) >> 1;
      while (start.length < count + words + 1) start = grown(start);
      while (flagged.length < flaggedCount + words + 1) flagged = grown(flagged);
      while (hits.length < (hitCount + (words + 1) * maxOutputs) * 3) hits = grown(hits);
      for (let i = from; i < to; i++) {
        const k = classOf[source.charCodeAt(i)];
        state = next[(state << shift) + k];
        if (k === BOUNDARY) inWord = 0;
        else if (k < drop) {
          if (inWord === 0) {
            inWord = 1;
            // The buffers may hold an earlier scan: every word's start is written.
            start[count] = i;
            lengths[(count - 1) & RING] = len;
            count++;
            len = 0;
          }
          len++;
        }
        if (state < firstOutput) continue;
        if (state === halt) {
          Object.assign(buffers, { start, flagged, hits });
          return { count: 0, start, flagged, flaggedCount: 0, hits, hitCount: 0, special: true };
        }
        if (inWord === 0) {
          hitCount = addPhraseHits(scanner, state, count, len, lengths, hits, hitCount);
        } else if (len - prefixLength[state] <= MAX_HEAD_OFFSET && (flaggedCount === 0 || flagged[flaggedCount - 1] !== count - 1)) {
          // Only prefixes end inside a word; the longest one starts earliest.
          flagged[flaggedCount++] = count - 1;
        }
      }
    }
    // A boundary after the end closes the last word (room for it was made with the last chunk).
    if (inWord) {
      state = next[state << shift];
      if (state >= firstOutput) hitCount = addPhraseHits(scanner, state, count, len, lengths, hits, hitCount);
    }
    Object.assign(buffers, { start, flagged, hits });
    return { count, start, flagged, flaggedCount, hits, hitCount, special: false };
  };
}

/**
 * Offset just past word k of `count` starting at `start`: its last letter,
 * or a diacritic attached to it (a bidi mark after it is not part of it).
 * Read backwards from the next word's start (or the text's end), since
 * between two words there is usually a single space.
 */
function wordEndAt(source: string, start: Int32Array, count: number, k: number, classOf: Uint8Array, drop: number): number {
  const limit = k + 1 < count ? start[k + 1] : source.length;
  let last = limit - 1;
  for (let cls = classOf[source.charCodeAt(last)]; cls === BOUNDARY || cls >= drop; cls = classOf[source.charCodeAt(last)]) last--;
  let end = last + 1;
  for (let i = last + 1; i < limit; i++) {
    const c = source.charCodeAt(i);
    if (classOf[c] === BOUNDARY) break;
    if (NORMALIZE_TABLE[c] === DROP_ATTACH) end = i + 1;
  }
  return end;
}

/**
 * Text with presentation forms (ligatures such as ﻻ, common in old PDFs) or
 * cut marks (كشـ.ـفت): scan its normalized form, then map the words back to
 * the original.
 */
function scanNormalized(source: string, scanner: Scanner, buffers: ScanBuffers): RawScan & { end: Int32Array } {
  const norm = normalizeWithMap(source);
  const raw = scanner.run(norm.text, buffers);
  // Ends first, while the starts are still offsets into the normalized text.
  const end = new Int32Array(raw.count);
  const { classOf, drop } = scanner.automaton;
  for (let k = 0; k < raw.count; k++) end[k] = norm.end[wordEndAt(norm.text, raw.start, raw.count, k, classOf, drop) - 1];
  for (let k = 0; k < raw.count; k++) raw.start[k] = norm.start[raw.start[k]];
  return { ...raw, end };
}

/** A scan's result with the words' forms and offsets read on demand. A
 *  class, not an object of closures: one shape and one method for every
 *  text, which the callers' hot loops can inline. */
class Scan implements ScannedText {
  readonly count: number;
  readonly start: Int32Array;
  readonly flagged: Int32Array;
  readonly flaggedCount: number;
  readonly hits: Int32Array;
  readonly hitCount: number;

  constructor(
    readonly source: string,
    raw: RawScan,
    /** Word ends when they were worked out during the scan (ligatures), else null. */
    private readonly ends: Int32Array | null,
    private readonly classOf: Uint8Array,
    private readonly drop: number,
  ) {
    this.count = raw.count;
    this.start = raw.start;
    this.flagged = raw.flagged;
    this.flaggedCount = raw.flaggedCount;
    this.hits = raw.hits;
    this.hitCount = raw.hitCount;
  }

  wordEnd(k: number): number {
    return this.ends ? this.ends[k] : wordEndAt(this.source, this.start, this.count, k, this.classOf, this.drop);
  }

  word(k: number): string {
    return normalizeRange(this.source, this.start[k], this.wordEnd(k));
  }

  // A word's first characters are looked at without finding where it ends:
  // the callers ask for no more than a proclitic's, and the word goes on.
  // (With presentation forms, the careful path normalizes up to the end.)
  headKey(k: number, chars: number): number {
    return headKeyOf(this.source, this.start[k], this.ends ? this.ends[k] : this.source.length, chars);
  }

  originalOffset(k: number, skip: number): number {
    return skip === 0 ? this.start[k] : offsetAfter(this.source, this.start[k], this.ends ? this.ends[k] : this.source.length, skip);
  }
}

/**
 * Scan `source` into words, finding the scanner's phrases and prefixes. The
 * result is valid until `buffers` are given to another scan.
 */
export function scanText(source: string, scanner: Scanner, buffers = scanBuffers()): ScannedText {
  const { classOf, drop } = scanner.automaton;
  // Words cut by a full stop, comma or space next to tatweels (كشـ.ـفت) are
  // whole only in the normalized text: the careful path, as for ligatures.
  const raw = hasCutMark(source) ? null : scanner.run(source, buffers);
  if (raw && !raw.special) return new Scan(source, raw, null, classOf, drop);
  const careful = scanNormalized(source, scanner, buffers);
  return new Scan(source, careful, careful.end, classOf, drop);
}
