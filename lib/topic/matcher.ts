/**
 * Gazetteer matcher: finds the pack's entities in normalized text, longest
 * alias first, proclitics accepted only when they leave a known alias, and
 * context rules for aliases that are also ordinary words. Glued names and
 * surnames written alone are read in their own modules, on its hits.
 */
import { firstAtLeast } from '../sorted';
import { normalizeArabic } from '../arabic/normalize';
import { PROCLITICS } from '../arabic/clitics';
import { sameSentence, sentenceAround, words } from '../arabic/tokenize';
import { namesYearBefore, yearCountedNear } from '../arabic/dates';
import type { ScannedText } from '../arabic/scan';
import type { ContextRule, Entity, TopicPack } from '../types';
import { cliticFits, CONTEXT_WORD, COUNTED_NAME, EARLIER_EVENT, EARLIER_SIGN, HAS_RULES, LATER_NEAR, LATER_SIGN, MIN_ALIAS_REST, MIN_CONTEXT_REST, NO_ENTRY, ROUND_SIGN, type PhraseTable } from './phrase-table';
import { gluedIndex, gluedNames, type GluedIndex } from './glued-names';
import { surnamesAlone, type CompiledSurname } from './surnames';
import { familyNameAt, isFamilyWord, nameBefore, nounBefore, startsWithAl } from '../arabic/given-names';

interface CompiledRule {
  id: number;
  window: number;
  /** Whether the rule needs one of its listed words nearby. */
  requires: boolean;
  /** The alias is also a given name (see ContextRule.givenName). */
  givenName: boolean;
  /** The alias is also an adjective (see ContextRule.attribute). */
  attribute: boolean;
}

/** A trap phrase's entity: it blocks the matches it covers. */
const TRAP = -1;

interface AliasEntry {
  tokens: string[];
  /** Index into `entities`, or TRAP for a trap phrase that blocks matches. */
  entity: number;
  rules: CompiledRule[];
}

/** What one scanner phrase stands for. */
interface PhraseInfo {
  /** Aliases and traps spelled this way. */
  entries: AliasEntry[];
  /** Characters at the phrase's start that are a proclitic, not the name:
   *  2 for لل + the spelling without its ال (للأسد is ل + الأسد), else 0. */
  lead: number;
  /** Context rules that list this word, and whether they forbid it. */
  ruleWords: { rule: number; forbid: boolean }[];
  /** Length of the phrase's first word (what a proclitic must leave). */
  firstLength: number;
  /** Words in the phrase. */
  words: number;
  /** Whether an entry has context rules (the careful path in findMentions). */
  hasRules: boolean;
  /** It is one of the span's later signs (see StorySpan.laterSigns). */
  laterSign: boolean;
  /** It is one of the span's earlier signs (see StorySpan.earlierSigns). */
  earlierSign: boolean;
  /** It names one of the span's earlier events (see StorySpan.earlierEvents). */
  earlierEvent: boolean;
  /** It is one of the phrases of StorySpan.laterNear. */
  laterNear: boolean;
  /** It is one of the span's round signs (see StorySpan.roundSigns). */
  roundSign: boolean;
  /** It names the event the span counts years from (see StorySpan.countedFrom). */
  countedName: boolean;
  /** It is a surname written alone (see TopicPack.surnames): its index there, else -1. */
  surname: number;
}

export interface CompiledPack {
  pack: TopicPack;
  entities: Entity[];
  /** Every alias, trap and context word as the scanner looks for it (and
   *  one with ال written لل, for للأسد). Clitics only come off the front, so
   *  the scanner finds them without building any string. */
  phrases: string[];
  phraseInfo: PhraseInfo[];
  /** The same per phrase in flat arrays, for findMentions' loop over every
   *  hit (reading them from one object per phrase was a fifth of its time). */
  phraseTable: PhraseTable;
  /** Phrases the scanner need not report where a longer one ends (see shadowedPhrases). */
  shadowed: [number, number][];
  /** The entity round signs must stand near (-1 when there are none), and how near. */
  roundNear: number;
  roundWindow: number;
  /** The entity that must follow a phrase of StorySpan.laterNear (-1 for none), and within how many words. */
  laterNearEntity: number;
  laterNearWindow: number;
  surnames: CompiledSurname[];
  /** What names the page glued together are read into. */
  glued: GluedIndex;
  /** Per entity, for people only: the words of its longer aliases before
   *  their last (فيصل of فيصل المقداد, and pairs: رجب طيب). Another given
   *  name right before its alias of one word is someone else's. */
  ownNames: (Set<string> | null)[];
  /** Per entity, 1 for a state: its adjective with ال after a given name
   *  (عبد الله التركي, محمد السوري) is a family name, not the state. */
  nisba: Uint8Array;
}

