/** Domain types shared by every part of Hamish. */

export type EntityType = 'person' | 'place' | 'state' | 'org' | 'other';

/** Words near an ambiguous alias that confirm or rule out the entity. */
export interface ContextRule {
  /** Aliases (normalized or not) this rule applies to; empty = every alias. */
  aliases?: string[];
  /** At least one of these words must appear within `window` tokens. */
  requireAny?: string[];
  /** None of these words may appear within `window` tokens. */
  forbidAny?: string[];
  /** Tokens on each side; default 6. */
  window?: number;
  /** The alias is also a given name: right before a family name (a word
   *  with ال that is no date, no attribute and no particle: تركي العمار,
   *  تركي الفيصل), it names a person, not the entity. */
  givenName?: boolean;
  /** The alias is also an adjective (a state's, as السوداني is Sudan's):
   *  written without a proclitic right after a noun with ال (رئيس الوزراء
   *  السوداني, الجيش السوداني), it describes that noun, not the entity. */
  attribute?: boolean;
}

export interface Entity {
  id: string;
  type: EntityType;
  label: { ar: string; en: string };
  aliases: string[];
  wikidata?: string;
  description: { ar?: string; en: string };
  context?: ContextRule[];
  /** Groups used by the topic rule (e.g. "turkey-side"). */
  groups?: string[];
  disabled?: boolean;
}

export interface Cue {
  /** A word stem; matches tokens that start with it after clitics. */
  stem: string;
  /** The longest stem a word starts with gives its weight; 0 takes a false
   *  friend back from a shorter stem. */
  weight: number;
  /** The word names the relation itself (تطبيع "normalization"), not just
   *  any meeting or talk. */
  relation?: boolean;
  /** Words that make it part of a name when one of them stands right before
   *  it, or up to three words before it in the sentence when it has ل: the
   *  Russian "centre for reconciliation" (مركز حميميم للمصالحة) reconciles no one. */
  notAfter?: string[];
  /** Words that, standing right after it, make it about something else:
   *  normalizing "the situation" (تطبيع الأوضاع) is not normalizing relations.
   *  An entry of two words is a word that must stand next as written, then
   *  the start of the one after it: an interview "with a channel" (لقاء مع
   *  قناة) is no meeting. */
  notBefore?: string[];
  /** A number right after it makes it another word written the same: a cost
   *  that "comes close to" four billion (بتكلفة تقارب 4 مليارات) is no
   *  rapprochement. Digits, Eastern or Western, perhaps after الـ. */
  notBeforeNumber?: boolean;
  /** A word for going somewhere (a visit): with a state outside the pair as
   *  where it goes (زيارة أردوغان إلى تونس، بالعاصمة التونسية التي يزورها),
   *  it is that state's event, not the pair's, and no cue. */
  travel?: boolean;
}

/** What says that a page is about the relation between the parties, not
 *  only about them being in the same news. */
