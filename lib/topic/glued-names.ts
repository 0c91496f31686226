/**
 * Names the page glued together (روسياوسورياوتركيا, بشارالأسد): a word that
 * ends in an alias, with more than a proclitic before it, read as aliases
 * one after another.
 */
import { PROCLITICS } from '../arabic/clitics';
import type { ScannedText } from '../arabic/scan';
import type { RawMention } from './matcher';
import { HAS_RULES, type PhraseTable } from './phrase-table';

/** One of the names a glued word is made of: its phrase and where it stands in the word. */
interface GluedPart {
  phrase: number;
  from: number;
  to: number;
}

/** What glued words are read into, per pack. */
export interface GluedIndex {
  /** Each alias and trap phrase (no proclitic) with its spaces taken out, to its phrase. */
  byKey: Map<string, number>;
  /** The longest key, and the first two letters of every key. */
  longest: number;
  heads: Set<string>;
  /** Glued words already read, and what they were read into (pages repeat them). */
  seen: Map<string, GluedPart[] | null>;
}

/** The shortest name a glued word is read into, and the longest glued word read. */
const MIN_GLUED = 3;
const MAX_GLUED_WORD = 64;
/** What may stand before the first of the glued names: nothing, or a proclitic (longest first). */
const GLUED_LEADS = ['', ...PROCLITICS];
/** Glued words remembered per pack, at most (then forgotten at once). */
const GLUED_SEEN = 4096;

/** The index of `phrases` (normalized, one space between words), those `usable` only. */
export function gluedIndex(phrases: string[], usable: (p: number) => boolean): GluedIndex {
  const byKey = new Map<string, number>();
  phrases.forEach((phrase, p) => {
    const key = phrase.replace(/ /g, '');
    if (usable(p) && !byKey.has(key)) byKey.set(key, p);
  });
  return {
    byKey,
    longest: Math.max(0, ...[...byKey.keys()].map((k) => k.length)),
    heads: new Set([...byKey.keys()].map((k) => k.slice(0, 2))),
    seen: new Map(),
  };
}

/**
 * Mentions in the words of `gluedHits` (hits of a one-word alias after more
 * than a proclitic) that `found` does not cover: the word read as aliases
 * one after another, with و or nothing between them (and a proclitic before
 * the first), all of it, or not at all. A trap among them reads nothing; an
 * alias with context rules counts only when its entity is named elsewhere in
 * the text (in `found`). Each name gets its span inside the word.
 */
export function gluedNames(index: GluedIndex, table: PhraseTable, tokens: ScannedText, found: RawMention[], gluedHits: number[]): RawMention[] {
  const named = new Set(found.map((f) => f.entity));
  const out: RawMention[] = [];
  let m = 0, last = -1;
  for (const h of gluedHits) {
    const k = tokens.hits[h * 3 + 1];
    if (k === last) continue;
    last = k;
    for (; m < found.length && found[m].to <= k; m++);
    if (m < found.length && found[m].from <= k) continue;
    const w = tokens.word(k);
    const parts = gluedParts(index, table, w);
    if (!parts || parts.some(({ phrase }) => table.entity[phrase] < 0 || (table.flags[phrase] & HAS_RULES && !named.has(table.entity[phrase])))) continue;
    for (const part of parts) {
      const mention: RawMention = { entity: table.entity[part.phrase], from: k, to: k + 1, skip: part.from };
      if (part.to < w.length) mention.until = part.to;
      out.push(mention);
    }
  }
  return out;
}

/** The aliases word `w` is made of, or null; remembered. */
function gluedParts(index: GluedIndex, table: PhraseTable, w: string): GluedPart[] | null {
  let parts = index.seen.get(w);
  if (parts === undefined) {
    parts = readGlued(index, table, w);
    if (index.seen.size >= GLUED_SEEN) index.seen.clear();
    index.seen.set(w, parts);
  }
  return parts;
}

function readGlued(index: GluedIndex, table: PhraseTable, w: string): GluedPart[] | null {
  if (w.length > MAX_GLUED_WORD) return null;
  const { byKey, longest, heads } = index;
  const parts: GluedPart[] = [];
  // Places from which the rest of the word was found not to read.
  const dead = new Set<number>();
  const readFrom = (i: number): boolean => {
    if (dead.has(i) || !heads.has(w.slice(i, i + 2))) return false;
    for (let len = Math.min(longest, w.length - i); len >= MIN_GLUED; len--) {
      const phrase = byKey.get(w.slice(i, i + len));
      if (phrase === undefined) continue;
      parts.push({ phrase, from: i, to: i + len });
      const next = i + len;
      if (next === w.length || (w[next] === 'و' && next + 1 < w.length && readFrom(next + 1)) || readFrom(next)) return true;
      parts.pop();
    }
    dead.add(i);
    return false;
  };
  for (const lead of GLUED_LEADS) {
    if (!w.startsWith(lead)) continue;
    parts.length = 0;
    dead.clear();
    // One name alone is no glue, unless its own words were (بشارالأسد).
    if (readFrom(lead.length) && (parts.length > 1 || table.words[parts[0].phrase] > 1)) return parts.slice();
  }
  return null;
}