function phraseTableOf(infos: PhraseInfo[]): PhraseTable {
  return {
    entity: Int32Array.from(infos, (i) => (i.entries.length ? i.entries[0].entity : NO_ENTRY)),
    words: Int32Array.from(infos, (i) => i.words),
    firstLength: Int32Array.from(infos, (i) => i.firstLength),
    lead: Int32Array.from(infos, (i) => i.lead),
    flags: Uint8Array.from(infos, (i) => (i.hasRules ? HAS_RULES : 0) | (i.ruleWords.length ? CONTEXT_WORD : 0) | (i.laterSign ? LATER_SIGN : 0) | (i.roundSign ? ROUND_SIGN : 0) | (i.earlierSign ? EARLIER_SIGN : 0) | (i.earlierEvent ? EARLIER_EVENT : 0) | (i.laterNear ? LATER_NEAR : 0) | (i.countedName ? COUNTED_NAME : 0)),
    surname: Int32Array.from(infos, (i) => i.surname),
  };
}

export interface RawMention {
  entity: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Characters of the first token taken by a proclitic (or by the names
   *  the page glued before this one: روسياوتركيا). */
  skip: number;
  /** Where the mention ends in its last token (normalized characters), when
   *  the page glued another name after it; absent, it ends with the token. */
  until?: number;
}

const LAM_LAM = 'لل';

export function compilePack(pack: TopicPack): CompiledPack {
  const entities = pack.entities.filter((e) => !e.disabled);
  const phrases: string[] = [];
  const phraseInfo: PhraseInfo[] = [];
  const index = new Map<string, PhraseInfo>();
  // A phrase and, when it starts with ال, the same with لل in its place:
  // looking for للأسد itself, not for أسد after any two letters, spares a
  // hit at every الأسد.
  const infos = (tokens: string[]): PhraseInfo[] => {
    const phrase = tokens.join(' ');
    const out = [get(phrase, 0)];
    if (tokens[0].startsWith('ال') && tokens[0].length > 2) out.push(get(LAM_LAM + phrase.slice(2), LAM_LAM.length));
    return out;
  };
  const get = (phrase: string, lead: number): PhraseInfo => {
    const key = lead + ':' + phrase;
    let info = index.get(key);
    if (!info) {
      const space = phrase.indexOf(' ');
      info = { entries: [], lead, ruleWords: [], firstLength: space < 0 ? phrase.length : space, words: phrase.split(' ').length, hasRules: false, laterSign: false, earlierSign: false, earlierEvent: false, laterNear: false, roundSign: false, countedName: false, surname: -1 };
      index.set(key, info);
      phrases.push(phrase);
      phraseInfo.push(info);
    }
    return info;
  };
  const addAlias = (tokens: string[], entity: number, rules: CompiledRule[]) => {
    if (tokens.length === 0) return;
    for (const info of infos(tokens)) {
      // The same alias twice (e.g. two spellings that normalize alike) is kept once.
      if (info.entries.some((a) => a.entity === entity)) continue;
      info.entries.push({ tokens, entity, rules });
    }
  };
  let ruleCount = 0;
  entities.forEach((e, entity) => {
    const rules = (e.context ?? []).map((r: ContextRule) => {
      const rule: CompiledRule = { id: ruleCount++, window: r.window ?? 6, requires: !!r.requireAny?.length, givenName: !!r.givenName, attribute: !!r.attribute };
      const listed = (list: string[] | undefined, forbid: boolean) => {
        for (const w of list ?? []) {
          const tokens = words(normalizeArabic(w));
          if (tokens.length) for (const info of infos(tokens)) info.ruleWords.push({ rule: rule.id, forbid });
        }
      };
      listed(r.requireAny, false);
      listed(r.forbidAny, true);
      return { rule, aliases: r.aliases?.map((a) => normalizeArabic(a)) };
    });
    for (const alias of e.aliases) {
      const norm = normalizeArabic(alias);
      const applicable = rules.filter((r) => !r.aliases || r.aliases.includes(norm)).map((r) => r.rule);
      addAlias(words(norm), entity, applicable);
    }
  });
  for (const trap of pack.traps ?? []) addAlias(words(normalizeArabic(trap)), TRAP, []);
  const signs = (list: string[] | undefined, mark: (info: PhraseInfo) => void) => {
    for (const sign of list ?? []) {
      const tokens = words(normalizeArabic(sign));
      if (tokens.length) for (const info of infos(tokens)) mark(info);
    }
  };
  signs(pack.rule.span?.laterSigns, (info) => (info.laterSign = true));
  signs(pack.rule.span?.earlierSigns, (info) => (info.earlierSign = true));
  signs(pack.rule.span?.earlierEvents, (info) => (info.earlierEvent = true));
  const laterNear = pack.rule.span?.laterNear;
  signs(laterNear?.phrases, (info) => (info.laterNear = true));
  const rounds = pack.rule.span?.roundSigns;
  signs(rounds?.phrases, (info) => (info.roundSign = true));
  signs(pack.rule.span?.countedFrom?.names, (info) => (info.countedName = true));
  const surnames: CompiledSurname[] = [];
  for (const surname of pack.surnames ?? []) {
    const word = words(normalizeArabic(surname.word));
    const ids = new Set(surname.entities);
    const members = new Set(entities.flatMap((e, i) => (ids.has(e.id) ? [i] : [])));
    if (word.length !== 1 || members.size === 0) continue;
    get(word[0], 0).surname = surnames.length;
    surnames.push({ entities: members, after: new Set((surname.after ?? []).map((w) => normalizeArabic(w).trim())) });
  }
  for (const info of phraseInfo) {
    // A trap (-1) first, then entities in pack order: the order findMentions prefers.
    info.entries.sort((a, b) => a.entity - b.entity);
    info.hasRules = info.entries.some((e) => e.rules.length > 0);
  }
  return {
    glued: gluedIndex(phrases, (p) => phraseInfo[p].lead === 0 && phraseInfo[p].entries.length > 0),
    pack,
    entities,
    phrases,
    phraseInfo,
    phraseTable: phraseTableOf(phraseInfo),
    shadowed: shadowedPhrases(phrases, phraseInfo),
    roundNear: rounds ? entities.findIndex((e) => e.id === rounds.near) : -1,
    roundWindow: rounds?.window ?? 8,
    laterNearEntity: laterNear ? entities.findIndex((e) => e.id === laterNear.near) : -1,
    laterNearWindow: laterNear?.window ?? 8,
    surnames,
    ownNames: entities.map((e) => (e.type === 'person' ? ownNamesOf(e) : null)),
    nisba: Uint8Array.from(entities, (e) => (e.type === 'state' ? 1 : 0)),
  };
}

