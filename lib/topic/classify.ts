/**
 * The topic decision: group evidence (who is involved) plus cue words (what
 * is happening), weighted by where they appear. Title and lead count more
 * than the tail, where pages keep their hashtags, "related" links and sidebars.
 */
import { PROCLITICS } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';
import { sameSentence, sentenceAround, sentenceEndIn } from '../arabic/tokenize';
import { arabicKey, type ScannedText } from '../arabic/scan';
import { WordMemo } from './word-memo';
import { inRanges } from '../arabic/article-lists';
import type { TopicPack, TopicVerdict } from '../types';
import { distinctYearsBefore, weekdayDateWithin, type WeekdayDate } from '../arabic/dates';
import type { CompiledPack, RawMention } from './matcher';

/** What a cue stem says: its weight, and whether it names the relation itself. */
interface CueValue {
  weight: number;
  relation: boolean;
  /** Normalized stems of the words that, just before it, make it part of a
   *  name (see Cue.notAfter); null for none. */
  notAfter: Set<string> | null;
  /** Likewise the words that, just after it, make it about something else
   *  (see Cue.notBefore); null for none. */
  notBefore: Set<string> | null;
  /** Two-word entries of Cue.notBefore: the first word as written
   *  (normalized) to the stems of the words that may follow it (مع قناة). */
  notBeforePairs: Map<string, Set<string>> | null;
  /** Not counted right before a number (see Cue.notBeforeNumber). */
  notBeforeNumber: boolean;
  /** A visit: not counted when it goes to an outsider (see Cue.travel). */
  travel: boolean;
}

/** What a word before a party's mention says about it. */
interface MarkerValue {
  /** It makes a pair of parties a place (الحدود التركية السورية). */
  pairBlocker: boolean;
  /** A few words after a pair, it makes the pair the places of an event (تركيا وسوريا إلى زلزال). */
  eventAfter: boolean;
  /** It makes an actor of the party (نظيره السوري). */
  actorTitle: boolean;
  /** One of the relation's verbs (see RelationRule.stanceVerbs): the party right after it acts (يهاجم تركيا, نفت سوريا). */
  stance: boolean;
  /** With و, it may link a party to a chain (وتركيا والنظام السوري). */
  chainLink: boolean;
  /** It makes a place of the actor after it (ريف دمشق). */
  place: boolean;
  /** It makes the actor right after it the owner of troops (قوات الأسد). */
  forces: boolean;
  /** Before or after a party's name, it makes another body of it (المعارضة السورية). */
  otherBody: boolean;
  /** It names a state or body outside the pair (الإسرائيلي, مصر). */
  outsider: boolean;
}

/** Word stems, looked up after clitics; the longest matching stem decides. */
interface StemTable<V> {
  stems: Map<string, V>;
  lengths: number[];
  heads: Set<string>;
  /** What words already seen (as written) said: news repeats its vocabulary. */
  seen: WordMemo<V | null>;
}

export interface CompiledCues {
  /** Cue words, found among the words the scanner flags. */
  words: StemTable<CueValue>;
  /** Words read only just before a mention, so never flagged by the scanner. */
  markers: StemTable<MarkerValue>;
  /** The words of every cue's notAfter and notBefore, each to its own normalized stem. */
  namers: StemTable<string>;
  /** Relation words (علاقات) and, for each, the words after them that name
   *  the relation's other end next (مع), normalized. */
  counterparts: StemTable<Set<string>>;
}

function stemTable<V>(entries: [string, V][], merge: (into: V, next: V) => void): StemTable<V> {
  const stems = new Map<string, V>();
  for (const [stem, value] of entries) {
    const s = normalizeArabic(stem).trim();
    if (s.length < 2) continue;
    const known = stems.get(s);
    if (known) merge(known, value);
    else stems.set(s, value);
  }
  const lengths = [...new Set([...stems.keys()].map((s) => s.length))].sort((a, b) => a - b);
  const heads = new Set([...stems.keys()].map((s) => s.slice(0, 2)));
  return { stems, lengths, heads, seen: new WordMemo() };
}

/** A word that says nothing of a party's mention: every flag of MarkerValue off. */
const NO_MARK: Readonly<MarkerValue> = { pairBlocker: false, eventAfter: false, actorTitle: false, stance: false, chainLink: false, place: false, forces: false, otherBody: false, outsider: false };
const MARK_FLAGS = Object.keys(NO_MARK) as (keyof MarkerValue)[];

/** Each of `words` with what it says before a party's mention. */
const marked = (words: string[] | undefined, flag: keyof MarkerValue): [string, MarkerValue][] =>
  (words ?? []).map((w) => [w, { ...NO_MARK, [flag]: true }]);

/** The two-word entries of a notBefore list: first word to the stems after it. */
function wordPairs(list: string[] | undefined, key: (w: string) => string): Map<string, Set<string>> | null {
  let pairs: Map<string, Set<string>> | null = null;
  for (const entry of list ?? []) {
    const [first, second] = entry.trim().split(/\s+/);
    if (second) addPair((pairs ??= new Map()), key(first), new Set([key(second)]));
  }
  return pairs;
}

function addPair(pairs: Map<string, Set<string>>, first: string, rest: Set<string>): void {
  const known = pairs.get(first);
  if (known) for (const r of rest) known.add(r);
  else pairs.set(first, new Set(rest));
}

export function compileCues(pack: TopicPack): CompiledCues {
  const stemKey = (w: string) => normalizeArabic(w).trim();
  const single = (list: string[] | undefined) => list?.filter((w) => !/\s/.test(w.trim()));
  const stems = (list: string[] | undefined) => (list?.length ? new Set(list.map(stemKey)) : null);
  const union = (a: Set<string> | null, b: Set<string> | null) => (a && b ? new Set([...a, ...b]) : a ?? b);
  const words = stemTable<CueValue>(
    pack.cues.map((c) => [
      c.stem,
      { weight: c.weight, relation: !!c.relation, travel: !!c.travel, notBeforeNumber: !!c.notBeforeNumber, notAfter: stems(c.notAfter), notBefore: stems(single(c.notBefore)), notBeforePairs: wordPairs(c.notBefore, stemKey) },
    ]),
    (into, next) => {
      into.weight = Math.max(into.weight, next.weight);
      into.relation ||= next.relation;
      into.travel ||= next.travel;
      into.notBeforeNumber ||= next.notBeforeNumber;
      into.notAfter = union(into.notAfter, next.notAfter);
      into.notBefore = union(into.notBefore, next.notBefore);
      if (next.notBeforePairs) for (const [first, rest] of next.notBeforePairs) addPair(into.notBeforePairs ??= new Map(), first, rest);
    },
  );
  // Every word looked up after a cue: a pair's second word as its own stem.
  const namers = stemTable<string>(
    pack.cues.flatMap((c) => [...(c.notAfter ?? []), ...(c.notBefore ?? []).map((w) => w.trim().split(/\s+/).pop()!)].map((w): [string, string] => [w, stemKey(w)])),
    () => {},
  );
  const relation = pack.rule.relation;
  const markers = stemTable<MarkerValue>(
    [
      ...marked(relation?.pairNotAfter, 'pairBlocker'),
      ...marked(relation?.pairNotBefore, 'eventAfter'),
      ...marked(relation?.actorTitles, 'actorTitle'),
      ...marked(relation?.stanceVerbs, 'stance'),
      ...marked(relation?.chainLinks, 'chainLink'),
      ...marked(relation?.placeBefore, 'place'),
      ...marked(relation?.forcesBefore, 'forces'),
      ...marked(relation?.otherBodyBeside, 'otherBody'),
      ...marked(relation?.outsiders, 'outsider'),
    ],
    // A word on several lists says all they say.
    (into, next) => {
      for (const flag of MARK_FLAGS) into[flag] ||= next[flag];
    },
  );
  const counterparts = stemTable<Set<string>>(
    (relation?.counterpartAfter ?? []).map((phrase): [string, Set<string>] => {
      const [word, link] = phrase.split(' ');
      return [word, new Set([stemKey(link)])];
    }),
    (into, next) => next.forEach((link) => into.add(link)),
  );
  return { words, namers, counterparts, markers };
}

