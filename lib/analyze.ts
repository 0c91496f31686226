/**
 * Page analysis: the one entry point the extension and the CLIs share.
 * Text in, verdict out: language, article-ness, date, topic, entities.
 */
import { firstAtLeast } from './sorted';
import { buildScanner, scanBuffers, scanText, type ScanBuffers, type ScannedText, type Scanner } from './arabic/scan';
import { arabicShare, type ScriptShare } from './arabic/script';
import { isSpace } from './arabic/tokenize';
import { footListsStart, HEADING_LINE, isListHeading, lineAround, linkLines, PARAGRAPH_WORDS } from './arabic/article-lists';
import { type DateInText, dateFromUrl, distinctYearsBefore, firstDateInText, isDateLine, latestSinceDate, monthFromUrl, namesOnlyYearsBefore, parseMetaDate, weekdayDateInText } from './arabic/dates';
import { compilePack, countedYear, findMentions, hasEarlierSign, hasLaterSign, hasRecentEarlierEvent, hasRoundSign, type CompiledPack, type RawMention } from './topic/matcher';
import {
  compileCues,
  cueEvidence,
  decideTopic,
  groupEvidence,
  groupCounts,
  groupSums,
  TITLE_WEIGHT,
  othersRelationWords,
  relationEvidence,
  type CompiledCues,
  type TopicEvidence,
  type Weighing,
} from './topic/classify';
import type { Analysis, EntityMention, ExtractedPage, TopicPack } from './types';

export interface AnalyzerInput {
  text: string;
  title?: string;
  siteName?: string;
  publishedTime?: string | null;
  /** The page's address: a date in its path counts as the page's own when
   *  the metadata has none. */
  url?: string;
  /** Language hint from the page (<html lang>), used only for non-Arabic text. */
  langHint?: string;
  /** Extraction already decided whether this is an article. */
  isArticle?: boolean;
}

/** What the analyzer is given for an extracted page: its text and metadata. */
export function pageInput(page: ExtractedPage): AnalyzerInput {
  return {
    text: page.text,
    title: page.title,
    siteName: page.siteName,
    publishedTime: page.publishedTime,
    url: page.canonicalUrl || page.url,
    langHint: page.lang,
    isArticle: page.isArticle,
  };
}

export interface Analyzer {
  pack: TopicPack;
  analyze(input: AnalyzerInput): Analysis;
}

/** Below this share of Arabic letters a text is not Arabic. */
const ARABIC_SHARE = 0.5;
/** Characters sampled (evenly) for the share of Arabic letters. On 233
 *  documents 400 give the share within 0.006 of a 1000-character sample and
 *  the same language for every one, at under half the cost (reading the
 *  sample was a tenth of the analysis). */
const SCRIPT_SAMPLE = 400;
/** Texts shorter than this many words are snippets, not articles. */
const ARTICLE_WORDS = 120;

/** Characters at the top of a text where a date is the page's own. */
const DATELINE = 500;
/** A date that far into a paragraph that long is one its sentence recalls
 *  (انقطعت العلاقات اعتباراً من 26 مارس 2012, زار دمشق في 9 آب 2011), not
 *  the page's dateline, though near the top: datelines stand on a short
 *  line of their own or open the first paragraph. */
const RECALLED_IN_PARAGRAPH = { line: 150, at: 100 };
/** Characters at the top where a day with its weekday, but no year, is the
 *  page's: reports name the day of the news in their first paragraphs
 *  ("أمس، السبت 4 من أيلول"), often under a caption or two. */
const WEEKDAY_REACH = 1000;

/** Words' worth of scan buffers kept between analyses. */
const KEEP_WORDS = 1 << 16;

export function createAnalyzer(pack: TopicPack): Analyzer {
  const compiled = compilePack(pack);
  const cues = compileCues(pack);
  const scanner = buildScanner({ phrases: compiled.phrases, prefixes: [...cues.words.stems.keys()], shadowed: compiled.shadowed });
  // Analysis is synchronous and keeps no scan once it returns, so one set of
  // buffers for the text and one for the title serve every call.
  const engine: Engine = {
    compiled,
    cues,
    scanner,
    buffers: { text: scanBuffers(), title: scanBuffers() },
    byEntity: new Array(compiled.entities.length).fill(null),
  };
  return {
    pack,
    analyze: (input) => {
      const analysis = analyzeWith(engine, input);
      // After a huge page (or title), do not hold its word arrays (megabytes) for good.
      if (engine.buffers.text.start.length > KEEP_WORDS) engine.buffers.text = scanBuffers();
      if (engine.buffers.title.start.length > KEEP_WORDS) engine.buffers.title = scanBuffers();
      return analysis;
    },
  };
}