/** The words (and pairs of words) that stand before the last in an entity's aliases. */
function ownNamesOf(e: Entity): Set<string> {
  const own = new Set<string>();
  for (const alias of e.aliases) {
    const tokens = words(normalizeArabic(alias));
    for (let i = 0; i + 1 < tokens.length; i++) {
      own.add(tokens[i]);
      if (i + 2 < tokens.length) own.add(tokens[i] + ' ' + tokens[i + 1]);
    }
  }
  return own;
}

/** Per entity, the last call of findMentions in which someone else last
 *  carried its one-word alias (see someoneElse). */
let otherMarks = new Int32Array(0);

/**
 * Whether a one-word alias of a person at word `k` is someone else's: after
 * a given name or family word that is not the person's own (ماهر المقداد,
 * مسعود أكار, عائلة الأسد), or written alone (وقال المقداد) when the last to
 * carry it on the page was another person so named. The person's own longer
 * name makes the alias alone theirs again (see carriedBy). A state's
 * adjective with ال after a given name or family word is a family name
 * (عبد الله التركي, آل التركي): no one carries it further, as the adjective
 * alone is the state's.
 */
function someoneElse(compiled: CompiledPack, tokens: ScannedText, entity: number, k: number, words: number, skip: number, stamp: number): boolean {
  const own = compiled.ownNames[entity];
  if (words !== 1) return false;
  if (!own) return compiled.nisba[entity] === 1 && skip === 0 && startsWithAl(tokens, k) && nameBefore(tokens, k) !== null;
  const name = skip === 0 ? nameBefore(tokens, k) : null;
  if (name !== null && !own.has(name)) {
    // A family is no one person: the alias alone after it is still theirs.
    if (!isFamilyWord(name)) otherMarks[entity] = stamp;
    return true;
  }
  return otherMarks[entity] === stamp;
}

/** The person's own name of several words: the alias alone is theirs again. */
const carriedBy = (entity: number, words: number) => {
  if (words > 1) otherMarks[entity] = 0;
};

/**
 * Pairs of phrases [P, ال + P] that say the same (تركي, التركي): wherever
 * the longer one ends, the shorter one's hit can never win. It has ال (no
 * proclitic) or a proclitic with ال (وال) before it, where the longer one
 * has nothing or a proclitic (و) and so comes first. The longer one may
 * have no context rules of its own (it is then taken wherever it ends,
 * unless someone else carries it, عبد الله التركي, which a reading of the
 * shorter one must not undo: the shorter one's rules do not matter), and
 * the shorter one may say nothing in a rule or as a sign of the span that
 * the longer one does not say too.
 */