/** Weight of a position: title 3, lead 2, body 1, tail 0.5. */
export function positionWeight(offset: number, length: number): number {
  const lead = Math.max(600, length * 0.15);
  if (offset < lead) return 2;
  if (length > 1500 && offset > length * 0.65) return 0.5;
  return 1;
}

/** How evidence in a text weighs: by position in a body of `length`
 *  characters, or the same everywhere (`fixed`, for a title). */
export interface Weighing {
  length: number;
  fixed?: number;
  /** Where the article starts: what comes before (a ticker, a menu above
   *  the headline) weighs nothing, and the lead is counted from here. */
  from?: number;
  /** Where the lists of other articles under the text start (see
   *  footListsStart), when it may end in them: what they name weighs nothing,
   *  and the parties named together there are those articles'. */
  footFrom?: number;
  /** Lines inside the body that print another article's headline after a
   *  "read also" label (see linkLines), as [from, to) pairs in order: what
   *  they name weighs nothing and relates nothing. */
  links?: number[];
  /** The first offset that may be in the foot lists or on a link line
   *  (the least of footFrom and the links' first start): below it, no check. */
  chromeFrom?: number;
}

/** Whether offset `at` is in the lists under the text of `weighing`. */
const inFoot = (weighing: Weighing, at: number) => weighing.footFrom !== undefined && at >= weighing.footFrom;

/** Whether offset `at` is on a line that links another article (see Weighing.links). */
const inLinks = (weighing: Weighing, at: number) => !!weighing.links?.length && inRanges(weighing.links, at);

export const TITLE_WEIGHT: Weighing = { length: 0, fixed: 3 };

function weightAt(weighing: Weighing, offset: number): number {
  if (weighing.fixed) return weighing.fixed;
  const from = weighing.from ?? 0;
  if (offset < from) return 0;
  if (offset >= (weighing.chromeFrom ?? 0) && (inFoot(weighing, offset) || inLinks(weighing, offset))) return 0;
  return positionWeight(offset - from, weighing.length - from);
}

function stemOf<V>(token: string, table: StemTable<V>): V | null {
  const forms = [token];
  if (token.startsWith('ال')) forms.push(token.slice(2));
  for (const p of PROCLITICS) {
    if (token.length > p.length + 2 && token.startsWith(p)) {
      const rest = token.slice(p.length);
      forms.push(rest);
      if (rest.startsWith('ال')) forms.push(rest.slice(2));
      else if (p.endsWith('لل')) forms.push(rest);
    }
  }
  // The longest stem decides, so a longer stem of weight 0 can take back a
  // false friend of a shorter one (اجتماعي "social" is no اجتماع "meeting").
  for (const f of forms) {
    if (!table.heads.has(f.slice(0, 2))) continue;
    for (let i = table.lengths.length - 1; i >= 0; i--) {
      const len = table.lengths[i];
      if (len > f.length) continue;
      const v = table.stems.get(f.slice(0, len));
      if (v !== undefined) return v;
    }
  }
  return null;
}

export interface TopicEvidence {
  /** Weighted mentions per group, by the group's number (see groupSums). */
  groups: Float64Array;
  /** Mentions per group, unweighted (see groupCounts). */
  groupMentions: Int32Array;
  cue: number;
  /** Weighted cues of at least GATE_WEIGHT: words for something happening
   *  (a meeting, talks, a withdrawal). The weaker ones (refugees, return,
   *  cooperation) add to the score but do not let a page in alone. */
  gateCue: number;
  /** Weighted cues that name the relation itself (تطبيع, وساطة). */
  relationCue: number;
  /** Parties named side by side (أنقرة ودمشق), or their actors in one
   *  sentence (counting stops at the first). */
  relationMentions: number;
  /** Mentions of relation entities (the Astana format). */
  formatMentions: number;
  /** The page's date, when it has one near its top, in its metadata or in its address. */
  date?: string | null;
  /** A page without a date in its metadata or address says it is from
   *  after the story (see StorySpan.laterSigns). */
  later?: boolean;
  /** A page without any date says it is from before the story (see
   *  StorySpan.earlierSigns, StorySpan.earlierEvents). */
  earlier?: boolean;
  /** A page without a date names a round of talks held within the story
   *  (see StorySpan.roundSigns). */
  inRound?: boolean;
  /** A page without a date writes a day with its weekday near its top
   *  ("السبت 4 من أيلول"): if no year of the story has that day on that
   *  weekday, the page is from another year. */
  weekday?: WeekdayDate | null;
}

/** What word k says in `table`, remembered by the word as written: taking
 *  it from the page is cheaper than normalizing it every time. */
function stemAt<V>(tokens: ScannedText, k: number, table: StemTable<V>): V | null {
  const from = tokens.start[k], to = tokens.wordEnd(k);
  let v = table.seen.get(tokens.source, from, to);
  if (v === undefined) {
    v = stemOf(tokens.word(k), table);
    table.seen.set(tokens.source, from, to, v);
  }
  return v;
}

/** The least weight of a cue word that counts towards the rule's minCue. */
const GATE_WEIGHT = 1;

/** Words before a cue (with ل) that may make it part of a name (مركز حميميم الروسي للمصالحة). */
const NAME_REACH = 3;

/** A word with the preposition ل (للمصالحة), after و or ف if any. */
const WITH_LAM = /^[وف]?ل/;

/** Word k is part of a name: right after one of `namers` (مركز المصالحة),
 *  or with ل after one up to NAME_REACH words before it in its sentence
 *  (مركز حميميم للمصالحة, not المركز إن المصالحة). */
function inName(tokens: ScannedText, cues: CompiledCues, k: number, namers: Set<string>): boolean {
  const reach = WITH_LAM.test(tokens.word(k)) ? NAME_REACH : 1;
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    if (!sameSentence(tokens.source, tokens.wordEnd(j), tokens.start[j + 1])) return false;
    const stem = stemAt(tokens, j, cues.namers);
    if (stem !== null && namers.has(stem)) return true;
  }
  return false;
}

/** Word k is followed, in its sentence, by one of `others` (تطبيع الأوضاع). */
function beforeOther(tokens: ScannedText, cues: CompiledCues, k: number, others: Set<string> | null, pairs: Map<string, Set<string>> | null): boolean {
  if (k + 1 >= tokens.count || !sameSentence(tokens.source, tokens.wordEnd(k), tokens.start[k + 1])) return false;
  const stem = stemAt(tokens, k + 1, cues.namers);
  if (stem !== null && others?.has(stem)) return true;
  // A pair: the next word as written, then the stem of the one after (لقاء مع قناة).
  const after = pairs?.get(tokens.word(k + 1));
  if (!after || k + 2 >= tokens.count || !sameSentence(tokens.source, tokens.wordEnd(k + 1), tokens.start[k + 2])) return false;
  const second = stemAt(tokens, k + 2, cues.namers);
  return second !== null && after.has(second);
}

/** Words after a visit within which where it goes may stand (زيارة يقوم بها أردوغان لتونس). */
const DESTINATION_REACH = 4;
/** Words before "which he visits" (التي يزورها) within which the place visited may stand. */
const PLACE_REACH = 3;
const TO = normalizeArabic('إلى');
/** A capital before its adjective (إلى العاصمة التونسية): the adjective says where. */
const CAPITAL = new Set(['العاصمة', 'عاصمة', 'للعاصمة', 'لعاصمة'].map((w) => normalizeArabic(w)));
const WHICH = new Set(['التي', 'الذي'].map((w) => normalizeArabic(w)));