export interface RelationRule {
  /** Weighted relation cues (see Cue.relation) that say it alone. */
  minCue: number;
  /** Two groups whose mentions side by side say it (أنقرة ودمشق). */
  pair?: [string, string];
  /** Words that make such a pair a place instead (الحدود التركية السورية). */
  pairNotAfter?: string[];
  /** Words that, a few words after such a pair in its sentence, make it the
   *  places of an event (تعرضت تركيا وسوريا إلى زلزال). */
  pairNotBefore?: string[];
  /** Entities that act for a party (leaders, ministers, a capital standing
   *  for its government): actors of both groups of the pair in one sentence say it. */
  actors?: string[];
  /** Offices that make an actor of the party named after them (الرئيس
   *  التركي, نظيره السوري, وزير الخارجية السوري). */
  actorTitles?: string[];
  /** Verbs that make an actor of the party named right after them, as an
   *  office does: verbs of what one says or does to another (هاجم, انتقد,
   *  طالب), whose party is the other end of an actor's stance (بشار الأسد
   *  يهاجم تركيا), and verbs of saying or answering (نفت, أعلنت, رحبت, رفضت),
   *  whose party is the one that speaks (نفت سوريا وجود أي اتصالات مع تركيا). */
  stanceVerbs?: string[];
  /** Two-word phrases, a relation word and "with" (علاقات مع, الحوار مع),
   *  that make the party named after them the other end of a relation: an
   *  actor, as in "Assad ... relations with Turkey". */
  counterpartAfter?: string[];
  /** Words that, with و, may link a party to a pair or list of parties
   *  (وتركيا والنظام السوري, روسيا وإيران والحكومة التركية). */
  chainLinks?: string[];
  /** Words that stand for a party's government where they stand alone
   *  beside a mention of the other party, joined to it by و (بين النظام
   *  وتركيا, تركيا والنظام): the opposition press calls the Syrian government
   *  "the regime". Not where a word with the article follows (النظام الدولي,
   *  النظام التركي), nor after a word for troops (قوات النظام). */
  standIns?: { word: string; entity: string }[];
  /** Words that make a place of an actor named right after them (ريف دمشق,
   *  مطار أنقرة, في دمشق, إلى دمشق): there a capital is a city, not its government
   *  (the preposition ب, بدمشق, says the same whatever the pack lists). Looked at
   *  before actors of type place only. */
  placeBefore?: string[];
  /** Words that make the actor named right after them the owner of troops
   *  (قوات الأسد, ميليشيات الأسد): the troops are not the actor dealing with
   *  the other party. */
  forcesBefore?: string[];
  /** Words that, right before or after a party's name, make it another body
   *  than the state (المعارضة السورية, الحكومة السورية المؤقتة): it acts for
   *  no party there and makes no pair. */
  otherBodyBeside?: string[];
  /** Names and adjectives of states and bodies outside the pair that the pack
   *  has no entity for (إسرائيل, الإسرائيلي, مصر, حماس), each the start of a
   *  word: a relation word said of one of them (التقارب التركي الإسرائيلي,
   *  تقاربها مع إسرائيل, التطبيع العربي مع سوريا) is theirs, not the pair's. */
  outsiders?: string[];
  /** Entities whose mention says it on a page dated within `span` (the
   *  Astana talks format, which is older than the story). */
  entities?: string[];
  /** The day from which `entities` say it on a dated page (YYYY-MM-DD): the
   *  format met within the span before it took the relation up. Absent: the
   *  span's first day. */
  entitiesFrom?: string;
}

export interface StorySpan {
  from: string;
  to: string;
  /** Phrases only pages from after the story use (a leader who came later,
   *  "since the fall of" a government): a page with one and no date in its
   *  metadata or address is taken to be from after the span. */
  laterSigns?: string[];
  /** Phrases that place such a page after the span when a mention of one
   *  entity follows them within the window: "since the fall of" and the
   *  fallen leader, however he is called (منذ سقوط حكومة الديكتاتور بشار
   *  الأسد). */
  laterNear?: RoundSigns;
  /** Phrases only pages from before the story use: an office with the name
   *  of one who held it only before (رئيس الوزراء التركي رجب طيب أردوغان), an
   *  office gone since (رئيس الوزراء التركي), a name only then in the news.
   *  Not one who holds it again now: the headlines sites print around an old
   *  article name today's office holders. Said of one the text calls former
   *  (الأسبق، الراحل، آنذاك) it is no sign. A page with one and no date at all
   *  is taken to be from before the span. */
  earlierSigns?: string[];
  /** Names of events before the story (a military operation of 2016–20, the
   *  Russian jet Turkey shot down in 2015).
   *  A page with no date at all that calls one recent, in a sentence that
   *  names no year (قبل أسبوع، أمس، الشهر الماضي، الجارية), is taken to be
   *  from before the span; named as history ("in 2019") it is no sign. */
  earlierEvents?: string[];
  /** A page with no date whose text names two or more different years, all
   *  before this one, is taken to be from before the span (a history, an
   *  encyclopedia's article): the story's pages name the years it recalls
   *  with later ones. */
  yearsBefore?: number;
  /** An event pages count years from (the war, begun in 2011) and its names
   *  (الحرب، النزاع، الأزمة السورية، القطيعة): a page with no date that counts
   *  its years ("the war raging for nine years", "entered its ninth year") is
   *  from that year plus the count, before or after the span when a year
   *  either side of it is too. */
  countedFrom?: { year: number; names: string[] };
  /** Phrases that place a page with no date within the span when they stand
   *  near a mention of one entity: the numbered rounds of talks that met
   *  during the story ("الجولة 21" near Astana). */
  roundSigns?: RoundSigns;
}

/** Phrases that say something when they stand near a mention of one entity. */
export interface RoundSigns {
  phrases: string[];
  /** The entity (by id) a phrase must stand near. */
  near: string;
  /** At most this many words between the phrase and the mention (default 8). */
  window?: number;
}