function shadowedPhrases(phrases: string[], infos: PhraseInfo[]): [number, number][] {
  // That reasoning needs what stands before ال in a proclitic (و of وال) to
  // be a proclitic itself.
  if (!PROCLITICS.every((p) => !p.endsWith('ال') || p === 'ال' || PROCLITICS.includes(p.slice(0, -2)))) return [];
  const index = new Map<string, number>();
  phrases.forEach((p, i) => infos[i].lead === 0 && index.set(p, i));
  const same = (a: PhraseInfo, b: PhraseInfo) => a.entries.length === b.entries.length && a.entries.every((e, k) => e.entity === b.entries[k].entity);
  // What the shorter one says in a context rule, the longer one says too.
  const saysLess = (a: PhraseInfo, b: PhraseInfo) => a.ruleWords.every((r) => b.ruleWords.some((x) => x.rule === r.rule && x.forbid === r.forbid));
  const out: [number, number][] = [];
  phrases.forEach((p, shorter) => {
    const longer = index.get('ال' + p);
    if (longer === undefined || infos[shorter].lead !== 0) return;
    const s = infos[shorter], l = infos[longer];
    if (!l.hasRules && !s.laterSign && !s.earlierSign && !s.earlierEvent && !s.laterNear && !s.roundSign && !s.countedName && s.surname < 0 && same(s, l) && saysLess(s, l)) out.push([shorter, longer]);
  });
  return out;
}

/**
 * Whether the scanned text has a phrase marked `flag` (with a proclitic only
 * where one may stand), starting at word `fromWord` or later, whose words,
 * first to last, `where` accepts.
 */
function hasSign(compiled: CompiledPack, tokens: ScannedText, flag: number, where?: (first: number, last: number, flags: number) => boolean, fromWord = 0): boolean {
  const { phraseTable: table } = compiled;
  const { hits, hitCount } = tokens;
  for (let h = 0; h < hitCount; h++) {
    const p = hits[h * 3];
    if (!(table.flags[p] & flag)) continue;
    const first = hits[h * 3 + 1];
    if (first < fromWord) continue;
    if (!cliticFits(table, tokens, first, hits[h * 3 + 2], p, MIN_CONTEXT_REST)) continue;
    if (!where || where(first, first + table.words[p] - 1, table.flags[p])) return true;
  }
  return false;
}

/** Names of the counted event read on one page: a page that names it this
 *  often is about it, and one built to repeat it costs no more. */
const COUNTED_CHECKS = 24;

/**
 * The year the scanned text says it is written in by counting the years of
 * the span's counted event where it names it (see StorySpan.countedFrom and
 * yearCountedNear); null for none.
 */
export function countedYear(compiled: CompiledPack, tokens: ScannedText): number | null {
  const counted = compiled.pack.rule.span?.countedFrom;
  if (!counted) return null;
  const found = { year: null as number | null };
  let checks = 0;
  hasSign(compiled, tokens, COUNTED_NAME, (first, last) => {
    if (++checks > COUNTED_CHECKS) return true;
    found.year = yearCountedNear(tokens.source, counted.year, tokens.start[first], tokens.wordEnd(last));
    return found.year !== null;
  });
  return found.year;
}

/** Whether the scanned text has one of the span's later signs, or a phrase
 *  of its laterNear with a mention of their entity after it (`mentions`: the
 *  text's), from word `fromWord` on (what is above a page's article, a ticker,
 *  says nothing of its time). */
export function hasLaterSign(compiled: CompiledPack, tokens: ScannedText, mentions: RawMention[], fromWord = 0): boolean {
  const { laterNearEntity: entity, laterNearWindow: window } = compiled;
  // One pass over the hits for both kinds.
  return hasSign(
    compiled,
    tokens,
    LATER_SIGN | LATER_NEAR,
    (_first, last, flags) => {
      if (flags & LATER_SIGN) return true;
      if (entity < 0) return false;
      const reach = reachPastTitles(tokens, last, window);
      return mentions.some((m) => m.entity === entity && m.from > last && m.from <= reach && !fellToHim(tokens, last + 1, m.from));
    },
    fromWord,
  );
}

/** Words of a title between a fall and the one who fell (سقوط نظام الرئيس
 *  السوري بشار الأسد): they do not count against the window. Normalized. */
const TITLE_WORDS = new Set(['نظام', 'حكم', 'حكومة', 'الرئيس', 'السوري', 'المخلوع', 'السابق', 'المعزول', 'الديكتاتور', 'الدكتاتور'].map((w) => normalizeArabic(w)));

/** The last word `window` words after word `last`, not counting title words. */
function reachPastTitles(tokens: ScannedText, last: number, window: number): number {
  let reach = last + window;
  for (let k = last + 1; k <= reach && k < tokens.count; k++) if (TITLE_WORDS.has(tokens.word(k))) reach++;
  return reach;
}

/** Words that make a fall one at someone's hands (سقوط حلب بيد الأسد, على يد
 *  قواته): a city that fell to him, not his own fall. Normalized. */
const AT_HANDS = new Set(['بيد', 'بايدي', 'يد', 'ايدي'].map((w) => normalizeArabic(w)));
const fellToHim = (tokens: ScannedText, from: number, to: number) => {
  for (let k = from; k < to; k++) if (AT_HANDS.has(tokens.word(k))) return true;
  return false;
};