const outsiderAt = (tokens: ScannedText, cues: CompiledCues, w: number) => !!stemAt(tokens, w, cues.markers)?.outsider;

/**
 * The visit at word k goes to a state outside the pair (see
 * RelationRule.outsiders): the first place named as where it goes, after
 * إلى or with ل (زيارة الرئيس التركي إلى تونس، زيارة يقوم بها أردوغان
 * لتونس، إلى العاصمة التونسية), is one; or one stands just before "which he
 * visits" (بالعاصمة التونسية التي يزورها). A visit to a party or a mediator,
 * or to nowhere named, is left as it is.
 */
function visitElsewhere(tokens: ScannedText, cues: CompiledCues, k: number): boolean {
  const { source } = tokens;
  for (let w = k + 1; w < tokens.count && w <= k + DESTINATION_REACH; w++) {
    if (!sameSentence(source, tokens.wordEnd(w - 1), tokens.start[w])) break;
    const word = tokens.word(w);
    const lam = tokens.headKey(w, 1) === LAM;
    let to: number;
    if (word === TO) to = w + 1;
    else if (lam && CAPITAL.has(word)) to = w;
    else {
      // ل as "to" only where the word is an outsider without it (لتونس, not لبنان).
      if (lam && word.length > 3 && stemOf(word.slice(1), cues.markers)?.outsider) return true;
      continue;
    }
    if (to >= tokens.count || (to > w && !sameSentence(source, tokens.wordEnd(w), tokens.start[to]))) return false;
    if (CAPITAL.has(tokens.word(to)) && to + 1 < tokens.count) to++;
    return outsiderAt(tokens, cues, to);
  }
  if (k < 2 || !WHICH.has(tokens.word(k - 1)) || !sameSentence(source, tokens.wordEnd(k - 1), tokens.start[k])) return false;
  for (let w = k - 2; w >= 0 && w >= k - 1 - PLACE_REACH; w--) {
    if (!sameSentence(source, tokens.wordEnd(w), tokens.start[w + 1])) return false;
    if (outsiderAt(tokens, cues, w)) return true;
  }
  return false;
}

/** Words after a relation word where بين may say whom it is between
 *  (وساطة تركية جديدة بين روسيا وأوكرانيا). */
const BETWEEN_REACH = 3;
/** Words after بين where its first party may stand (بين النظام السوري), and
 *  after the first, where the second may. */
const PARTY_REACH = 2;
/** Words of a first party the pack does not know after بين: a name and its adjective. */
const UNKNOWN_PARTY_WORDS = 2;
const SECOND_REACH = 3;
/** بين as a key of its letters (see arabicKey): compared without building the word. */
const BETWEEN = arabicKey(normalizeArabic('بين'));

/** The first of `mentions` (in order) that starts at word `word` or later. */
function firstMentionFrom(mentions: RawMention[], word: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].from < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The relation word k is said of others: بين follows it in its sentence, and
 * one of the two it names is an entity of neither party (a mediation between
 * Russia and Ukraine, a rapprochement between Turkey and Russia). Parties the
 * pack does not know (بين البلدين) leave the word as it is.
 */
function betweenOthers(compiled: CompiledPack, mentions: RawMention[], tokens: ScannedText, cues: CompiledCues, k: number): boolean {
  const { source, start } = tokens;
  // بين first, by its letters (a word of exactly three): most relation words have none after them.
  const last = Math.min(tokens.count - 1, k + BETWEEN_REACH);
  let j = k + 1;
  while (j <= last && !(tokens.headKey(j, 3) === BETWEEN && tokens.headKey(j, 4) === -1)) j++;
  if (j > last || !sameSentence(source, tokens.wordEnd(k), start[j])) return false;
  const i = firstMentionFrom(mentions, j + 1);
  const first = mentions[i];
  const roles = relationRoles(compiled);
  // The first party is a name the pack does not know (a word, or a word and
  // its adjective: بين الإدارة الذاتية ودمشق), the next joined to it by و
  // (بين حماس وسوريا, بين حماس والنظام السوري): not the pair. A stand-in, a
  // link word or an office there (بين النظام وتركيا, بين الرئيسين التركي
  // والسوري) leads to a party's name. The next must be one too: a word that
  // only starts with و (بين البلدين وسط الحرب) joins nothing.
  for (let n = 1; n <= UNKNOWN_PARTY_WORDS; n++) {
    const w = j + n, and = w + 1;
    if (and >= tokens.count || (first && first.from <= w)) break;
    if (namesSide(tokens, cues, roles, w, 1, false) || namesSide(tokens, cues, roles, w, 2, false)) break;
    if (tokens.headKey(and, 1) !== AND) continue;
    if (!joinedWords(tokens, j, and)) break;
    if ((!!first && first.from === and) || namesSide(tokens, cues, roles, and, 1, true) || namesSide(tokens, cues, roles, and, 2, true)) return true;
    // A word that starts with و but names no party ends the name.
    break;
  }
  if (!first || first.from > j + PARTY_REACH || !sameSentence(source, start[j], start[first.from])) return false;
  const { side } = roles;
  if (side[first.entity] === 0) return true;
  const second = mentions[i + 1];
  if (second && second.from < first.to + SECOND_REACH && sameSentence(source, start[first.from], start[second.from])) return side[second.entity] === 0;
  // The party first, then with و a name the pack does not know and no other
  // party in the next words (بين دمشق والرياض): not the pair either.
  const after = first.to;
  return (
    after < tokens.count &&
    tokens.headKey(after, 1) === AND &&
    joinedWords(tokens, after - 1, after) &&
    !namesSide(tokens, cues, roles, after, 3 - side[first.entity], true)
  );
}

/** Word w (after و when `withAnd`) stands for side `other`'s party or leads
 *  to its name: a stand-in (النظام), a link (حكومة) or an office (الرئيس). */
function namesSide(tokens: ScannedText, cues: CompiledCues, roles: RelationRoles, w: number, other: number, withAnd: boolean): boolean {
  if (standInAt(tokens, roles, w, other, withAnd)) return true;
  const mark = stemAt(tokens, w, cues.markers);
  return !!mark && (mark.chainLink || mark.actorTitle);
}

/** Words after a relation word where مع may stand (تقاربها العلني مع إسرائيل). */
const WITH_REACH = 3;
/** مع as a key of its letters (see arabicKey). */
const WITH = arabicKey(normalizeArabic('مع'));

/** What names a word, for saidOfOutsiders: one side of the pair, an entity
 *  of neither (a mediator), an outsider (see RelationRule.outsiders), or nothing. */
const NAMES_NOTHING = -1;
const NAMES_NEITHER = 0;
const NAMES_OUTSIDER = 3;

/**
 * The relation word at k is said of a state or body outside the pair: named
 * by two adjectives right after it, one an outsider, or the pair's same side
 * twice, or a side with an entity of neither (التقارب التركي الإسرائيلي,
 * المصالحة السورية السورية, التقارب الروسي التركي); or with مع, an outsider
 * owning it (التطبيع العربي مع سوريا) or at its other end (تقاربها مع
 * إسرائيل), or an entity of neither there (التقارب مع روسيا). A mediator
 * owning it is the story's (الوساطة الروسية مع أنقرة).
 */
