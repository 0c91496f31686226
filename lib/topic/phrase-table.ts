/**
 * The matcher's phrases in flat arrays, and the check every reader of the
 * scanner's hits makes: whether the letters before a phrase may stand there.
 */
import { GLUED_DIGITS, PROCLITICS } from '../arabic/clitics';
import { arabicKey, MAX_CLITIC, type ScannedText } from '../arabic/scan';

/** Per phrase (see the matcher's PhraseInfo), in flat arrays: reading them
 *  from one object per phrase was a fifth of findMentions' time. */
export interface PhraseTable {
  /** The entity of the phrase's first entry (-1 a trap), or NO_ENTRY. */
  entity: Int32Array;
  words: Int32Array;
  firstLength: Int32Array;
  lead: Int32Array;
  /** HAS_RULES, CONTEXT_WORD, LATER_SIGN, ROUND_SIGN, EARLIER_SIGN, EARLIER_EVENT, LATER_NEAR, COUNTED_NAME. */
  flags: Uint8Array;
  /** The pack's surname the phrase is (its index in TopicPack.surnames), or -1. */
  surname: Int32Array;
}
export const NO_ENTRY = -2;
export const HAS_RULES = 1;
export const CONTEXT_WORD = 2;
export const LATER_SIGN = 4;
export const ROUND_SIGN = 8;
export const EARLIER_SIGN = 16;
export const EARLIER_EVENT = 32;
export const LATER_NEAR = 64;
export const COUNTED_NAME = 128;

/** Shortest remainder after a clitic, for aliases and for context words. */
export const MIN_ALIAS_REST = 3;
export const MIN_CONTEXT_REST = 2;

const CLITICS = new Set(PROCLITICS.map(arabicKey));
/** What may stand before لل: the proclitics that end in لل, without it. */
const BEFORE_LAM_LAM = new Set(PROCLITICS.filter((p) => p.length > 2 && p.endsWith('لل')).map((p) => arabicKey(p.slice(0, -2))));

/** The characters before phrase p are a proclitic that may stand there, or
 *  digits the page glued to the name (17أستانا, a time as in 00:38أردوغان). */
export function cliticFits(table: PhraseTable, t: ScannedText, word: number, skip: number, p: number, minRest: number): boolean {
  if (skip === 0) return true;
  // Longer than any proclitic: names glued together, if anything (see glued-names).
  if (skip > MAX_CLITIC) return false;
  const lead = table.lead[p];
  if (table.firstLength[p] - lead < minRest) return false;
  const clitic = t.headKey(word, skip);
  // Not Arabic letters: digits may stand there (rare; the word is read only then).
  if (clitic === -1) return lead === 0 && GLUED_DIGITS.test(t.word(word).slice(0, skip));
  // وللأسد: before لل only a conjunction.
  return lead ? BEFORE_LAM_LAM.has(clitic) : CLITICS.has(clitic);
}