/** Words that, right after an office or its holder, say the text recalls
 *  them (رئيس الوزراء التركي الأسبق, آنذاك): no sign of when it was written.
 *  Normalized, as ScannedText.word gives them. */
const RECALLED = new Set(['السابق', 'الاسبق', 'الراحل', 'انذاك', 'انداك', 'حينها', 'حينذاك', 'وقتها', 'وقتذاك', 'يومها', 'انئذ'].map((w) => normalizeArabic(w)));

/** Words after an earlier sign where a word of RECALLED may stand: after the
 *  office, past the name (رئيس الوزراء التركي رجب طيب أردوغان آنذاك). */
const RECALLED_REACH = 4;

/** Whether the scanned text has one of the span's earlier signs, not said of
 *  one the text calls former (see RECALLED): after the sign, or right before
 *  a sign that is a name alone (وزير الخارجية الراحل وليد المعلم); from word
 *  `fromWord` on, as hasLaterSign. */
export const hasEarlierSign = (compiled: CompiledPack, tokens: ScannedText, fromWord = 0) =>
  hasSign(
    compiled,
    tokens,
    EARLIER_SIGN,
    (first, last) => {
      if (first > 0 && RECALLED.has(tokens.word(first - 1))) return false;
      for (let k = last + 1; k < tokens.count && k <= last + RECALLED_REACH; k++) if (RECALLED.has(tokens.word(k))) return false;
      return true;
    },
    fromWord,
  );

/** Words that make an event recent to the page that names it: yesterday,
 *  last (الشهر الماضي), ongoing (الجارية). Normalized. */
const RECENT = new Set(['امس', 'الماضي', 'الماضية', 'الجاري', 'الجارية', 'المستمرة', 'الحالية'].map((w) => normalizeArabic(w)));
/** After قبل, spans of time that make "ago" (قبل أسبوع، قبل أيام). */
const AGO = new Set(['ساعات', 'يوم', 'يومين', 'ايام', 'اسبوع', 'اسبوعين', 'اسابيع', 'شهر', 'شهرين', 'اشهر'].map((w) => normalizeArabic(w)));
const BEFORE_WORD = normalizeArabic('قبل');
/** Before الماضي, words that make it "the past", not last month (في الماضي). */
const THE_PAST = new Set(['في', 'من', 'عن', 'الى'].map((w) => normalizeArabic(w)));
/** Verbs that say an operation is still being waged (تواصل تركيا عملية,
 *  تشن عملية): as recent as "yesterday" when their object is the operation
 *  itself, not the areas it took (تواصل احتلال مناطق نبع السلام). Normalized. */
const ONGOING = new Set(['يواصل', 'تواصل', 'يشن', 'تشن', 'ينفذ', 'تنفذ'].map((w) => normalizeArabic(w)));
/** Words for an operation, before or at the start of an event's name. */
const OPERATION = new Set(['عملية', 'العملية', 'معركة', 'المعركة'].map((w) => normalizeArabic(w)));
/** Words an ONGOING verb may stand before the operation word (its subject between). */
const ONGOING_BEFORE = 4;
/** Words before and after an event's name where a RECENT word may say it is recent. */
const RECENT_BEFORE = 7;
const RECENT_AFTER = 6;
/** Characters around an event's name searched for its sentence's ends. */
const RECENT_SENTENCE = 400;
/** Names of events looked at on one page: a page that names them this often
 *  is about them, and a page built to repeat one costs no more. */
const EVENT_CHECKS = 32;

/** A word without a leading و or ف (وتواصل), when what is left is still a word. */
function withoutConjunction(w: string): string {
  return w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
}

/**
 * Whether the scanned text names one of the span's earlier events as recent:
 * a RECENT word, or قبل and a span of time, a few words from its name in a
 * sentence that names no year (بدأت تركيا عملية عسكرية قبل أسبوع وأسمتها نبع
 * السلام). The story's pages recall those events with their year, or as the
 * past (في الماضي), not as last month's news. From word `fromWord` on, as hasLaterSign.
 */