function saidOfOutsiders(compiled: CompiledPack, mentions: RawMention[], tokens: ScannedText, cues: CompiledCues, k: number): boolean {
  const { side } = relationRoles(compiled);
  const last = Math.min(tokens.count - 1, k + WITH_REACH + 1);
  let m = firstMentionFrom(mentions, k + 1);
  // The last word of what namedAt read: a name may take several.
  let namedEnd = k;
  const namedAt = (w: number): number => {
    namedEnd = w;
    while (m < mentions.length && mentions[m].to <= w) m++;
    const at = mentions[m];
    if (at && at.from <= w) {
      namedEnd = at.to - 1;
      return side[at.entity] === 1 || side[at.entity] === 2 ? side[at.entity] : NAMES_NEITHER;
    }
    return stemAt(tokens, w, cues.markers)?.outsider ? NAMES_OUTSIDER : NAMES_NOTHING;
  };
  let owner = NAMES_NOTHING;
  let ownerAt = -1;
  for (let w = k + 1; w <= last; w++) {
    if (!joinedWords(tokens, w - 1, w)) return false;
    if (tokens.headKey(w, 2) === WITH) {
      // معها, معه: the other end is a pronoun, so only its owner or subject tells.
      const pronoun = tokens.headKey(w, 3) !== -1;
      if (pronoun && !withPronoun(tokens.word(w))) continue;
      if (owner === NAMES_NOTHING && outsiderSubject(mentions, tokens, cues, k)) return true;
      if (pronoun) return owner === NAMES_OUTSIDER;
      if (w + 1 >= tokens.count || !joinedWords(tokens, w, w + 1)) return false;
      const end = namedAt(w + 1);
      return owner === NAMES_OUTSIDER || end === NAMES_OUTSIDER || end === NAMES_NEITHER;
    }
    const from = w;
    const named = namedAt(w);
    w = namedEnd;
    if (named === NAMES_NOTHING) continue;
    if (ownerAt >= 0 && from === ownerAt + 1 && from <= k + 3) {
      if (owner === NAMES_OUTSIDER || named === NAMES_OUTSIDER || owner === named) return owner !== NAMES_NEITHER;
      if (owner === NAMES_NEITHER || named === NAMES_NEITHER) return true;
      return false;
    }
    if (ownerAt < 0) {
      owner = named;
      ownerAt = w;
    }
  }
  return false;
}

/** Words before a relation word where its subject may stand (الغرب سيعمل على التطبيع). */
const SUBJECT_REACH = 3;

/** مع with a pronoun after it (معها, معهم), normalized. */
const WITH_PRONOUN = /^مع(?:ه|ها|هما|هم|هن)$/;
const withPronoun = (word: string) => WITH_PRONOUN.test(normalizeArabic(word));

/**
 * An outsider stands before the relation word at k as its subject, in the
 * same run of words and with no entity named between them (قامت الإمارات
 * بتطبيع علاقتها معها, الغرب سيعمل على التطبيع مع النظام): asked only when
 * مع follows the word and no owner is named after it, so that the outsider's
 * own relation with one side is not read as the pair's.
 */
function outsiderSubject(mentions: RawMention[], tokens: ScannedText, cues: CompiledCues, k: number): boolean {
  // The last word before k that a name covers: the walk back stops there.
  const before = mentions[firstMentionFrom(mentions, k) - 1];
  const named = before ? before.to - 1 : -1;
  for (let w = k - 1; w >= Math.max(0, k - SUBJECT_REACH) && w > named; w--) {
    if (!joinedWords(tokens, w, w + 1)) return false;
    if (w === k - 1 && OPPOSING.test(tokens.word(w))) continue;
    if (outsiderAt(tokens, cues, w)) return true;
  }
  return false;
}

/** A number starts right after `from` in its sentence: digits, Eastern or
 *  Western, perhaps after spaces and الـ (تقارب الـ 30 ألفا). */
const NUMBER_AFTER = /^[ \t\u00a0]*(?:ال\u0640*[ \t\u00a0]*)?[0-9\u0660-\u0669\u06f0-\u06f9]/;
function numberAfter(source: string, from: number): boolean {
  return NUMBER_AFTER.test(source.slice(from, from + 12));
}

/** Opposing, as a verbal noun right before what is opposed (معارضة التطبيع,
 *  معارضتهم التطبيع مع دمشق, معارضته للتقارب): the act, not the opposition
 *  as a party, so no outsider subject. Normalized (ة is ه). */
const OPPOSING = /^(?:[وفب])?معارض(?:ه|ت(?:ه|ها|هم|هما|نا|كم))$/;

/** Weighted cue evidence among the scanned words, added to `into`; each
 *  relation word counted is listed in `relationWords` (its word, its
 *  weight, and 1 if it counted towards gateCue, else 0) for othersRelationWords. */
export function cueEvidence(
  tokens: ScannedText,
  cues: CompiledCues,
  weighing: Weighing,
  into: Pick<TopicEvidence, 'cue' | 'gateCue' | 'relationCue'>,
  relationWords: number[],
): void {
  for (let f = 0; f < tokens.flaggedCount; f++) {
    const k = tokens.flagged[f];
    const v = stemAt(tokens, k, cues.words);
    if (!v || !v.weight) continue;
    if (v.notAfter && inName(tokens, cues, k, v.notAfter)) continue;
    if ((v.notBefore || v.notBeforePairs) && beforeOther(tokens, cues, k, v.notBefore, v.notBeforePairs)) continue;
    if (v.travel && visitElsewhere(tokens, cues, k)) continue;
    if (v.notBeforeNumber && numberAfter(tokens.source, tokens.wordEnd(k))) continue;
    const w = v.weight * weightAt(weighing, tokens.start[k]);
    into.cue += w;
    const gate = v.weight >= GATE_WEIGHT;
    if (gate) into.gateCue += w;
    if (v.relation) {
      into.relationCue += w;
      relationWords.push(k, w, gate ? 1 : 0);
    }
  }
}

/**
 * Takes back the relation words (listed by cueEvidence) said of others
 * (بين روسيا وأوكرانيا), in a sentence dated long before the story (see
 * DatedBefore) or in the lists of other articles under the page's (see
 * Weighing.footFrom): they are cues, not the story's relation, and no sign that
 * anything happened between the parties. Looked at only where they would
 * decide the verdict, after relationEvidence: when they alone would say the
 * relation, or let the page past the rule's minCue. Most pages that have
 * them name the parties' actors and carry other cues too.
 */
export function othersRelationWords(
  compiled: CompiledPack,
  mentions: RawMention[],
  tokens: ScannedText,
  cues: CompiledCues,
  relationWords: number[],
  into: Pick<TopicEvidence, 'cue' | 'gateCue' | 'relationCue' | 'relationMentions'>,
  weighing: Weighing,
): void {
  const { relation, minCue } = compiled.pack.rule;
  if (!relation || relationWords.length === 0) return;
  let weight = 0;
  for (let i = 1; i < relationWords.length; i += 3) if (relationWords[i + 1]) weight += relationWords[i];
  const saysRelation = into.relationMentions === 0 && into.relationCue >= relation.minCue;
  const opensGate = into.gateCue - weight < minCue;
  if (!saysRelation && !opensGate) return;
  const recalled = new DatedBefore(tokens.source, compiled.pack.rule.span?.yearsBefore);
  for (let i = 0; i < relationWords.length; i += 3) {
    const k = relationWords[i];
    if (
      betweenOthers(compiled, mentions, tokens, cues, k) ||
      saidOfOutsiders(compiled, mentions, tokens, cues, k) ||
      recalled.at(tokens.start[k]) ||
      inFoot(weighing, tokens.start[k])
    ) {
      const w = relationWords[i + 1];
      into.relationCue -= w;
      into.cue -= w;
      if (relationWords[i + 2]) into.gateCue -= w;
    }
  }
}

/** Only spaces, a hyphen or a slash between two words: one phrase (التركية-السورية).
 *  A diacritic or tatweel typed after the space belongs to the next word
 *  (تقارب ٍروسي, as some writers key tanween): it is no break either. */
const JOINED = /^[ \t\u00a0\u200c-\u200f/\-\u2010-\u2015\u064b-\u065f\u0670\u0640]+$/;


