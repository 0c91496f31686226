/**
 * A multi-pattern automaton (Aho–Corasick, made into a full transition
 * table) over normalized characters. Characters are first mapped to a small
 * alphabet of classes, with normalization folded into that mapping, so the
 * scanner reads each character of a page once, with two table lookups and
 * no strings built.
 */
import { DROP_ALONE, DROP_ATTACH, NORMALIZE_TABLE, nfkcRange } from './normalize';
import { wordCharTable } from './tokenize';

/** Class of a character between words (spaces, punctuation). */
export const BOUNDARY = 0;
/** A character that normalization drops and that belongs to the letter before it. */
export const CLASS_DROP_ATTACH = 255;
/** A character that normalization drops on its own (bidi marks, ZWNJ). */
export const CLASS_DROP_ALONE = 254;
/** A presentation form: a word character whose normalized form needs NFKC. */
export const CLASS_SPECIAL = 253;

export interface Automaton {
  /** Class of every UTF-16 unit. */
  classOf: Uint8Array;
  /** Rows of `next` are 2^shift wide (at least the number of classes). */
  shift: number;
  /** next[(state << shift) + class]; state 0 is the start. */
  next: Uint16Array | Int32Array;
  /** States from this one on have patterns ending in them (a comparison in
   *  the scanner's loop instead of a memory read). */
  firstOutput: number;
  /** Patterns ending in each state: outList[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outList: Int32Array;
}

/**
 * Build the automaton for `patterns`: normalized strings in which one space
 * stands for any run of characters between words.
 */
export function buildAutomaton(patterns: string[]): Automaton {
  const words = wordCharTable();
  const letters = new Map<number, number>();
  for (const p of patterns)
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c !== 0x20 && !letters.has(c)) letters.set(c, letters.size + 1);
    }
  const other = letters.size + 1;
  const stride = other + 1;
  if (stride >= CLASS_SPECIAL) throw new Error('too many distinct letters in the patterns');

  const classOf = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH) classOf[c] = CLASS_DROP_ATTACH;
    else if (t === DROP_ALONE) classOf[c] = CLASS_DROP_ALONE;
    else if (t === 0 && nfkcRange(c)) classOf[c] = words[c] ? CLASS_SPECIAL : BOUNDARY;
    else {
      const m = t === 0 ? c : t;
      classOf[c] = words[m] ? (letters.get(m) ?? other) : BOUNDARY;
    }
  }

  // The trie, with -1 for "no edge yet".
  const maxStates = patterns.reduce((n, p) => n + p.length, 1);
  const goto = new Int32Array(maxStates * stride).fill(-1);
  const ends: number[][] = [[]];
  let states = 1;
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      const k = c === 0x20 ? BOUNDARY : letters.get(c)!;
      let t = goto[s * stride + k];
      if (t < 0) {
        t = states++;
        goto[s * stride + k] = t;
        ends.push([]);
      }
      s = t;
    }
    ends[s].push(id);
  });

  // Breadth first: failure links turn missing edges into the edges of the
  // longest proper suffix, and each state inherits its suffix's patterns.
  const next = new Int32Array(states * stride);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let k = 0; k < stride; k++) {
    const t = goto[k];
    if (t > 0) {
      next[k] = t;
      queue.push(t);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (const id of ends[fail[s]]) if (!ends[s].includes(id)) ends[s].push(id);
    for (let k = 0; k < stride; k++) {
      const t = goto[s * stride + k];
      if (t > 0) {
        fail[t] = next[fail[s] * stride + k];
        next[s * stride + k] = t;
        queue.push(t);
      } else {
        next[s * stride + k] = next[fail[s] * stride + k];
      }
    }
  }

  // Renumber: states without patterns first, then those with.
  const order: number[] = [];
  for (let t = 0; t < states; t++) if (ends[t].length === 0) order.push(t);
  const firstOutput = order.length;
  for (let t = 0; t < states; t++) if (ends[t].length > 0) order.push(t);
  const rank = new Int32Array(states);
  order.forEach((t, r) => (rank[t] = r));
  let shift = 0;
  while (1 << shift < stride) shift++;
  // Two bytes a state while they fit: half the memory the scan walks through.
  const table = states <= 0x10000 ? new Uint16Array(states << shift) : new Int32Array(states << shift);
  for (let r = 0; r < states; r++)
    for (let k = 0; k < stride; k++) table[(r << shift) + k] = rank[next[order[r] * stride + k]];

  const outStart = new Int32Array(states + 1);
  const outList = new Int32Array(ends.reduce((n, e) => n + e.length, 0));
  let o = 0;
  for (let r = 0; r < states; r++) {
    outStart[r] = o;
    for (const id of ends[order[r]]) outList[o++] = id;
  }
  outStart[states] = o;
  return { classOf, shift, next: table, firstOutput, outStart, outList };
}