/** What an analyzer keeps between calls: the compiled pack and scratch space. */
interface Engine {
  compiled: CompiledPack;
  cues: CompiledCues;
  scanner: Scanner;
  buffers: { text: ScanBuffers; title: ScanBuffers };
  /** Per entity, its entry in the list being built; all null between calls. */
  byEntity: (EntityMention | null)[];
}

/** Ten Arabic letters, wherever they are in the line. */
const ARABIC_LETTERS_10 = /(?:[\u0621-\u064a][^\u0621-\u064a]*){10}/;

/** A letter of a word (Arabic, Persian or Latin): numbers, prices and
 *  slashes are no words of a headline ("34.44 ليرة تركية / يورو" has three). */
const isLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0x24f);

/** Words with a letter in a trimmed `line`, counting no further than `limit` (lines may be whole paragraphs). */
function wordsUpTo(line: string, limit: number): number {
  let n = 0;
  let lettered = false;
  for (let i = 0; i < line.length && n < limit; i++) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      if (lettered) n++;
      lettered = false;
    } else if (!lettered && isLetter(c)) lettered = true;
  }
  return lettered && n < limit ? n + 1 : n;
}

/** Lines of four words or more looked at for a title, and how far into the text. */
const TITLE_LINES = 12;
const TITLE_SEARCH = 4000;

/** The start of a text where titles are looked for (see TITLE_SEARCH). */
const titleHead = (text: string) => (text.length > TITLE_SEARCH ? text.slice(0, TITLE_SEARCH) : text);

/** The lines of `text` from offset `from` on, trimmed, empty ones skipped. */
function* linesFrom(text: string, from = 0): Generator<string> {
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    from = to + 1;
    if (line) yield line;
  }
}

/** A title for bare text: among its first lines of a headline's length, the
 *  first that reads like an Arabic headline, else the first of them, else the
 *  last step of a site's path to the page, else the first line. Shorter lines
 *  (a clock, the weather, prices, a menu), datelines of any length and a
 *  masthead are passed over without counting; a headline of three or four
 *  words counts when the page prints it twice (headline, dateline, headline). */
function firstLine(text: string): string {
  let first: string | null = null;
  let sized: string | null = null;
  let crumb: string | null = null;
  let seen = 0;
  // Lines are read as far as needed (a few after the one looked at): most
  // titles are among the first lines of a text of thousands.
  const source = linesFrom(titleHead(text));
  const lines: string[] = [];
  const have = (i: number) => {
    while (lines.length <= i) {
      const next = source.next();
      if (next.done) return false;
      lines.push(next.value);
    }
    return true;
  };
  for (let i = 0; have(i); i++) {
    have(i + 3);
    const line = lines[i];
    const words = wordsUpTo(line, 41);
    const dateline = words >= 4 && isDateLine(line);
    if (!dateline) first ??= line;
    if (dateline || MASTHEAD.test(line) || SITE_NOTICE.test(line)) continue;
    if ((words === 3 || words === 4) && ARABIC_LETTERS_10.test(line) && printedAgain(lines, i)) return line;
    if (words < 4) continue;
    if (++seen > TITLE_LINES) break;
    if (words > 40) continue;
    if (isBreadcrumb(line)) {
      crumb ??= lastStep(line);
      continue;
    }
    if (endsWithNext(lines, i)) continue;
    if (words >= 5 && ARABIC_LETTERS_10.test(line)) return headline(line);
    sized ??= line;
  }
  return headline(sized ?? crumb ?? first ?? '');
}

/** A site's notice to its reader, not a headline: cookies, signing in or up
 *  (يستخدم الموقع ملفات تعريف الارتباط, قم بالدخول أو أنشئ حساباً). */
const SITE_NOTICE = /ملفات تعريف الارتباط|الكوكيز|(?:قم ب|سجل |تسجيل )الدخول|[أا]نشئ حساب/;