/** Per entity of a compiled pack: its side in the pair (1 left, 2 right), and flags. */
interface RelationRoles {
  side: Uint8Array;
  /** 1: acts for its party (a leader, a capital); 2: a talks format; 4: a place (a capital may be only the city). */
  role: Uint8Array;
  /** Stand-in words (see RelationRule.standIns), normalized, with their side. */
  standIn: Map<string, number>;
  /** Keys (arabicKey) of the first four letters of each stand-in word, alone
   *  and after و: a cheap test before the word is read. */
  standInHeads: Set<number>;
}
const ACTOR = 1;
const FORMAT = 2;
const PLACE = 4;

/** `build`'s result for a compiled pack, made on first use and kept as long as the pack. */
function perPack<T>(build: (compiled: CompiledPack) => T): (compiled: CompiledPack) => T {
  const made = new WeakMap<CompiledPack, T>();
  return (compiled) => {
    let value = made.get(compiled);
    if (value === undefined) {
      value = build(compiled);
      made.set(compiled, value);
    }
    return value;
  };
}

const relationRoles = perPack((compiled): RelationRoles => {
  const relation = compiled.pack.rule.relation;
  const [left, right] = relation?.pair ?? ['', ''];
  const actors = new Set(relation?.actors ?? []);
  const formats = new Set(relation?.entities ?? []);
  const side = Uint8Array.from(compiled.entities, (e) => (e.groups?.includes(left) ? 1 : 0) | (e.groups?.includes(right) ? 2 : 0));
  const standIn = new Map<string, number>();
  const standInHeads = new Set<number>();
  for (const { word, entity } of relation?.standIns ?? []) {
    const at = compiled.entities.findIndex((e) => e.id === entity);
    if (at < 0 || (side[at] !== 1 && side[at] !== 2)) continue;
    const w = normalizeArabic(word).trim();
    standIn.set(w, side[at]);
    for (const head of [w, 'و' + w]) if (head.length >= HEAD) standInHeads.add(arabicKey(head.slice(0, HEAD)));
  }
  return {
    side,
    role: Uint8Array.from(compiled.entities, (e) => (actors.has(e.id) ? ACTOR : 0) | (formats.has(e.id) ? FORMAT : 0) | (e.type === 'place' ? PLACE : 0)),
    standIn,
    standInHeads,
  };
});

/** One of the two words before word k is a marker with `flag` (الحدود, نظيره). */
function markedBefore(tokens: ScannedText, cues: CompiledCues, k: number, flag: keyof MarkerValue): boolean {
  for (let j = Math.max(0, k - 2); j < k; j++) if (stemAt(tokens, j, cues.markers)?.[flag]) return true;
  return false;
}

/** A plural of people (السوريين, السوريون): what one says to them is said to people, not to their state. */
const PEOPLE = /(?:يين|يون)[\u064b-\u0652]*$/;

/** The word right before word k is one of the relation's verbs (see
 *  RelationRule.stanceVerbs): the party at k, named as a state and not as
 *  its people, is what an actor's words or deeds are aimed at (يهاجم تركيا,
 *  انتقد تركيا) or the one that says them (نفت سوريا, أعلنت تركيا). */
const namedByVerb = (tokens: ScannedText, cues: CompiledCues, k: number) =>
  k > 0 && !!stemAt(tokens, k - 1, cues.markers)?.stance && !PEOPLE.test(tokens.source.slice(tokens.start[k], tokens.wordEnd(k)));

/** Words after a pair where a word of an event may make its places (لكل من تركيا وسوريا في أعقاب الزلزال). */
const EVENT_REACH = 3;

/** One of the EVENT_REACH words after word `to` (a pair's end), in its
 *  sentence, names an event that befell the pair's places: an earthquake
 *  hits countries, it does not relate them. */
function eventAfter(tokens: ScannedText, cues: CompiledCues, to: number): boolean {
  const last = Math.min(tokens.count, to + EVENT_REACH);
  for (let j = to; j < last; j++) {
    if (!sameSentence(tokens.source, tokens.start[to - 1], tokens.start[j])) return false;
    if (stemAt(tokens, j, cues.markers)?.eventAfter) return true;
  }
  return false;
}

/** A word right before or after the mention makes another body of the party
 *  named (المعارضة السورية, الحكومة السورية المؤقتة, الائتلاف السوري): not the
 *  state, so no actor of it and no pair with it. */
function otherBodyBeside(tokens: ScannedText, cues: CompiledCues, from: number, to: number): boolean {
  return (from > 0 && !!stemAt(tokens, from - 1, cues.markers)?.otherBody) || (to < tokens.count && !!stemAt(tokens, to, cues.markers)?.otherBody);
}

/** Word k follows a relation word and its link (العلاقات مع تركيا): the
 *  party named there is the other end of a relation. */
function counterpartAt(tokens: ScannedText, cues: CompiledCues, k: number): boolean {
  if (k < 2 || cues.counterparts.stems.size === 0) return false;
  if (relationLinkAt(tokens, cues, k - 2)) return true;
  // The party named with its government between (العلاقات مع النظام السوري).
  return k >= 3 && !!stemAt(tokens, k - 1, cues.markers)?.chainLink && relationLinkAt(tokens, cues, k - 3);
}

/** Word w is a relation word and the word after it its link (علاقات مع). */
const relationLinkAt = (tokens: ScannedText, cues: CompiledCues, w: number) => stemAt(tokens, w, cues.counterparts)?.has(tokens.word(w + 1)) ?? false;

/**
 * Whether mention `a` owns a relation word and `b` is its other end: the
 * relation word right before `a`, then its link or ب before `b` (علاقات
 * تركيا مع سوريا, علاقة تركيا بسوريا, تواصل أنقرة بدمشق), or a government
 * word between (علاقة تركيا بالنظام السوري, العلاقات التركية مع النظام السوري).
 */
function ownedRelation(tokens: ScannedText, cues: CompiledCues, a: RawMention, b: RawMention): boolean {
  const noun = a.from - 1;
  if (a.skip !== 0 || b.skip > 1 || noun < 0) return false;
  const links = stemAt(tokens, noun, cues.counterparts);
  if (!links || !joinedWords(tokens, noun, b.from)) return false;
  let w = a.to;
  const bi = (k: number) => tokens.headKey(k, 1) === BI;
  if (w < tokens.count && links.has(tokens.word(w))) {
    w++;
    if (b.skip !== 0) return false;
  } else if (b.from === w) return b.skip === 1 && bi(b.from);
  else if (!bi(w)) return false;
  // The other end right there, or after its government (النظام, حكومة).
  return b.from === w ? b.skip === 0 || bi(b.from) : b.from === w + 1 && b.skip === 0 && !!stemAt(tokens, w, cues.markers)?.chainLink;
}

/** Letters of a stand-in word's head (see RelationRoles.standInHeads). */
const HEAD = 4;
/** The article, as a key of its letters. */
const ARTICLE = arabicKey(normalizeArabic('ال'));

/** Word w stands alone: no word for troops before it (قوات النظام), no word
 *  with the article right after it (النظام الدولي, النظام التركي). */
const standsAlone = (tokens: ScannedText, cues: CompiledCues, w: number) =>
  !markedBefore(tokens, cues, w, 'forces') && !(w + 1 < tokens.count && joinedWords(tokens, w, w + 1) && tokens.headKey(w + 1, 2) === ARTICLE);

/** Word w is a stand-in word of side `other`, with و before it when `withAnd`. */
function standInAt(tokens: ScannedText, roles: RelationRoles, w: number, other: number, withAnd: boolean): boolean {
  if (!roles.standInHeads.has(tokens.headKey(w, HEAD))) return false;
  const word = tokens.word(w);
  if (withAnd && !word.startsWith('و')) return false;
  return roles.standIn.get(withAnd ? word.slice(1) : word) === other;
}

/**
 * A stand-in word of side `other` (النظام) joined by و to the chain from
 * `first` to `last`, standing alone (see standsAlone): right before it
 * (النظام وتركيا) or right after it (تركيا والنظام).
 */