export interface TopicRule {
  /** Every group named here must have mentions. */
  requireGroups: string[];
  /** Weights of each group's evidence in the score. */
  groupWeights: Record<string, number>;
  /** Weight of cue words in the score. */
  cueWeight: number;
  /** Weighted cue evidence needed before a page can be on the topic (at most
   *  1 when the parties are named as the two ends of a relation), from cue
   *  words of weight 1 or more: refugees and return alone are not the story. */
  minCue: number;
  /** Score (0..1) needed to be on the topic. */
  threshold: number;
  /** Without it, every page with the groups and cues counts. */
  relation?: RelationRule;
  /** The story's dates (YYYY-MM-DD, inclusive): a page dated outside them
   *  is not on the topic. */
  span?: StorySpan;
}

export interface TopicPack {
  id: string;
  version: number;
  name: { ar: string; en: string };
  description?: { ar?: string; en: string };
  entities: Entity[];
  cues: Cue[];
  /** Phrases that look like an alias but are not one (محمود عباس without علي). */
  traps?: string[];
  /** Surnames many names end in (أوغلو), which pages also write alone. */
  surnames?: Surname[];
  rule: TopicRule;
}

/**
 * A word that ends many names (أوغلو: Çavuşoğlu, Kılıçdaroğlu, Davutoğlu),
 * which pages also write alone for the person just named (وقال أوغلو،
 * "أوغلو"). Alone, after a word of `after`, in quotes or at the head of a
 * line or clause (• أوزال أوضح), it is the one of
 * `entities` named before it, when every name before it that ends in the
 * word is that one's: not after a name the pack does not know (أحمد داود
 * أوغلو) or two of `entities`, nor further than 400 words on.
 */
export interface Surname {
  word: string;
  /** Entity ids whose names end in the word. */
  entities: string[];
  /** Words that stand right before the surname written alone (قال, أضاف, أن). */
  after?: string[];
}

export interface EntityMention {
  id: string;
  label: string;
  count: number;
  /** UTF-16 offsets into the analyzed text. */
  spans: [number, number][];
}

export interface TopicVerdict {
  score: number;
  onTopic: boolean;
}

/** What the engine says about one document. */
export interface Analysis {
  lang: string;
  arabicShare: number;
  isArticle: boolean;
  title: string;
  outlet: string;
  published: string | null;
  topic: TopicVerdict;
  entities: EntityMention[];
}

/** Main text as extracted from a page. */
export interface ExtractedPage {
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  siteName: string;
  publishedTime: string | null;
  lang: string;
  dir: string;
  /** Extraction found an article (readability succeeded with enough text). */
  isArticle: boolean;
}

/** An article the reader has visited, as stored. */
export interface Article {
  /** Canonical URL: the key that joins visits and highlights. */
  id: string;
  url: string;
  urls: string[];
  title: string;
  outlet: string;
  published: string | null;
  visitedAt: number;
  lang: string;
  onTopic: boolean;
  score: number;
  entities: { id: string; count: number }[];
  excerpt: string;
  /** Compact keyword vector: [stem, weight], strongest first. */
  keywords?: [string, number][];
  /** MinHash of the text's character 5-grams, for near-duplicates. */
  signature?: number[];
  /** The event (group of same-event coverage) the article belongs to. */
  eventId?: string;
}

export type Colour = 'yellow' | 'green' | 'blue' | 'pink' | 'orange';
export const COLOURS: Colour[] = ['yellow', 'green', 'blue', 'pink', 'orange'];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets in UTF-16 code units of the page's text content. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** CSS path to the element that contains the highlight, and offsets in its text. */
export interface RangeSelector {
  type: 'RangeSelector';
  css: string;
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export interface Highlight {
  id: string;
  articleId: string;
  url: string;
  title: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  range?: RangeSelector;
  /** The position in code points (as W3C counts), when known. */
  positionCodePoints?: { start: number; end: number };
  note: string;
  tags: string[];
  colour: Colour;
  textHash: string;
  created: number;
  modified: number;
}

/** A highlight plus where it was found on the page now. */
export interface PlacedHighlight {
  highlight: Highlight;
  /** null: could not be placed (an orphan). */
  at: { start: number; end: number; method: string } | null;
}

export interface Settings {
  key: string;
  value: unknown;
}