export function hasRecentEarlierEvent(compiled: CompiledPack, tokens: ScannedText, fromWord = 0): boolean {
  let checks = 0;
  return hasSign(compiled, tokens, EARLIER_EVENT, (first, last) => {
    if (++checks > EVENT_CHECKS) return false;
    const { source, start } = tokens;
    const [from, to] = sentenceAround(source, start[first], tokens.wordEnd(last), RECENT_SENTENCE);
    // Any year: the sentence dates the event itself.
    if (namesYearBefore(source.slice(from, to), 10000)) return false;
    // The operation word: the name's first (عملية غصن الزيتون) or the one before it (عملية نبع السلام).
    const operation = OPERATION.has(tokens.word(first)) ? first : first > 0 && OPERATION.has(tokens.word(first - 1)) ? first - 1 : -1;
    for (let k = Math.max(0, first - RECENT_BEFORE); k < tokens.count && k <= last + RECENT_AFTER; k++) {
      if (k >= first && k <= last) continue;
      if (start[k] < from || start[k] >= to) continue;
      const w = tokens.word(k);
      if (operation >= 0 && k < operation && k >= operation - ONGOING_BEFORE && ONGOING.has(withoutConjunction(w))) return true;
      if (RECENT.has(w) && !(k > 0 && THE_PAST.has(tokens.word(k - 1)))) return true;
      if (w === BEFORE_WORD && k + 1 < tokens.count && start[k + 1] < to && AGO.has(tokens.word(k + 1))) return true;
    }
    return false;
  }, fromWord);
}

/** Whether the scanned text has one of the span's round signs near a
 *  mention of the entity they go with (`mentions`: the text's). */
export function hasRoundSign(compiled: CompiledPack, tokens: ScannedText, mentions: RawMention[]): boolean {
  const { roundNear, roundWindow } = compiled;
  if (roundNear < 0) return false;
  return hasSign(compiled, tokens, ROUND_SIGN, (first, last) =>
    mentions.some((m) => m.entity === roundNear && m.from <= last + roundWindow && m.to - 1 >= first - roundWindow),
  );
}

interface Candidate {
  entry: AliasEntry;
  skip: number;
}

/**
 * Scanner hits of context words, by word: `hit` indexes the scan's hits,
 * `word` is where it stands. Whether a proclitic fits is checked only for
 * the few near a candidate that needs its context: common words (السوري,
 * الرئيس) are context words, and checking each on every page cost a third
 * of the analysis.
 */
interface ContextHits {
  hit: Int32Array;
  word: Int32Array;
  count: number;
}

type ContextVerdict = 'ok' | 'forbidden' | 'unconfirmed';

function contextVerdict(
  compiled: CompiledPack,
  tokens: ScannedText,
  context: ContextHits,
  from: number,
  to: number,
  skip: number,
  found: RawMention[],
  rules: CompiledRule[],
): ContextVerdict {
  const { hits } = tokens;
  let verdict: ContextVerdict = 'ok';
  for (const rule of rules) {
    if (rule.givenName && familyNameAt(tokens, to)) return 'forbidden';
    // و or ب before the alias parts it from the noun (بين الأسد والسوداني);
    // after a state's adjective it is a name (رئيس الوزراء العراقي السوداني):
    // one noun is not of two states.
    if (rule.attribute && skip === 0 && nounBefore(tokens, from) && !afterStateMention(compiled, found, from)) return 'forbidden';
    const lo = Math.max(0, from - rule.window);
    const hi = Math.min(tokens.count, to + rule.window);
    let required = !rule.requires;
    for (let c = firstAtLeast(context.word, context.count, lo); c < context.count && context.word[c] < hi; c++) {
      const word = context.word[c];
      if (word >= from && word < to) continue;
      const h = context.hit[c];
      const p = hits[h * 3];
      let fits: boolean | undefined;
      for (const r of compiled.phraseInfo[p].ruleWords) {
        if (r.rule !== rule.id) continue;
        fits ??= cliticFits(compiled.phraseTable, tokens, word, hits[h * 3 + 2], p, MIN_CONTEXT_REST);
        if (!fits) break;
        // A word that forbids says so in the mention's sentence only: the
        // credit line after an article (فريق التحرير) names no sports team.
        if (r.forbid && !sameSentence(tokens.source, tokens.start[Math.min(word, from)], tokens.start[Math.max(word, from)])) continue;
        if (r.forbid) return 'forbidden';
        required = true;
      }
    }
    if (!required) verdict = 'unconfirmed';
  }
  return verdict;
}

/** Whether the last mention found ends right before word `k` and names a state (العراقي). */
function afterStateMention(compiled: CompiledPack, out: RawMention[], k: number): boolean {
  const last = out.length ? out[out.length - 1] : null;
  return !!last && last.to === k && compiled.nisba[last.entity] === 1;
}

/** Candidates' order at one word: longest first; a trap (-1) before an
 *  entity alias of the same length; the bare word before a clitic reading. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return b.entry.tokens.length - a.entry.tokens.length || a.entry.entity - b.entry.entity || a.skip - b.skip;
}

/** Arrays findMentions works in, kept between calls (it keeps nothing in
 *  them once it returns): allocating them per text costs more than using them. */
const scratchFor = (size: number) => ({
  phrase: new Int32Array(size),
  word: new Int32Array(size),
  skip: new Int32Array(size),
  contextHit: new Int32Array(size),
  contextWord: new Int32Array(size),
});
let scratch = scratchFor(1024);
const KEEP_SCRATCH = 1 << 16;