function standInBeside(tokens: ScannedText, cues: CompiledCues, roles: RelationRoles, other: number, first: RawMention, last: RawMention): boolean {
  if (roles.standIn.size === 0) return false;
  const before = first.from - 1;
  if (
    before >= 0 &&
    first.skip === 1 &&
    tokens.headKey(first.from, 1) === AND &&
    standInAt(tokens, roles, before, other, false) &&
    joinedWords(tokens, before, first.from) &&
    standsAlone(tokens, cues, before)
  )
    return true;
  const after = last.to;
  return after < tokens.count && standInAt(tokens, roles, after, other, true) && joinedWords(tokens, after - 1, after) && standsAlone(tokens, cues, after);
}

/** Only a conjunction may stand before a later mention of a chain: بتركيا
 *  after السوريين says where they are (السوريين بتركيا), not a pair. */
const AND = arabicKey('و');
const chainClitic = (tokens: ScannedText, m: RawMention) => m.skip === 0 || tokens.headKey(m.from, m.skip) === AND;

/** The word right before a mention with no clitic of its own names troops
 *  (قوات الأسد, وميليشيات الأسد): their owner is not acting in a relation. */
const ownsForces = (tokens: ScannedText, cues: CompiledCues, m: RawMention) =>
  m.skip === 0 && m.from > 0 && !!stemAt(tokens, m.from - 1, cues.markers)?.forces;

/** A capital with the preposition ب (بدمشق, وبأنقرة) is where something
 *  happens, not the government that acts. */
const BI = arabicKey('ب'), AND_BI = arabicKey('وب');
const inPlace = (tokens: ScannedText, m: RawMention) =>
  (m.skip === 1 && tokens.headKey(m.from, 1) === BI) || (m.skip === 2 && tokens.headKey(m.from, 2) === AND_BI);

/** Words either side of a destination within which a word of travel makes it a visit's (زيارة إلى دمشق). */
const TRAVEL_REACH = 6;

/**
 * The capital at m is where a visit goes: إلى or ل right before it (إلى
 * دمشق, لدمشق) and a word of travel (زيارة, سيزور) within TRAVEL_REACH words
 * in its sentence. A visit to one party's capital by the other's actor is
 * the relation (وصل الرئيس التركي إلى دمشق في زيارة رسمية), though the capital
 * is named as a place.
 */
function visitedCapital(tokens: ScannedText, cues: CompiledCues, mentions: RawMention[], side: Uint8Array, m: RawMention): boolean {
  if (destinationWord(tokens, m) < 0) return false;
  const { source, start } = tokens;
  for (let j = Math.max(0, m.from - TRAVEL_REACH), last = Math.min(tokens.count - 1, m.to - 1 + TRAVEL_REACH); j <= last; j++) {
    if (j >= m.from && j < m.to) continue;
    if (!stemAt(tokens, j, cues.words)?.travel) continue;
    const [a, b] = j < m.from ? [tokens.wordEnd(j), start[m.from]] : [tokens.wordEnd(m.to - 1), start[j]];
    if (!sameSentence(source, a, b)) continue;
    // Another's visit (زيارة الوفد الإيراني إلى دمشق): a third state or an outsider between the two.
    return j > m.from || !thirdPartyBetween(tokens, cues, mentions, side, j + 1, m.from);
  }
  return false;
}

/** The word that makes the mention at m a destination: its own, with ل on
 *  it (لدمشق), or إلى right before it (إلى دمشق); -1 for neither. */
function destinationWord(tokens: ScannedText, m: RawMention): number {
  if (m.skip === 1) return tokens.headKey(m.from, 1) === LAM ? m.from : -1;
  return m.skip === 0 && m.from > 0 && tokens.word(m.from - 1) === TO ? m.from - 1 : -1;
}

/** Words from `from` to before `to` name an entity of neither party or an outsider. */
function thirdPartyBetween(tokens: ScannedText, cues: CompiledCues, mentions: RawMention[], side: Uint8Array, from: number, to: number): boolean {
  for (let i = firstMentionFrom(mentions, from); i < mentions.length && mentions[i].from < to; i++) if (side[mentions[i].entity] === 0) return true;
  for (let w = from; w < to; w++) if (outsiderAt(tokens, cues, w)) return true;
  return false;
}

/** The first of a chain at `first` is where a visit goes: ل on it or إلى
 *  right before it, and a word of travel or a tour in its sentence within
 *  TRAVEL_REACH words before, or twice that with a third state or an
 *  outsider between (زيارة قام بها وزير خارجية مصر في 27 شباط الماضي، لسوريا وتركيا). */
function destinationOfVisit(tokens: ScannedText, cues: CompiledCues, mentions: RawMention[], side: Uint8Array, first: RawMention): boolean {
  // Counted from the preposition, as إلى is a word of its own.
  const at = destinationWord(tokens, first);
  if (at < 0) return false;
  for (let j = first.from - 1; j >= 0 && j >= at - 2 * TRAVEL_REACH; j--) {
    if (!sameSentence(tokens.source, tokens.wordEnd(j), tokens.start[j + 1])) return false;
    if (stemAt(tokens, j, cues.words)?.travel || VISIT.test(tokens.word(j))) return j >= at - TRAVEL_REACH || thirdPartyBetween(tokens, cues, mentions, side, j + 1, first.from);
  }
  return false;
}

/** A visit or a tour, with its clitics and owner (زيارة, بزيارة, الزيارة,
 *  زيارته, جولات), normalized (ة is ه). */
const VISIT = /^[وف]?[بل]?(?:ال)?(?:زيار|جول)(?:ه|ات|ت(?:ه|ها|هم|هما|ي|نا)|ات(?:ه|ها|هم))$/;
const LAM = arabicKey('ل');

/** Words before a word for where in which an office may stand (وزراء الخارجية في, معاوني وزراء الخارجية في). */
const OFFICE_REACH = 3;

/** A chain of parties right after a word for where (في تركيا وسوريا, شمال
 *  تركيا وسوريا, بتركيا وسوريا) names places, not a pair of states; unless
 *  an office stands just before that word: وزراء الخارجية في سورية وتركيا
 *  are the states' own ministers. */
function chainInPlace(tokens: ScannedText, cues: CompiledCues, mentions: RawMention[], side: Uint8Array, first: RawMention): boolean {
  if (inPlace(tokens, first)) return true;
  const where = first.from - 1;
  // A visit or a tour of them, maybe with a word on it between (زيارة تركيا
  // وسوريا, زيارة ميدانية لتركيا وسوريا): they are where it goes.
  if (where >= 0 && (first.skip === 0 || (first.skip === 1 && tokens.headKey(first.from, 1) === LAM))) {
    for (let w = where; w >= 0 && w >= where - 1 && joinedWords(tokens, w, first.from); w--) if (VISIT.test(tokens.word(w))) return true;
  }
  // Where a visit further back in the sentence goes (زيارة قام بها وزير
  // خارجية مصر لسوريا وتركيا): one who visits both is neither.
  if (destinationOfVisit(tokens, cues, mentions, side, first)) return true;
  if (first.skip !== 0 || where < 0 || !stemAt(tokens, where, cues.markers)?.place) return false;
  for (let j = where - 1; j >= 0 && j >= where - OFFICE_REACH; j--) {
    if (!sameSentence(tokens.source, tokens.wordEnd(j), tokens.start[j + 1])) break;
    if (stemAt(tokens, j, cues.markers)?.actorTitle) return false;
  }
  return true;
}

/** Only joiners (JOINED) between word `from` and word `to`, and between the words in between. */
function joinedWords(tokens: ScannedText, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (!JOINED.test(tokens.source.slice(tokens.wordEnd(w), tokens.start[w + 1]))) return false;
  return true;
}

/** `next` joins the chain of `prev` through one word between them: a link
 *  word with و (وتركيا والنظام السوري), the party named right after it. */
