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

export interface Automaton {
  /** Class of every UTF-16 unit: BOUNDARY, a letter's class, `drop` or `special`. */
  classOf: Uint8Array;
  /** Class of a character normalization drops (diacritics, tatweel, bidi
   *  marks): it leaves the state as it is. */
  drop: number;
  /** Class of a presentation form (a ligature such as ﻻ), whose normalized
   *  form needs NFKC: it leads to `halt`. */
  special: number;
  /** Rows of `next` are 2^shift wide (at least the number of classes). */
  shift: number;
  /** next[(state << shift) + class]; state 0 is the start. */
  next: Uint16Array | Int32Array;
  /** States from this one on are events: patterns end there, or `halt`.
   *  Each is entered once where its patterns end: a run of characters
   *  between words, or a dropped character, moves on to a quiet twin. */
  firstOutput: number;
  /** The state a presentation form leads to, and that never leaves. */
  halt: number;
  /** Patterns ending in each state: outList[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outList: Int32Array;
}

/**
 * Build the automaton for `patterns`: normalized strings in which one space
 * stands for any run of characters between words. Characters that
 * normalization drops are skipped wherever they stand.
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
  const drop = other + 1;
  const special = other + 2;
  const classes = special + 1;
  if (classes > 0xff) throw new Error('too many distinct letters in the patterns');

  const classOf = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH || t === DROP_ALONE) classOf[c] = drop;
    else if (t === 0 && nfkcRange(c)) classOf[c] = words[c] ? special : BOUNDARY;
    else {
      const m = t === 0 ? c : t;
      classOf[c] = words[m] ? (letters.get(m) ?? other) : BOUNDARY;
    }
  }

  // The trie over letters and BOUNDARY, with -1 for "no edge yet".
  const stride = other + 1;
  const maxStates = patterns.reduce((n, p) => n + p.length, 1);
  const goto = new Int32Array(maxStates * stride).fill(-1);
  const ends: number[][] = [[]];
  // States whose last character is a boundary (the start counts as one).
  const between: boolean[] = [true];
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
        between.push(k === BOUNDARY);
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

  // Numbering: states without patterns, then a quiet twin of each state with
  // patterns, then the states with patterns, then halt.
  const quietIds: number[] = [];
  for (let t = 0; t < states; t++) if (ends[t].length === 0) quietIds.push(t);
  const eventIds: number[] = [];
  for (let t = 0; t < states; t++) if (ends[t].length > 0) eventIds.push(t);
  const firstTwin = quietIds.length;
  const firstOutput = firstTwin + eventIds.length;
  const halt = firstOutput + eventIds.length;
  const total = halt + 1;
  const rank = new Int32Array(states);
  const twin = new Int32Array(states);
  quietIds.forEach((t, r) => (rank[t] = twin[t] = r));
  eventIds.forEach((t, r) => {
    twin[t] = firstTwin + r;
    rank[t] = firstOutput + r;
  });

  let shift = 0;
  while (1 << shift < classes) shift++;
  // Two bytes a state while they fit: half the memory the scan walks through.
  const table = total <= 0x10000 ? new Uint16Array(total << shift) : new Int32Array(total << shift);
  const row = (r: number, t: number) => {
    const base = r << shift;
    for (let k = 1; k < stride; k++) table[base + k] = rank[next[t * stride + k]];
    // More boundary after a boundary, or a dropped character, changes nothing:
    // stay, quietly. (The start is "between" too: its boundary edge is itself.)
    table[base + BOUNDARY] = between[t] ? twin[t] : rank[next[t * stride + BOUNDARY]];
    table[base + drop] = twin[t];
    table[base + special] = halt;
  };
  for (let t = 0; t < states; t++) {
    row(rank[t], t);
    if (twin[t] !== rank[t]) row(twin[t], t);
  }
  for (let k = 0; k < classes; k++) table[(halt << shift) + k] = halt;

  const outStart = new Int32Array(total + 1);
  const outList = new Int32Array(ends.reduce((n, e) => n + e.length, 0));
  let o = 0;
  for (let r = 0; r < total; r++) {
    outStart[r] = o;
    if (r >= firstOutput && r < halt) for (const id of ends[eventIds[r - firstOutput]]) outList[o++] = id;
  }
  outStart[total] = o;
  return { classOf, drop, special, shift, next: table, firstOutput, halt, outStart, outList };
}