/** The names of a paper's editors above its pages (رئيس التحرير …, رئيس مجلس الإدارة …). */
const MASTHEAD = /^(?:رئيس التحرير|رئيس مجلس[يى]? ال[إا]دارة|مدير التحرير)(?:\s|:|$)/;

/** Whether lines[i] is printed again two or three lines further down, with
 *  something else between (a dateline, a caption): a ticker, prices or a
 *  menu repeat themselves line after line, or carry numbers. */
function printedAgain(lines: string[], i: number): boolean {
  if (/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(lines[i]) || lines[i + 1] === lines[i]) return false;
  return lines[i + 2] === lines[i] || (lines[i + 3] === lines[i] && lines[i + 2] !== lines[i + 1]);
}

/** Whether lines[i] is a site's path written without separators, ending with
 *  the headline that follows it on a line of its own
 *  (الرئيسية صحافة حقوق الإنسان <headline>, then <headline>). */
function endsWithNext(lines: string[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && next.length >= 15 && lines[i].length > next.length && lines[i].endsWith(next);
}

/** A breadcrumb's last step: what follows its last separator. */
const lastStep = (line: string) => line.slice(Math.max(...[...'»›>/|'].map((c) => line.lastIndexOf(c))) + 1).trim() || line;

/** A site's path to the page (الرئيسية » الأخبار المحلية » headline), or a
 *  menu of its sections: the headline follows on a line of its own, as pages
 *  print it. Guillemets that close a quotation («…») are no separators. */
function isBreadcrumb(line: string): boolean {
  if (/^(?:الرئيسية|الصفحة الرئيسية|home)\s*[»›>/|]/i.test(line)) return true;
  // Hashtags (#ديالى #لبنان #البصرة), or a menu of sections (خبر عاجل | رأي و تحليل | نيوز): three or more short items.
  if (/^#\S+(?:\s+#\S+){2,}$/.test(line)) return true;
  const items = line.split('|');
  if (items.length >= 3 && items.every((item) => wordsUpTo(item.trim(), 4) <= 3)) return true;
  let open = 0, close = 0;
  for (const c of line) {
    if (c === '«' || c === '‹') open++;
    else if (c === '»' || c === '›') close++;
  }
  return close - open >= 2;
}

const headline = (t: string) => (t.length > 200 ? t.slice(0, 200) + '…' : t);

/** How much text above a headline makes it a ticker or a menu, not a lead (characters). */
const CHROME_ABOVE = 300;

/**
 * Where the article starts, when a page prints a ticker or a menu above its
 * headline: at the headline's line, if at least CHROME_ABOVE characters come
 * before it and the headline is printed twice there, as pages do (headline,
 * then caption or share card), or if a list of other articles' headlines
 * (الأكثر قراءة, أحدث الأخبار) is headed above it, or the site's path to
 * it (الرئيسية » سياسة »); else 0. A short paragraph
 * after a long lead, or a title printed once at the foot of a page, is not
 * taken for one.
 */
export function articleStart(text: string, title: string): number {
  if (title.length < 15 || title.endsWith('…')) return 0;
  const head = titleHead(text);
  const at = headlineAt(head, title);
  if (at > 0 && listAbove(head, at)) return at;
  // Its first print, a whole line or not, comes after the chrome.
  if (head.indexOf(title) < CHROME_ABOVE) return 0;
  if (at < 0) return 0;
  // Printed again within the next three lines.
  let next = 0;
  for (const line of linesFrom(head, at + title.length)) {
    if (line === title) return at;
    if (++next === 3) break;
  }
  return 0;
}

/** Whether a list heading, or a site's path or menu, stands on a line of
 *  its own before offset `at` of `head`, with no paragraph before `at`: what
 *  comes before the headline then is the site's, not the article's. A line
 *  under a paragraph is no headline (a title guessed from a list under the
 *  body may be one of its headlines). */
function listAbove(head: string, at: number): boolean {
  let listed = false;
  for (let from = 0; from < at; ) {
    let to = head.indexOf('\n', from);
    if (to < 0 || to > at) to = at;
    const line = head.slice(from, to).trim();
    if (wordsUpTo(line, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS) return false;
    if ((line.length < HEADING_LINE && isListHeading(line)) || isBreadcrumb(line)) listed = true;
    from = to + 1;
  }
  return listed;
}

/** Where `title` is first printed as a whole line of `head`, or -1. */
function headlineAt(head: string, title: string): number {
  let at = head.indexOf(title);
  while (at >= 0 && !wholeLine(head, at, at + title.length)) at = head.indexOf(title, at + 1);
  return at;
}

/** The longest line under a headline read as its dateline (characters). */
const DATELINE_LENGTH = 80;

const oneSpaced = (line: string) => line.replace(/\s+/g, ' ');

/** Whether the year at `at` stands deep in a long paragraph (see RECALLED_IN_PARAGRAPH). */
function recalledInParagraph(text: string, at: number): boolean {
  const { from, to } = lineAround(text, at);
  return to - from > RECALLED_IN_PARAGRAPH.line && at - from > RECALLED_IN_PARAGRAPH.at;
}

/**
 * The page's date when its headline comes after the first date in the text:
 * a date on the line right under the headline is the article's, the one above it
 * mostly the site's clock (الأربعاء 24 أبريل 2024 … headline … 21-12-2014).
 * A date under the headline's first print, or one a publication label
 * names, stays; one above it in a ticker of headlines (a line of
 * TICKER_WORDS words or more) is the day the page was read, no date of its own.
 */
function dateUnderHeadline(text: string, title: string, first: DateInText | null): DateInText | null {
  // A title guessed from a paragraph (a sentence, not a headline) marks nothing.
  if (!first || first.labelled || title.length < 15 || /[….]$/.test(title)) return first;
  const head = titleHead(text);
  const at = headlineAt(head, title);
  // Only a date above the headline's first print may be the clock.
  if (at < first.yearAt) return first;
  const fallback = inTicker(head, first.yearAt) ? null : first;
  // The first line under it that does not print it again.
  const again = oneSpaced(title);
  for (const line of linesFrom(head, at + title.length)) {
    if (oneSpaced(line) === again) continue;
    if (line.length > DATELINE_LENGTH) return fallback;
    const under = firstDateInText(line, DATELINE_LENGTH);
    return under && under.date !== first.date ? { date: under.date, yearAt: head.indexOf(line, at) + under.yearAt } : fallback;
  }
  return fallback;
}

/** Words of a line of headlines run together (a ticker), more than a headline has. */
const TICKER_WORDS = 40;

/** Whether offset `at` of `text` is on a line of TICKER_WORDS words or more. */
function inTicker(text: string, at: number): boolean {
  const { from, to } = lineAround(text, at);
  return wordsUpTo(text.slice(from, to), TICKER_WORDS) >= TICKER_WORDS;
}

/** A headline's end run into the next headline's first letter (القصة؟أحمد,
 *  تحديداً!!طلب, فلسطيني”أحمد): the mark of headlines strung together. Not
 *  a plain quotation mark, which also opens a quotation before its first word. */
const RUN_TOGETHER = /[\u061f?!\u201d\u00bb\u2026][\u0621-\u064a]/g;
/** Headlines run together on one line, at least, to make it a ticker. */
const TICKER_JOINTS = 2;

/**
 * Where a ticker of other articles' headlines printed above the page's
 * headline ends: past the last line before the headline's first print that
 * has TICKER_WORDS words or more and headlines run together at least
 * TICKER_JOINTS times (see RUN_TOGETHER); 0 for none. What it names (today's
 * news, "since the fall of Assad") says nothing of the page below it.
 */
export function tickerEnd(text: string, title: string): number {
  if (title.length < 15) return 0;
  const at = text.indexOf(title);
  if (at <= 0) return 0;
  let end = 0;
  for (let from = 0; from < at; ) {
    let to = text.indexOf('\n', from);
    if (to < 0 || to > at) to = at;
    const line = text.slice(from, to);
    if (wordsUpTo(line, TICKER_WORDS) >= TICKER_WORDS && (line.match(RUN_TOGETHER)?.length ?? 0) >= TICKER_JOINTS) end = to;
    from = to + 1;
  }
  return end;
}

/** Whether text[from, to) is a whole line, but for spaces around it. */
function wholeLine(text: string, from: number, to: number): boolean {
  for (let i = from - 1; i >= 0 && text.charCodeAt(i) !== 10; i--) if (!isSpace(text.charCodeAt(i))) return false;
  for (let i = to; i < text.length && text.charCodeAt(i) !== 10; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The language of a text that is not Arabic: the page's own word for it
 *  (unless that says Arabic), else Persian for Persian letters, else unknown. */
function otherLanguage(script: ScriptShare, langHint: string | undefined): string {
  const hint = langHint?.split('-')[0].toLowerCase();
  if (hint && hint !== 'ar') return hint;
  if (!script.persian || script.share < ARABIC_SHARE) return 'und';
  return script.kurdish ? 'ckb' : 'fa';
}

/** Most mentioned first, then by id. Ids are lower-case ASCII (the pack
 *  schema says so): code order is enough. */
const beforeInList = (a: EntityMention, b: EntityMention) => a.count > b.count || (a.count === b.count && a.id < b.id);

/** The entities mentioned, with their spans, in list order. */
function entityList(engine: Engine, mentions: RawMention[], tokens: ScannedText): EntityMention[] {
  const { compiled, byEntity } = engine;
  const list: EntityMention[] = [];
  const listed: number[] = [];
  for (const m of mentions) {
    let em = byEntity[m.entity];
    if (!em) {
      const e = compiled.entities[m.entity];
      em = { id: e.id, label: e.label.ar || e.label.en, count: 0, spans: [] };
      byEntity[m.entity] = em;
      list.push(em);
      listed.push(m.entity);
    }
    em.count++;
    em.spans.push([tokens.originalOffset(m.from, m.skip), m.until === undefined ? tokens.wordEnd(m.to - 1) : tokens.originalOffset(m.to - 1, m.until)]);
  }
  for (const entity of listed) byEntity[entity] = null;
  // A few dozen at most: insertion sort.
  for (let i = 1; i < list.length; i++) {
    const em = list[i];
    let j = i - 1;
    for (; j >= 0 && beforeInList(em, list[j]); j--) list[j + 1] = list[j];
    list[j + 1] = em;
  }
  return list;
}

/** Which signs of a page's time to look for (see StorySpan). */
interface SignChecks {
  later: boolean;
  earlier: boolean;
}

/** The topic evidence of a scanned text (the page's, or its separate title)
 *  and its mentions, added to `evidence`. */
function addEvidence(engine: Engine, evidence: TopicEvidence, check: SignChecks, tokens: ScannedText, mentions: RawMention[], weighing: Weighing): void {
  const { compiled, cues } = engine;
  // Signs of a page's time above its article (a ticker) are other articles'.
  const from = weighing.from ? firstAtLeast(tokens.start, tokens.count, weighing.from) : 0;
  if (check.later && !evidence.later) evidence.later = hasLaterSign(compiled, tokens, mentions, from);
  if (check.earlier && !evidence.earlier) evidence.earlier = hasEarlierSign(compiled, tokens, from) || hasRecentEarlierEvent(compiled, tokens, from);
  if (!evidence.date && !evidence.inRound) evidence.inRound = hasRoundSign(compiled, tokens, mentions);
  groupEvidence(compiled, mentions, tokens, weighing, evidence);
  const relationWords: number[] = [];
  cueEvidence(tokens, cues, weighing, evidence, relationWords);
  relationEvidence(compiled, mentions, tokens, cues, evidence, weighing);
  othersRelationWords(compiled, mentions, tokens, cues, relationWords, evidence, weighing);
}

function analyzeWith(engine: Engine, input: AnalyzerInput): Analysis {
  const { compiled, cues, scanner, buffers } = engine;
  const text = input.text ?? '';
  // Language from an even sample of the characters (see SCRIPT_SAMPLE).
  const script = arabicShare(text, SCRIPT_SAMPLE);
  const isArabic = script.arabic >= 20 && script.share >= ARABIC_SHARE && !script.persian;
  const lang = isArabic ? 'ar' : otherLanguage(script, input.langHint);
  const title = input.title?.trim() || firstLine(text);

  const tokens = scanText(text, scanner, buffers.text);
  const isArticle = input.isArticle ?? tokens.count >= ARTICLE_WORDS;
  // A date in the metadata or the address, or in the page's first lines (a
  // dateline) for the topic's span, or further down for the page's date (one
  // the story recalls may be there; it is still the best guess at when the
  // page is from).
  const ownDate = parseMetaDate(input.publishedTime) ?? dateFromUrl(input.url);
  const inText = ownDate ? null : dateUnderHeadline(text, title, firstDateInText(text));
  const dateline = inText && inText.yearAt < DATELINE && !recalledInParagraph(text, inText.yearAt) ? inText.date : null;
  const published = ownDate ?? inText?.date ?? null;
  // A month in the address (/2025/11/title) places the page for the span,
  // before any date its text prints; it is no day to show as its date.
  const ownMonth = ownDate ? null : monthFromUrl(input.url);
  const placed = ownDate ?? ownMonth;
  // A date further down may be one the story recalls, but not one after the
  // story: a page names no day later than its own.
  const span = compiled.pack.rule.span;
  const afterSpan = inText && span && inText.date > span.to ? inText.date : null;
  const spanDate = placed ?? dateline ?? afterSpan;

  let entities: EntityMention[] = [];
  let topic = { score: 0, onTopic: false };
  if (isArabic) {
    const mentions = findMentions(compiled, tokens);
    const footFrom = footListsStart(text), links = linkLines(text);
    const weighing = { length: text.length, from: Math.max(articleStart(text, title), tickerEnd(text, title)), footFrom, links, chromeFrom: Math.min(footFrom, links.length ? links[0] : footFrom) };
    const evidence: TopicEvidence = {
      groups: groupSums(compiled),
      groupMentions: groupCounts(compiled),
      cue: 0,
      gateCue: 0,
      relationCue: 0,
      relationMentions: 0,
      formatMentions: 0,
      date: spanDate,
      weekday: spanDate ? null : weekdayDateInText(text, WEEKDAY_REACH),
    };
    // Without a date in its metadata or address, what the text says may place
    // the page after the story: a date near its top may be one the story recalls.
    // A page with no date anywhere may say it is from before the story: an
    // office named with one who held it only then. So may a page of any date
    // whose every year is before the war: a history retold on a later day.
    const undated = !published && !placed;
    const pastOnly = !undated && !!span?.yearsBefore && distinctYearsBefore(text, span.yearsBefore) > 0;
    // A month in the address that holds the story's last day may be after it.
    const lastMonth = !ownDate && !!ownMonth && !!span && span.to.slice(0, 7) === ownMonth.slice(0, 7);
    const check: SignChecks = { later: (!placed || lastMonth) && !!span?.laterSigns, earlier: (undated || pastOnly) && !!(span?.earlierSigns || span?.earlierEvents) };
    // A day the text says it is written after (منذ 8 ديسمبر 2024) places it
    // after the story too, when that day ends the story or follows it.
    if (check.later && span) {
      const since = latestSinceDate(text);
      if (since && since >= span.to) evidence.later = true;
    }
    addEvidence(engine, evidence, check, tokens, mentions, weighing);
    // Or that it is about the past and no later year reaches it: a day far
    // down its text does not place it then, as it may be one the past holds.
    if (!spanDate && !evidence.earlier && span?.yearsBefore) evidence.earlier = namesOnlyYearsBefore(text, span.yearsBefore);
    // A separate title (from page metadata) weighs three times.
    if (input.title) {
      const titleTokens = scanText(input.title, scanner, buffers.title);
      addEvidence(engine, evidence, check, titleTokens, findMentions(compiled, titleTokens), TITLE_WEIGHT);
    }
    topic = decideTopic(compiled, evidence, true);
    // A page on the topic with no date that counts the years of the war it
    // reports (منذ تسع سنوات، دخلت عامها التاسع) is from then, give or take a
    // year: read only for such a page, the few that need it.
    if (topic.onTopic && undated && span?.countedFrom && !evidence.earlier && !evidence.later) {
      const year = countedYear(compiled, tokens);
      if (year !== null) {
        evidence.earlier = year + 1 < +span.from.slice(0, 4);
        evidence.later = year - 1 > +span.to.slice(0, 4);
        if (evidence.earlier || evidence.later) topic = decideTopic(compiled, evidence, true);
      }
    }

    entities = entityList(engine, mentions, tokens);
  }

  return {
    lang,
    arabicShare: Math.round(script.share * 1000) / 1000,
    isArticle,
    title,
    outlet: input.siteName?.trim() ?? '',
    published,
    topic,
    entities,
  };
}