function linkedInChain(tokens: ScannedText, cues: CompiledCues, prev: RawMention, next: RawMention): boolean {
  const link = prev.to;
  return next.from === link + 1 && next.skip === 0 && tokens.headKey(link, 1) === AND && !!stemAt(tokens, link, cues.markers)?.chainLink;
}

/** Characters either side of a mention within which a year may date its sentence. */
const DATED_REACH = 150;
/** Sentences a text has looked at for their date, at most (a page made of
 *  nothing but relation words and old years is not read to its end). */
const DATED_CHECKS = 64;

/**
 * Whether the sentence around an offset of the text is dated before the
 * year: it names a year and every year it names is before (بشار الأسد ورجب
 * طيب أردوغان خلال لقاء في حلب عام 2007). A relation said there is one the
 * page recalls from long before the story, not the story's. A class, not a
 * closure, as the helpers below: one is made for every text analysed. Only
 * the sentence is read, a few hundred characters: reading the whole text
 * first for an old year cost more on most pages than the few sentences asked.
 */
class DatedBefore {
  private checks = 0;
  constructor(
    private readonly source: string,
    private readonly year: number | undefined,
  ) {}

  at(offset: number): boolean {
    if (!this.year || ++this.checks > DATED_CHECKS) return false;
    const [from, to] = sentenceAround(this.source, offset, offset, DATED_REACH);
    return distinctYearsBefore(this.source.slice(from, to), this.year) > 0;
  }
}

/**
 * sameSentence for one text, for spans that start at the last actor of a
 * side (asked again at each later mention): what is known of the sentence
 * after each side's actor is kept, so a long sentence is searched once, not
 * once a mention.
 */
class SideSentences {
  // By side: the start asked about, up to where its sentence is known to go
  // on (clear), and where it is known to end (ended, or Infinity).
  private readonly start = [-1, -1, -1];
  private readonly clear = [0, 0, 0];
  private readonly ended = [Infinity, Infinity, Infinity];
  constructor(private readonly source: string) {}

  same(k: number, from: number, to: number): boolean {
    const { start, clear, ended } = this;
    if (start[k] !== from) (start[k] = from), (clear[k] = from), (ended[k] = Infinity);
    if (to > ended[k]) return false;
    if (to <= clear[k]) return true;
    const end = sentenceEndIn(this.source, clear[k], to);
    if (end < 0) {
      clear[k] = to;
      return true;
    }
    ended[k] = end;
    return false;
  }
}

/** A line of a page's tags (كلمات دلالية: سوريا رجب طيب أردوغان …): names
 *  listed there side by side are not a relation. */
const TAG_LINE = /^[\s\u200e\u200f]*(?:(?:ال)?كلمات\s+(?:ال)?(?:دلالية|مفتاحية|دالة)|(?:ال)?وسوم|tags|keywords)\s*[:：]/i;

/** Where the tag line holding offset `at` ends, or -1 when `at` is on no
 *  tag line. Looked at only where a relation would be counted. */
function tagLineEnd(source: string, at: number): number {
  const from = source.lastIndexOf('\n', at - 1) + 1;
  if (!TAG_LINE.test(source.slice(from, from + 40))) return -1;
  const end = source.indexOf('\n', at);
  return end < 0 ? source.length : end;
}

/** Whether offsets, asked in order, are on a tag line: the end of the last
 *  one found is kept (what comes before it is on it), so a long tag line is
 *  read once. */
class TagLines {
  private end = -1;
  constructor(private readonly source: string) {}

  holds(at: number): boolean {
    return at < this.end || (this.end = Math.max(this.end, tagLineEnd(this.source, at))) > at;
  }
}

/**
 * Mentions that say the relation itself, added to `into` (it stops at the
 * first, which is all the topic rule asks):
 * - the two parties side by side, in a chain of mentions joined only by
 *   spaces and و (بين أنقرة ودمشق, روسيا وتركيا وسوريا, العلاقات التركية
 *   السورية), unless a word like الحدود comes just before the chain;
 * - actors of both parties (leaders, ministers, a capital, an office with
 *   the party's name: الرئيس التركي, نظيره السوري, or the party a relation
 *   is with: العلاقات مع تركيا) in one sentence;
 * - relation entities (a talks format, a crossing between the parties'
 *   lines), counted apart: they are older than the story, so they count only
 *   on a page dated within it, and only beside both parties named.
 * Names listed on a tag line, or before the article (Weighing.from), say
 * none of this.
 */
export function relationEvidence(
  compiled: CompiledPack,
  mentions: RawMention[],
  tokens: ScannedText,
  cues: CompiledCues,
  into: Pick<TopicEvidence, 'relationMentions' | 'formatMentions'>,
  weighing: Weighing,
): void {
  if (!compiled.pack.rule.relation || into.relationMentions > 0) return;
  const roles = relationRoles(compiled);
  const { side, role } = roles;
  const { source, start } = tokens;
  // Sentences dated long before the story recall the parties' past.
  const recalled = new DatedBefore(source, compiled.pack.rule.span?.yearsBefore);
  // Where the last actor of each side ended (index 1 and 2), -1 for none yet.
  const actorEnd = [-1, -1, -1];
  // Whether that actor is a capital, and one named as a visit's destination.
  const actorPlace = [false, false, false];
  const actorVisited = [false, false, false];
  // Mentions come in order: see TagLines.
  const tags = new TagLines(source);
  const sentences = new SideSentences(source);
  // A tag line, a line linking another article, or a sentence dated long before says no relation.
  const saysNothing = (at: number) => tags.holds(at) || inLinks(weighing, at) || recalled.at(at);
  // What comes before the article (see Weighing.from) says nothing of it,
  // nor do the lists under it (see Weighing.footFrom): a relation found there is
  // another article's, and so is every one after it.
  let first = 0;
  const bodyFrom = weighing.from ?? 0;
  while (first < mentions.length && start[mentions[first].from] < bodyFrom) first++;
  for (let i = first; i < mentions.length; ) {
    // A chain: each next mention starts on the word after the previous one.
    let chainSides = side[mentions[i].entity];
    let j = i + 1;
    while (
      j < mentions.length &&
      (mentions[j].from === mentions[j - 1].to ? chainClitic(tokens, mentions[j]) : linkedInChain(tokens, cues, mentions[j - 1], mentions[j])) &&
      joinedWords(tokens, mentions[j - 1].to - 1, mentions[j].from)
    ) {
      chainSides |= side[mentions[j].entity];
      j++;
    }
    // Two mentions at least: an entity a pack puts on both sides is not yet
    // the two of them.
    // A chain of one side with a stand-in of the other joined to it
    // (بين النظام وتركيا, تركيا والنظام): the pair too.
    const pairedByStandIn = (chainSides === 1 || chainSides === 2) && standInBeside(tokens, cues, roles, 3 - chainSides, mentions[i], mentions[j - 1]);
    if (
      ((chainSides === 3 && j - i > 1) || pairedByStandIn) &&
      !markedBefore(tokens, cues, mentions[i].from, 'pairBlocker') &&
      !otherBodyBeside(tokens, cues, mentions[i].from, mentions[j - 1].to) &&
      !eventAfter(tokens, cues, mentions[j - 1].to) &&
      !chainInPlace(tokens, cues, mentions, side, mentions[i]) &&
      !saysNothing(start[mentions[i].from])
    ) {
      if (inFoot(weighing, start[mentions[i].from])) return;
      into.relationMentions++;
      return;
    }
    for (let k = i; k < j; k++) {
      const m = mentions[k];
      const s = side[m.entity];
      if (role[m.entity] & FORMAT) into.formatMentions++;
      if (s !== 1 && s !== 2) continue;
      const at = start[m.from];
      // One party's relation with the other (علاقات تركيا مع سوريا).
      const next = mentions[k + 1];
      if (next && side[next.entity] === 3 - s && ownedRelation(tokens, cues, m, next) && !saysNothing(at)) {
        if (inFoot(weighing, at)) return;
        into.relationMentions++;
        return;
      }
      // An actor of this side already in this sentence: nothing new to learn.
      if (actorEnd[s] >= 0 && sentences.same(s, actorEnd[s], at)) continue;
      // An actor, unless it is a capital named as a place (ريف دمشق, في دمشق, بدمشق)
      // or the owner of troops (قوات الأسد); another party only under an office
      // or as the other end of a relation.
      const r = role[m.entity];
      let acts =
        r & ACTOR
          ? !ownsForces(tokens, cues, m) && (!(r & PLACE) || (!markedBefore(tokens, cues, m.from, 'place') && !inPlace(tokens, m)))
          : (markedBefore(tokens, cues, m.from, 'actorTitle') || namedByVerb(tokens, cues, m.from) || counterpartAt(tokens, cues, m.from)) &&
            !otherBodyBeside(tokens, cues, m.from, m.to);
      // A capital a visit goes to: the other end of the visitor's relation,
      // when the visitor is a person or an office, not another capital.
      const visited = !acts && (r & ACTOR) !== 0 && (r & PLACE) !== 0 && !ownsForces(tokens, cues, m) && visitedCapital(tokens, cues, mentions, side, m);
      acts ||= visited;
      if (!acts) continue;
      const other = actorEnd[3 - s];
      const twoCapitals = (visited && actorPlace[3 - s]) || (actorVisited[3 - s] && (r & PLACE) !== 0);
      if (other >= 0 && !twoCapitals && sentences.same(3 - s, other, at) && !saysNothing(at)) {
        if (inFoot(weighing, at)) return;
        into.relationMentions++;
        return;
      }
      actorEnd[s] = tokens.wordEnd(m.to - 1);
      actorPlace[s] = (r & PLACE) !== 0;
      actorVisited[s] = visited;
    }
    i = j;
  }
}