/** Per entity, the last call of findMentions that found it (see there). */
let confirmedMarks = new Int32Array(0);
let confirmedStamp = 0;

/** The candidates of several phrases at one word, in compareCandidates' order. */
function sortedCandidates(phraseInfo: PhraseInfo[], candPhrase: Int32Array, candSkip: Int32Array, from: number, end: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (let c = from; c < end; c++) {
    for (const entry of phraseInfo[candPhrase[c]].entries) candidates.push({ entry, skip: candSkip[c] });
  }
  return candidates.sort(compareCandidates);
}

/** Sort `words[0 .. count)` in place, moving the same entries of `a` and
 *  (when given) `b` along. The scan reports hits by their last word, so they
 *  are nearly sorted already (only multi-word phrases step back): insertion
 *  sort, which keeps the order of entries at one word. */
function sortByWord(words: Int32Array, count: number, a: Int32Array, b: Int32Array | null): void {
  for (let i = 1; i < count; i++) {
    const w = words[i];
    if (words[i - 1] <= w) continue;
    const x = a[i], y = b ? b[i] : 0;
    let j = i - 1;
    while (j >= 0 && words[j] > w) {
      words[j + 1] = words[j];
      a[j + 1] = a[j];
      if (b) b[j + 1] = b[j];
      j--;
    }
    words[j + 1] = w;
    a[j + 1] = x;
    if (b) b[j + 1] = y;
  }
}

/** Characters that end a name of several words where they stand between
 *  them: a full stop or an ellipsis, a colon, a comma, a semicolon, question
 *  and exclamation marks (Arabic ones too). Not a line break: pages wrap names. */
const PHRASE_BREAKS = new Set([...'.:,;!?\u060c\u061b\u061f\u06d4\u2026'].map((c) => c.charCodeAt(0)));

