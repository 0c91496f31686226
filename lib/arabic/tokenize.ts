/**
 * Word tokens over normalized text: runs of letters and digits. A table
 * lookup per character keeps this fast on megabytes of text.
 */

export interface Tokens {
  /** Start offset of each token in the normalized text. */
  start: Int32Array;
  /** End offset (exclusive). */
  end: Int32Array;
  count: number;
}

let wordTable: Uint8Array | null = null;

function buildWordTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (re.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
}

/** 1 for letters and digits, per UTF-16 unit. */
export function wordCharTable(): Uint8Array {
  return (wordTable ??= buildWordTable());
}

/** What \s matches in a regular expression, per UTF-16 unit. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isWordChar(code: number): boolean {
  wordTable ??= buildWordTable();
  return wordTable[code] === 1;
}

export function tokenize(text: string): Tokens {
  const table = (wordTable ??= buildWordTable());
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && table[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && table[text.charCodeAt(i)] === 1) i++;
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap), e2 = new Int32Array(cap);
      s2.set(start); e2.set(end);
      start = s2; end = e2;
    }
    start[count] = s;
    end[count] = i;
    count++;
  }
  return { start, end, count };
}

/** Token strings of a short phrase (aliases, cue words, queries). */
export function words(normalized: string): string[] {
  const t = tokenize(normalized);
  const out: string[] = [];
  for (let k = 0; k < t.count; k++) out.push(normalized.slice(t.start[k], t.end[k]));
  return out;
}

/** Whether a UTF-16 unit ends a sentence: a full stop, question and
 *  exclamation marks, Arabic ones, an ellipsis in one character as in three
 *  full stops, a line break. Compared code by code: a pattern cost a slice
 *  and a search each time, and most gaps between two words the topic rule
 *  looks at are asked about. */
export const endsSentence = (c: number) =>
  c === 0x2e || c === 0x0a || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === 0x06d4 || c === 0x2026;

/** Offset of the first sentence end in source[from, to), or -1. */
export function sentenceEndIn(source: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (endsSentence(source.charCodeAt(i))) return i;
  return -1;
}

/** Whether source[from, to) holds no sentence end: one sentence. */
export const sameSentence = (source: string, from: number, to: number) => sentenceEndIn(source, from, to) < 0;

/** The sentence around source[from, to), its ends looked for at most `reach`
 *  characters either side: [start, end). */
export function sentenceAround(source: string, from: number, to: number, reach: number): [number, number] {
  const lo = Math.max(0, from - reach), hi = Math.min(source.length, to + reach);
  while (from > lo && !endsSentence(source.charCodeAt(from - 1))) from--;
  while (to < hi && !endsSentence(source.charCodeAt(to))) to++;
  return [from, to];
}