/** The groups of a pack (its entities' and its rule's) by number: summing
 *  by number costs less than a property per group and page. */
interface GroupIndex {
  names: string[];
  ofEntity: Int32Array[];
  /** The rule's weights, in the rule's order. */
  weighted: { group: number; weight: number }[];
  /** The groups the rule requires. */
  required: Int32Array;
  /** The two groups of the relation's pair (none without a pair). */
  pair: Int32Array;
}
const groupIndex = perPack((compiled): GroupIndex => {
  const { rule } = compiled.pack;
  const names = [...new Set([...compiled.entities.flatMap((e) => e.groups ?? []), ...Object.keys(rule.groupWeights), ...rule.requireGroups])];
  const number = new Map(names.map((g, i) => [g, i]));
  return {
    names,
    ofEntity: compiled.entities.map((e) => Int32Array.from(e.groups ?? [], (g) => number.get(g)!)),
    weighted: Object.entries(rule.groupWeights).map(([g, weight]) => ({ group: number.get(g)!, weight })),
    required: Int32Array.from(rule.requireGroups, (g) => number.get(g)!),
    pair: Int32Array.from(rule.relation?.pair ?? [], (g) => number.get(g) ?? -1),
  };
});

/** Room for the group evidence of a page under `compiled`. */
export const groupSums = (compiled: CompiledPack) => new Float64Array(groupIndex(compiled).names.length);

/** Room for the number of mentions of each group (see TopicEvidence.groupMentions). */
export const groupCounts = (compiled: CompiledPack) => new Int32Array(groupIndex(compiled).names.length);

/** Group evidence from entity mentions, weighted and counted, added to `into`
 *  (see groupSums, groupCounts). */
export function groupEvidence(
  compiled: CompiledPack,
  mentions: RawMention[],
  tokens: ScannedText,
  weighing: Weighing,
  into: Pick<TopicEvidence, 'groups' | 'groupMentions'>,
): void {
  const { ofEntity } = groupIndex(compiled);
  const { groups: sums, groupMentions: counts } = into;
  for (const m of mentions) {
    const groups = ofEntity[m.entity];
    if (groups.length === 0) continue;
    const w = weightAt(weighing, tokens.start[m.from]);
    if (w === 0) continue;
    for (let i = 0; i < groups.length; i++) {
      sums[groups[i]] += w;
      counts[groups[i]]++;
    }
  }
}

/** A party named once on a page that names the other this many times or
 *  more is named in passing (a short flash names each once and is not). */
const IN_PASSING_BESIDE = 4;

/** Whether one party of the pair is named only in passing (see IN_PASSING_BESIDE). */
function partyInPassing(pair: Int32Array, counts: Int32Array): boolean {
  if (pair.length !== 2 || pair[0] < 0 || pair[1] < 0) return false;
  const a = counts[pair[0]], b = counts[pair[1]];
  return (a === 1 && b >= IN_PASSING_BESIDE) || (b === 1 && a >= IN_PASSING_BESIDE);
}

const saturate = (x: number, full: number) => (full <= 0 ? 1 : Math.min(1, x / full));

/** Whether an ISO date (YYYY-MM-DD) lies within the pack's span; unknown dates do. */
function withinSpan(date: string | null | undefined, span: TopicPack['rule']['span']): boolean {
  if (!date || !span) return true;
  return date >= span.from && date <= span.to;
}

export function decideTopic(compiled: CompiledPack, evidence: TopicEvidence, isArabic: boolean): TopicVerdict {
  const { rule } = compiled.pack;
  const { weighted, required } = groupIndex(compiled);
  let score = 0;
  for (const { group, weight } of weighted) score += weight * saturate(evidence.groups[group], 2);
  score += rule.cueWeight * saturate(evidence.cue, Math.max(1, rule.minCue * 2));
  // Parties in the same news are not yet their relation (Turkey's army in
  // Syria, talks in Moscow "on the situation in Syria"); a page dated
  // outside the story is another story. Either halves the score. The talks'
  // format says the relation only on a page placed in the story: by its date
  // (from the day the format took the relation up), or, with none, by a round
  // of the talks held then.
  const otherYear = !evidence.date && !!evidence.weekday && !!rule.span && !weekdayDateWithin(evidence.weekday, rule.span.from, rule.span.to);
  const inSpan = withinSpan(evidence.date, rule.span) && !evidence.later && !evidence.earlier && !otherYear;
  const formatFrom = rule.relation?.entitiesFrom;
  const placedFormat =
    evidence.formatMentions > 0 &&
    (!!evidence.date || !!evidence.inRound) &&
    !!rule.span &&
    inSpan &&
    !(evidence.date && formatFrom && evidence.date < formatFrom);
  // A reconciliation said of others (Hamas and Damascus) on a page that
  // names Turkey once in passing is theirs, not the pair's.
  const related =
    !rule.relation ||
    (evidence.relationCue >= rule.relation.minCue && !partyInPassing(groupIndex(compiled).pair, evidence.groupMentions)) ||
    evidence.relationMentions > 0 ||
    placedFormat;
  if (!related) score /= 2;
  if (!inSpan) score /= 2;
  score = Math.round(Math.min(1, score) * 1000) / 1000;
  let groupsPresent = true;
  for (let i = 0; i < required.length; i++) if (!(evidence.groups[required[i]] >= 1)) groupsPresent = false;
  // Parties named as the two ends of a relation already say part of what
  // happens: one cue word is then enough. A talks round or a crossing, beside
  // both parties on a page placed in the story, is what happens (met, opened,
  // shelled): none is needed.
  const cueNeeded = placedFormat ? 0 : evidence.relationMentions > 0 ? Math.min(rule.minCue, 1) : rule.minCue;
  const onTopic = isArabic && groupsPresent && evidence.gateCue >= cueNeeded && score >= rule.threshold;
  return { score: isArabic ? score : 0, onTopic };
}