/** Whether one of PHRASE_BREAKS stands between the `n` words of a phrase starting at word `first`. */
function brokenPhrase(tokens: ScannedText, first: number, n: number): boolean {
  const { source, start } = tokens;
  for (let k = first; k < first + n - 1; k++) {
    for (let i = tokens.wordEnd(k), to = start[k + 1]; i < to; i++) if (PHRASE_BREAKS.has(source.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * All entity mentions among the scanned words. The longest alias starting at
 * a word wins (a trap blocks it); a proclitic is accepted only when it
 * leaves a known alias. An ambiguous alias without its confirming context
 * (bare فيدان) still counts when the same entity is named unambiguously
 * elsewhere in the text (هاكان فيدان); a forbidding context (حلب الأبقار)
 * always wins. Then names the page glued together (see glued-names) and
 * surnames written alone (see surnames).
 */
export function findMentions(compiled: CompiledPack, tokens: ScannedText): RawMention[] {
  const { phraseInfo, phraseTable: table } = compiled;
  const { hits, hitCount } = tokens;
  // Phrase hits that may be mentions, as parallel arrays (no object per hit).
  if (scratch.word.length < hitCount) scratch = scratchFor(hitCount);
  const { phrase: candPhrase, word: candWord, skip: candSkip, contextHit, contextWord } = scratch;
  let count = 0;
  let contextCount = 0;
  let surnameHits: number[] | null = null;
  let gluedHits: number[] | null = null;
  for (let h = 0; h < hitCount; h++) {
    const p = hits[h * 3], word = hits[h * 3 + 1], skip = hits[h * 3 + 2];
    // A phrase with a full stop or a colon between its words is not one name
    // (هاكان. فيدان) nor one trap (صحيفة: تركيا).
    if (table.entity[p] !== NO_ENTRY && (table.words[p] === 1 || !brokenPhrase(tokens, word, table.words[p]))) {
      if (cliticFits(table, tokens, word, skip, p, MIN_ALIAS_REST)) {
        candPhrase[count] = p;
        candWord[count] = word;
        candSkip[count] = skip + table.lead[p];
        count++;
      } else if (skip > 0 && table.words[p] === 1) (gluedHits ??= []).push(h);
    }
    if (table.flags[p] & CONTEXT_WORD) {
      contextHit[contextCount] = h;
      contextWord[contextCount] = word;
      contextCount++;
    }
    if (table.surname[p] >= 0) (surnameHits ??= []).push(h);
  }
  sortByWord(candWord, count, candPhrase, candSkip);
  sortByWord(contextWord, contextCount, contextHit, null);
  const context: ContextHits = { hit: contextHit, word: contextWord, count: contextCount };

  const out: RawMention[] = [];
  const pending: RawMention[] = [];
  // The entities found so far are those whose mark is this call's stamp.
  if (confirmedMarks.length < compiled.entities.length) {
    confirmedMarks = new Int32Array(compiled.entities.length);
    otherMarks = new Int32Array(compiled.entities.length);
  }
  const confirmed = confirmedMarks;
  if (confirmedStamp === 0x7fffffff) {
    confirmedMarks.fill(0);
    otherMarks.fill(0);
    confirmedStamp = 0;
  }
  const stamp = ++confirmedStamp;
  let next = 0;
  for (let g = 0; g < count; ) {
    const word = candWord[g];
    let end = g + 1;
    while (end < count && candWord[end] === word) end++;
    const from = g;
    g = end;
    if (word < next) continue; // inside a longer mention

    // The usual case, no context rules: the best candidate directly (in
    // compareCandidates' order; a phrase's first entry is its best).
    let best = from;
    let careful = table.flags[candPhrase[best]] & HAS_RULES;
    for (let c = from + 1; c < end; c++) {
      const p = candPhrase[c], b = candPhrase[best];
      careful |= table.flags[p] & HAS_RULES;
      const d = table.words[b] - table.words[p] || table.entity[p] - table.entity[b] || candSkip[c] - candSkip[best];
      if (d < 0) best = c;
    }
    if (!careful) {
      const p = candPhrase[best], entity = table.entity[p], n = table.words[p];
      // A trap that starts inside and runs past it (نظام [الأسد الأب]) takes the words.
      if (entity >= 0 && n > 1 && trapRunsPast(table, candPhrase, candWord, end, count, word + n)) continue;
      if (entity >= 0 && !someoneElse(compiled, tokens, entity, word, n, candSkip[best], stamp)) {
        out.push({ entity, from: word, to: word + n, skip: candSkip[best] });
        confirmed[entity] = stamp;
        carriedBy(entity, n);
      }
      next = word + n;
      continue;
    }
    // Context rules decide: candidates in order, the first that its context
    // allows. One phrase's entries are in that order already (one length,
    // one proclitic; a trap, then entities in pack order).
    let chosen: AliasEntry | null = null;
    let chosenSkip = 0;
    let unconfirmed: RawMention | null = null;
    const single = end - from === 1 ? phraseInfo[candPhrase[from]].entries : null;
    const sorted = single ? null : sortedCandidates(phraseInfo, candPhrase, candSkip, from, end);
    const total = single ? single.length : sorted!.length;
    for (let c = 0; c < total; c++) {
      const entry = single ? single[c] : sorted![c].entry;
      const skip = single ? candSkip[from] : sorted![c].skip;
      const n = entry.tokens.length;
      if (entry.entity >= 0 && someoneElse(compiled, tokens, entry.entity, word, n, skip, stamp)) continue;
      if (entry.rules.length) {
        const verdict = contextVerdict(compiled, tokens, context, word, word + n, skip, out, entry.rules);
        if (verdict === 'unconfirmed' && entry.entity >= 0 && !unconfirmed) unconfirmed = { entity: entry.entity, from: word, to: word + n, skip };
        if (verdict !== 'ok') continue;
      }
      chosen = entry;
      chosenSkip = skip;
      break;
    }
    if (chosen) {
      const n = chosen.tokens.length;
      if (chosen.entity >= 0 && n > 1 && trapRunsPast(table, candPhrase, candWord, end, count, word + n)) continue;
      if (chosen.entity >= 0) {
        out.push({ entity: chosen.entity, from: word, to: word + n, skip: chosenSkip });
        confirmed[chosen.entity] = stamp;
        carriedBy(chosen.entity, n);
      }
      next = word + n;
    } else if (unconfirmed) pending.push(unconfirmed);
  }
  // After a huge page, do not keep its arrays.
  if (scratch.word.length > KEEP_SCRATCH) scratch = scratchFor(1024);
  let found = out;
  if (pending.length) {
    const extra = pending.filter((m) => confirmed[m.entity] === stamp);
    if (extra.length) found = mergeByStart(out, extra);
  }
  if (gluedHits) {
    const more = gluedNames(compiled.glued, table, tokens, found, gluedHits);
    if (more.length) found = mergeByStart(found, more);
  }
  if (surnameHits) {
    const alone = surnamesAlone(compiled.surnames, table, tokens, found, surnameHits);
    if (alone.length) found = mergeByStart(found, alone);
  }
  return found;
}

/** Whether a trap among the candidates from index `c` on starts before word
 *  `to` and ends after it: it overlaps the end of the mention that ends at `to`. */
function trapRunsPast(table: PhraseTable, phrase: Int32Array, word: Int32Array, c: number, count: number, to: number): boolean {
  for (; c < count && word[c] < to; c++) if (table.entity[phrase[c]] === TRAP && word[c] + table.words[phrase[c]] > to) return true;
  return false;
}

/** Two lists of mentions, each in text order, as one in text order. */
function mergeByStart(a: RawMention[], b: RawMention[]): RawMention[] {
  const out: RawMention[] = new Array(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j].from < a[i].from ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
