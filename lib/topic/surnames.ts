/**
 * Surnames written alone (وقال أوغلو، "أوغلو"): the person of the pack named
 * last before them (see TopicPack.surnames).
 */
import { normalizeArabic } from '../arabic/normalize';
import type { ScannedText } from '../arabic/scan';
import type { RawMention } from './matcher';
import { cliticFits, MIN_ALIAS_REST, type PhraseTable } from './phrase-table';

/** A surname of the pack, as findMentions reads it. */
export interface CompiledSurname {
  /** The entities (by index) whose names end in it. */
  entities: Set<number>;
  /** The words that may stand right before it written alone, normalized. */
  after: Set<string>;
}

/** Words after a mention within which a surname written alone still stands for it. */
const SURNAME_REACH = 400;
/** What may stand before a surname that opens a line or a clause (• أوزال أوضح,
 *  a new paragraph, after a full stop or a colon): a name does not run across it. */
const CLAUSE_HEAD = /[\n.!?:\u061f\u061b\u2022\u00b7|\u2013\u2014-]\s*$/;
/** Prepositions right before a surname (نقلت عن أوغلو, التقى مع أوزال): no
 *  name ends in one, so the surname stands alone there, as after a word of
 *  saying from its list. Normalized. */
const PREPOSITIONS = new Set(['عن', 'مع', 'إلى', 'على', 'لدى', 'عند'].map((w) => normalizeArabic(w)));
/** Quotation marks that may stand right before a surname written alone ("أوغلو"). */
const QUOTE_BEFORE = /["'\u201c\u201d\u00ab\u2018\u2019]$/;

/**
 * Mentions of surnames written alone: each hit of a surname (`surnameHits`)
 * that no mention in `found` covers either stands alone (after a word of its
 * list or a preposition, in quotes, or at the head of a line or clause), ends
 * a name the pack does not know (a word right before it), or neither (after a
 * comma or a bracket: it names nobody and ends no name). Alone, it names
 * the one of its entities named before it, as long as every name before it
 * that ends in the surname is that entity's: once two people (one the pack
 * does not know, or two it does) have carried it, the page may mean either
 * (Davutoğlu speaking of Çavuşoğlu, then "قال أوغلو"), and it names nobody.
 */
export function surnamesAlone(surnames: CompiledSurname[], table: PhraseTable, tokens: ScannedText, found: RawMention[], surnameHits: number[]): RawMention[] {
  const { hits } = tokens;
  const out: RawMention[] = [];
  // Per surname: the one entity its names have been so far (NOBODY before
  // the first, SEVERAL after a second), and where it was last named.
  const owner = new Int32Array(surnames.length).fill(NOBODY);
  const ownerAt = new Int32Array(surnames.length);
  const carriedBy = (i: number, entity: number, at: number) => {
    owner[i] = owner[i] === NOBODY || owner[i] === entity ? entity : SEVERAL;
    ownerAt[i] = at;
  };
  let m = 0;
  for (const h of surnameHits) {
    const p = hits[h * 3], k = hits[h * 3 + 1], skip = hits[h * 3 + 2];
    const i = table.surname[p];
    const surname = surnames[i];
    // The mentions before this word: names of the surname's entities.
    for (; m < found.length && found[m].from <= k; m++) {
      const f = found[m];
      if (f.to > k) break;
      if (surname.entities.has(f.entity)) carriedBy(i, f.entity, f.to);
    }
    // Part of a known name (تشاووش أوغلو): that name carries it, whether or
    // not it is one of the surname's entities.
    if (m < found.length && found[m].from <= k && k < found[m].to) {
      const e = found[m].entity;
      carriedBy(i, surname.entities.has(e) ? e : SEVERAL, found[m].to);
      continue;
    }
    if (skip > 0 && !cliticFits(table, tokens, k, skip, p, MIN_ALIAS_REST)) continue;
    const gap = k > 0 ? tokens.source.slice(tokens.wordEnd(k - 1), tokens.start[k]) : '\n';
    const before = gap.trimEnd();
    const alone =
      (skip === 0 && (QUOTE_BEFORE.test(before) || CLAUSE_HEAD.test(gap))) ||
      (k > 0 && before === '' && (surname.after.has(tokens.word(k - 1)) || PREPOSITIONS.has(tokens.word(k - 1))));
    if (!alone) {
      // The end of a name the pack does not know (أحمد داود أوغلو); after a
      // comma or a bracket it ends none, and stands for nobody either.
      if (before === '') carriedBy(i, SEVERAL, k + 1);
      continue;
    }
    if (owner[i] >= 0 && k - ownerAt[i] <= SURNAME_REACH) out.push({ entity: owner[i], from: k, to: k + 1, skip });
  }
  return out;
}

/** What owner holds before any name ends in the surname, and after two people's did. */
const NOBODY = -1;
const SEVERAL = -2;
