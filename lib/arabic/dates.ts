/**
 * Publication dates written in Arabic text: Levantine month names (آذار),
 * Egyptian/Gulf ones (مارس), numeric dates, Arabic-Indic digits. Works on
 * normalized text (digits already folded to 0-9, ة → ه, أ → ا).
 */
import { arabicWordsUpTo, BODY_LINE_WORDS, isListHeading } from './article-lists';
import { normalizeArabic } from './normalize';

const MONTHS: [string, number][] = [
  ['كانون الثاني', 1], ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6],
  ['تموز', 7], ['اب', 8], ['ايلول', 9], ['تشرين الاول', 10], ['تشرين الثاني', 11], ['كانون الاول', 12],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['ابريل', 4], ['مايو', 5], ['ماي', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['اغشت', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['جانفي', 1], ['فيفري', 2], ['افريل', 4], ['جوان', 6], ['جويليه', 7], ['جويلية', 7], ['اوت', 8],
];

const monthAlternation = [...new Set(MONTHS.map(([m]) => normalizeArabic(m)))]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/ /g, '\\s+'))
  .join('|');
/** A month name standing as a word of its own. */
const MONTH_WORD = new RegExp(`(?<![\u0621-\u064a])(?:${monthAlternation})(?![\u0621-\u064a])`, 'g');
const monthNumber = new Map(MONTHS.map(([m, n]) => [normalizeArabic(m).replace(/\s+/g, ' '), n]));

// "17 يونيو 2024", "14 اذار/مارس 2023" (the second name may follow a slash),
// "12/يونيو/2019" (separators for spaces). A month name is a word of its own
// (not the اب in ابواب).
const NAMED = new RegExp(
  `(?:^|[^0-9])([0-3]?[0-9])\\s*(?:[/.-]\\s*)?(?:من\\s+)?(${monthAlternation})(?![\u0621-\u064a])(?:\\s*[/(-]\\s*(?:${monthAlternation})\\)?)?\\s*(?:[,،/.-]\\s*)?((?:19|20)[0-9]{2})(?![0-9])`,
);
// The month first, as many sites print "F j, Y" in Arabic ("يونيو 20, 2021",
// "الأحد , يونيو 20 2021"): the day must stand right after the name.
const NAMED_MDY = new RegExp(
  `(?:^|[^\u0621-\u064a])(${monthAlternation})\\s+([0-3]?[0-9])\\s*[,،]?\\s*((?:19|20)[0-9]{2})(?![0-9])`,
);
// English names, as bilingual sites print them ("تاريخ النشر: 16th, July 2023",
// "July 16, 2023"); normalized text is lower case. Apart from the Arabic
// names, so that text without Latin letters never tries them.
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const englishMonth = (name: string) => ENGLISH_MONTHS.findIndex((m) => m.startsWith(name)) + 1;
const ENGLISH_NAME = `(${ENGLISH_MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})(?![a-z])`;
const ENGLISH_DMY = new RegExp(`(?:^|[^0-9])([0-3]?[0-9])(?:st|nd|rd|th)?\\s*,?\\s*${ENGLISH_NAME}\\s*,?\\s*((?:19|20)[0-9]{2})(?![0-9])`);
const ENGLISH_MDY = new RegExp(`(?:^|[^a-z])${ENGLISH_NAME}\\s+([0-3]?[0-9])(?:st|nd|rd|th)?\\s*,?\\s*((?:19|20)[0-9]{2})(?![0-9])`);
const LATIN = /[a-z]/;
// 2023/03/14 or 2023-03-14, with spaces around the separators as some sites print them (2023 / 03 / 14)
const YMD = /(?:^|[^0-9])((?:19|20)[0-9]{2}) ?[/.-] ?([01]?[0-9]) ?[/.-] ?([0-3]?[0-9])(?![0-9])/;
// 14/03/2023 or 14-03-2023 (or 14 / 03 / 2023); month first (2/20/2018,
// 12/29/2022) only where the second number cannot be a month.
const DMY = /(?:^|[^0-9])([0-3]?[0-9]) ?[/.-] ?([0-3]?[0-9]) ?[/.-] ?((?:19|20)[0-9]{2})(?![0-9])/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const twoDigits = (n: number) => (n < 10 ? '0' : '') + n;

/** YYYY-MM-DD for a real calendar day (no 31 April, 29 February only in leap years). */
function iso(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1000 || y > 9999 || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1] + (m === 2 && leap(y) ? 1 : 0)) return null;
  return `${y}-${twoDigits(m)}-${twoDigits(d)}`;
}

/** The first day of Unix time, and the day before it in the Americas: what a
 *  site prints or puts in its metadata when an article's time is missing or
 *  zero (1 يناير 1970, 1970-01-01T00:00:00Z). No news page is from then. */
function isEpochPlaceholder(date: string): boolean {
  return date === '1970-01-01' || date === '1969-12-31';
}

/** First date found in `normalized` (search its start only: dates sit near the title). */
export function findDate(normalized: string, within = 3000): string | null {
  const head = normalized.slice(0, within);
  const candidates: { at: number; date: string | null }[] = [];
  const named = NAMED.exec(head);
  if (named) {
    const month = monthNumber.get(named[2].replace(/\s+/g, ' '));
    if (month) candidates.push({ at: named.index, date: iso(+named[3], month, +named[1]) });
  }
  const mdy = NAMED_MDY.exec(head);
  if (mdy) {
    const month = monthNumber.get(mdy[1].replace(/\s+/g, ' '));
    if (month) candidates.push({ at: mdy.index, date: iso(+mdy[3], month, +mdy[2]) });
  }
  if (LATIN.test(head)) {
    const dmy = ENGLISH_DMY.exec(head);
    if (dmy) candidates.push({ at: dmy.index, date: iso(+dmy[3], englishMonth(dmy[2]), +dmy[1]) });
    const mdy = ENGLISH_MDY.exec(head);
    if (mdy) candidates.push({ at: mdy.index, date: iso(+mdy[3], englishMonth(mdy[1]), +mdy[2]) });
  }
  const ymd = YMD.exec(head);
  if (ymd) candidates.push({ at: ymd.index, date: iso(+ymd[1], +ymd[2], +ymd[3]) });
  const dmy = DMY.exec(head);
  if (dmy) candidates.push({ at: dmy.index, date: +dmy[2] > 12 ? iso(+dmy[3], +dmy[1], +dmy[2]) : iso(+dmy[3], +dmy[2], +dmy[1]) });
  const found = candidates.filter((c) => c.date).sort((a, b) => a.at - b.at);
  return found.length ? found[0].date : null;
}

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
/** A year 19xx or 20xx in Western, Arabic-Indic or Persian digits. Its
 *  literal first two digits let the regex engine skip through text fast. */
const YEAR = /(?:19|20|\u0661\u0669|\u0662\u0660|\u06f1\u06f9|\u06f2\u06f0)[0-9\u0660-\u0669\u06f0-\u06f9]{2}/g;
/** Characters before a year that a written date can span ("14 كانون الأول/ديسمبر 2023"). */
const BEFORE_YEAR = 60;
/** Characters after a year that a written date can span ("2023/03/14", "2023 / 03 / 14"). */
const AFTER_YEAR = 10;

const isAnyDigit = (c: number) => isDigit(c) || (c >= 0xff10 && c <= 0xff19);

/**
 * Whether the year at `at` can be part of a date, before normalizing its
 * surroundings: every form has a digit before the year (the day) or a
 * separator right after it, or after a space (2023/03/14, 2023 / 03 / 14). Most years in a text ("عام 2011")
 * have neither.
 */
function mayBeDate(text: string, at: number, after: number): boolean {
  const c = text.charCodeAt(text.charCodeAt(after) === 0x20 ? after + 1 : after);
  if (c === 0x2f || c === 0x2e || c === 0x2d || c === 0xff0f || c === 0xff0e || c === 0xff0d) return true;
  for (let i = Math.max(0, at - BEFORE_YEAR); i < at; i++) if (isAnyDigit(text.charCodeAt(i))) return true;
  return false;
}

/** A date found in a text, and where its year stands. */
export interface DateInText {
  date: string;
  yearAt: number;
  /** Whether a publication label (نشر بتاريخ) names it. */
  labelled?: boolean;
}

/** Characters before a date's year that may hold its label ("نُشر بتاريخ: السبت"). */
const LABEL_BEFORE = 90;
/** How far down a labelled date may still win over an earlier one: past the
 *  page's header, labelled dates belong to other articles ("related" lists). */
const LABELLED_WITHIN = 1200;
/** Where a publication label may stand, on the original text: ن and ش with
 *  marks or a tatweel between, or "published". Cheap to find; confirmed by PUBLISHED_LABEL. */
const LABEL_HINT = /\u0646[\u064b-\u0652\u0640]*\u0634|ublished/g;
/** A label that says the date is the page's own: published (نشر, النشر), not updated. */
const PUBLISHED_LABEL = /(?:^|[^\u0621-\u064a])(?:ال)?نشر(?:ت)?(?:[^\u0621-\u064a]|$)|published/;

/** Where publication labels start in text[from, to): each hint confirmed on
 *  the normalized words around it (نشاط "activity" and نشرة "bulletin" are none). */
function publicationLabels(text: string, from: number, to: number): number[] {
  const labels: number[] = [];
  const part = text.slice(from, to);
  LABEL_HINT.lastIndex = 0;
  for (let m = LABEL_HINT.exec(part); m; m = LABEL_HINT.exec(part)) {
    const at = from + m.index;
    if (PUBLISHED_LABEL.test(normalizeArabic(text.slice(Math.max(0, at - 4), at + 14)))) labels.push(at);
  }
  return labels;
}

/** Characters after a date's year within which a masthead may follow it. */
const MASTHEAD_AFTER = 140;
/** The editors' names a news site prints under the day's date at the top of
 *  every page (رئيس التحرير, رئيس مجلس الإدارة, رئيسا التحرير, مجلسي الإدارة
 *  والتحرير): that date is the site's clock, not the page's. Matched on the
 *  normalized text, where رئيس is رءيس and الإدارة is الاداره. */
const MASTHEAD = /رءيس(?:ا)? (?:ال)?تحرير|رءيس مجلس (?:ال)?اداره|مجلسي (?:ال)?اداره/;

/** A temperature (25°, 25℃): sites print the weather beside their clock,
 *  articles do not print it beside their dateline. */
const WEATHER = /[0-9\u0660-\u0669]\s?[\u00b0\u2103]|[\u00b0\u2103]\s?[0-9\u0660-\u0669]/;
const WEATHER_ALL = new RegExp(WEATHER.source, 'g');

/** The day's prayer times (الفجر 05:17 … الظهر 11:56), which sites print
 *  under their clock; matched on the normalized text. */
const PRAYER_TIMES = /الفجر[^0-9\u0660-\u0669]{0,12}[0-9\u0660-\u0669][\s\S]*الظهر[^0-9\u0660-\u0669]{0,12}[0-9\u0660-\u0669]/;

/** Characters before a date's year within which the weather may precede it
 *  (℃ 11 تركيا – 22 نوفمبر 2024). */
const WEATHER_BEFORE = 60;

/** Words (a city, the weekday, the month) that may stand between the weather and the year it precedes. */
const WEATHER_WORDS = 3;

/** A line with a letter or a digit: lines of a dash or a bullet alone,
 *  which sites print between the parts of their header, are no lines here. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The weather just before the year at `at`, on its line or the line above
 *  (past lines of a dash or a bullet alone), with no more than
 *  WEATHER_WORDS words between (℃ 11 تركيا, then 22 نوفمبر 2024): a headline
 *  or a sentence between them parts the two. */
function weatherBefore(text: string, at: number): boolean {
  const line = text.lastIndexOf('\n', at - 1);
  let above = line > 0 ? text.lastIndexOf('\n', line - 1) : -1;
  for (let end = line; above >= 0 && !HAS_WORD.test(text.slice(above + 1, end)) && at - above <= WEATHER_BEFORE; ) {
    end = above;
    above = text.lastIndexOf('\n', above - 1);
  }
  const before = text.slice(Math.max(above + 1, at - WEATHER_BEFORE), at);
  let last = -1;
  for (const m of before.matchAll(WEATHER_ALL)) last = m.index + m[0].length;
  return last >= 0 && (before.slice(last).match(/[\u0621-\u064aA-Za-z]+/g) ?? []).length <= WEATHER_WORDS;
}

/** Whether the date whose year ends at `after` is the site's clock: the
 *  weather just before or after it, or a masthead or the prayer times after it. */
function siteClock(text: string, after: number): boolean {
  if (weatherBefore(text, Math.max(0, after - 4))) return true;
  const next = text.slice(after, after + MASTHEAD_AFTER);
  if (WEATHER.test(next)) return true;
  const words = normalizeArabic(next).replace(/\s+/g, ' ');
  return MASTHEAD.test(words) || PRAYER_TIMES.test(words);
}

/** Characters before a date within which a list heading may stand over it. */
const LIST_REACH = 800;

/** Whether the year at `at` is in a list of other articles under the body:
 *  a list heading on a line of its own within LIST_REACH before it, with a
 *  line of the body above the heading. */
function inArticleList(text: string, at: number): boolean {
  const from = Math.max(0, at - LIST_REACH);
  let end = text.lastIndexOf('\n', at);
  while (end > from) {
    const start = text.lastIndexOf('\n', end - 1);
    const line = text.slice(start + 1, end).trim();
    if (isListHeading(line)) {
      return text.slice(0, Math.max(0, start)).split('\n').some((l) => arabicWordsUpTo(l, BODY_LINE_WORDS) >= BODY_LINE_WORDS);
    }
    end = start;
  }
  return false;
}

/** Marks that open and close a quotation alike ("…", “…”, and ”…” as some
 *  sites print it), and the guillemets, which open (U+00AB) and close (U+00BB). */
const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb]/g;

/** Whether the year at `at` stands inside a quotation opened earlier on its
 *  line and not closed before it: a day someone recalls in their words ("…
 *  the summit's statement of 19 July 2022 …"), not the page's. */
function inQuotation(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  let plain = 0, guillemets = 0;
  for (const m of line.matchAll(QUOTE_MARKS)) {
    if (m[0] === '\u00ab') guillemets++;
    else if (m[0] === '\u00bb') guillemets = Math.max(0, guillemets - 1);
    else plain++;
  }
  return plain % 2 === 1 || guillemets > 0;
}

/** The text a written date may span before the year at `at` (see BEFORE_YEAR). */
const beforeYear = (text: string, at: number) => text.slice(Math.max(0, at - BEFORE_YEAR), at);

/** "Since" right before a day and its month, ending where the year starts
 *  (منذ 8 ديسمبر/كانون الأول 2024, منذ الثامن من آذار 2011, منذ الـ 28 من
 *  أيلول 2017), or a few words after it, the day of what it names (منذ اندلاع
 *  الاحتجاجات في 15 آذار 2011): the text is
 *  later than that day, which is no date of its own. On the original text. */
const SINCE_BEFORE = /(?:^|[^\u0621-\u064a])منذ\s+(?:(?:[\u0621-\u064a]+\s+){1,4}(?:في|يوم)\s+|يوم\s+)?(?:ال(?:\u0640+\s*)?)?(?:[0-9\u0660-\u0669]{1,2}|[\u0621-\u064a]{3,8})\s+(?:من\s+)?[\u0621-\u064a]+(?:\s*[/(-]\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\)?)?(?:\s+[\u0621-\u064a]+)?\s*[،,]?\s*$/;

/** Whether the date whose year starts at `at` follows "since" (see SINCE_BEFORE). */
const sinceDate = (text: string, at: number) => SINCE_BEFORE.test(beforeYear(text, at));

/** A birth or a death right before a day on its line (تاريخ الميلاد: 17
 *  ديسمبر 1948، ولد في، من مواليد، توفي في): a person's day in a profile,
 *  not the page's. On the original text. */
const LIFE_BEFORE = /(?:تاريخ\s+(?:ال)?(?:ميلاد|ولاد|وفا)|(?:^|[^\u0621-\u064a])(?:و?وُ?لد|و?وُ?لِد|مواليد|و?توفي|و?تُوفي)(?![\u0621-\u064a]))[^\n.!؟?]*$/;

/** A dash after the year and the bracket closing after it, with at most
 *  a death's day between: a life's span, (26 أغسطس 1954 -) or (1 مايو 1930 - 2 يونيو 2020). */
const SPAN_AFTER = /^\s*[-\u2013\u2014]\s*[^()\n]{0,40}\)/;

/** Whether the date whose year starts at `at` is a birth or a death (see
 *  LIFE_BEFORE), or one end of a life's span in brackets (see lifeSpan). */
const lifeDate = (text: string, at: number) => LIFE_BEFORE.test(beforeYear(text, at)) || lifeSpan(text, at);

/** A year and a dash in an open bracket before a date that the bracket closes after:
 *  the end of a life's span, (1 مايو 1930 - 2 يونيو 2020). */
const SPAN_END_BEFORE = /\([^()]*[0-9\u0660-\u0669]{4}[^()]*[-\u2013\u2014][^()\-\u2013\u2014]*$/;

/** Whether the date whose year starts at `at` opens a life's span in an
 *  open bracket (see SPAN_AFTER) or closes one (see SPAN_END_BEFORE). */
function lifeSpan(text: string, at: number): boolean {
  const after = text.slice(at + 4, at + 4 + 50);
  const before = beforeYear(text, at);
  if (/^\s*\)/.test(after)) return SPAN_END_BEFORE.test(before);
  return SPAN_AFTER.test(after) && before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** "Since" right before a bare year, or its start (منذ عام 2025, منذ بداية
 *  العام 2025, منذ مطلع 2025): the text is later than that year's first day.
 *  On the original text. */
const SINCE_YEAR_BEFORE = /(?:^|[^\u0621-\u064a])منذ\s+(?:(?:بداي[ةه]|مطلع|[أا]وائل|مستهل)\s+)?(?:(?:ال)?(?:عام|سن[ةه])\s+)?$/;

/** The latest day after "since" in the first `within` characters of `text`
 *  (منذ 8 ديسمبر 2024, or a year's first day for منذ بداية عام 2025): the
 *  text was written after it. Null for none. */
export function latestSinceDate(text: string, within = 3000): string | null {
  // Only years with a "since" just before them are read (most have none).
  let since = text.indexOf('منذ');
  if (since < 0) return null;
  let latest: string | null = null;
  const later = (date: string | null) => {
    if (date && (!latest || date > latest)) latest = date;
  };
  for (const at of yearsIn(text, within)) {
    while (since >= 0 && since + BEFORE_YEAR < at) since = text.indexOf('منذ', since + 1);
    if (since < 0) break;
    if (since >= at) continue;
    if (mayBeDate(text, at, at + 4) && sinceDate(text, at)) later(findDate(normalizeArabic(text.slice(Math.max(0, at - BEFORE_YEAR), Math.min(text.length, at + 4 + AFTER_YEAR)))));
    // A bare year, or its start: no day before it.
    if (SINCE_YEAR_BEFORE.test(beforeYear(text, at))) later(`${normalizeArabic(text.slice(at, at + 4))}-01-01`);
  }
  return latest;
}

/** Where each year starts in the first `within` characters of the original
 *  `text`: four digits of their own, not part of a longer number. */
function* yearsIn(text: string, within: number): Generator<number> {
  const head = text.length > within + AFTER_YEAR ? text.slice(0, within + AFTER_YEAR) : text;
  // A pattern of its own: the caller may scan other years while this waits.
  const years = new RegExp(YEAR.source, 'g');
  for (let m = years.exec(head); m && m.index < within; m = years.exec(head)) {
    const at = m.index, after = at + 4;
    if ((at > 0 && isDigit(text.charCodeAt(at - 1))) || (after < text.length && isDigit(text.charCodeAt(after)))) continue;
    yield at;
  }
}

/** Where each year that may end a date starts (see yearsIn, mayBeDate). */
function* dateYears(text: string, within: number): Generator<number> {
  for (const at of yearsIn(text, within)) if (mayBeDate(text, at, at + 4)) yield at;
}

/**
 * First date in the original (not normalized) `text` whose year starts in its
 * first `within` characters, past any site clock (see siteClock); a date
 * labelled as the publication date
 * (تاريخ النشر, نشر بتاريخ) wins over an earlier one without a label, which
 * on many sites is the day the page was read. Every date this reads has a
 * year of four digits (19xx or 20xx), so only the few stretches around such
 * years are normalized and searched.
 */
export function firstDateInText(text: string, within = 3000): DateInText | null {
  let first: DateInText | null = null;
  let labels: number[] | null = null;
  // Where the last date skipped ends: the next is read after it, not as it.
  let past = 0;
  for (const at of dateYears(text, within)) {
    const after = at + 4;
    const date = findDate(normalizeArabic(text.slice(Math.max(past, at - BEFORE_YEAR), Math.min(text.length, after + AFTER_YEAR))));
    past = after;
    if (!date || isEpochPlaceholder(date) || siteClock(text, after) || sinceDate(text, at) || lifeDate(text, at) || inQuotation(text, at) || inArticleList(text, at)) continue;
    // Labels before the first date label nothing.
    labels ??= publicationLabels(text, Math.max(0, at - LABEL_BEFORE), Math.min(within, LABELLED_WITHIN));
    if (labels.some((h) => h >= at - LABEL_BEFORE && h < at)) return { date, yearAt: at, labelled: true };
    first ??= { date, yearAt: at };
    // Only a label further down can still name another date.
    if (!labels.some((h) => h > at)) break;
  }
  return first;
}

/** Words a dateline prints beside its date: weekdays, Hijri months, eras,
 *  times of day and the labels around them (العدد, الموافق, آخر تحديث). */
const DATE_WORDS = new Set(
  [
    'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت',
    'محرم', 'صفر', 'ربيع', 'الاول', 'الاخر', 'الثاني', 'جمادي', 'جمادى', 'الاولى', 'الاخره', 'اول', 'اولى', 'ثاني', 'اخره', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'القعده', 'الحجه',
    'م', 'ه', 'هـ', 'ص', 'مساء', 'صباحا', 'ميلادي', 'هجري', 'الموافق', 'العدد', 'عدد', 'تاريخ', 'بتاريخ', 'النشر', 'نشر', 'اخر', 'تحديث', 'الساعه', 'في', 'من',
  ].map(normalizeArabic),
);

/** A clock's time zone, normalized: the word for "time of" and the place
 *  after it (بتوقيت القدس, بتوقيت مكة المكرمة, توقيت غرينتش). */
const TIME_ZONE = /(?<![\u0621-\u064a])ب?توقيت\s+[\u0621-\u064a]+(?:\s+المكرمه)?/g;

/** English month names, their ordinals and clocks (16th, July 2023 GMT). */
const LATIN_DATE_WORD = new RegExp(`^(?:${ENGLISH_MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')}|st|nd|rd|th|gmt|utc|am|pm)$`);

/** Four digits in a row, in any of the three digit sets. */
const FOUR_DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]{4}/;

/** Whether `line` is a dateline: a date, and none but DATE_WORDS and month
 *  names beside it (الخميس ٢٦ ديسمبر ٢٠٢٤ م، الموافق ٢٥ جمادى الآخر ١٤٤٦هـ),
 *  however many words it takes. A headline that names a day has words of its own. */
export function isDateLine(line: string): boolean {
  // Every date this reads has a year of four digits: most headlines have none.
  if (!FOUR_DIGITS.test(line)) return false;
  const normalized = normalizeArabic(line);
  if (!findDate(normalized, normalized.length)) return false;
  const words = normalized.replace(MONTH_WORD, ' ').replace(TIME_ZONE, ' ').match(/[\u0621-\u064aa-z]+/g) ?? [];
  return words.every((w) => DATE_WORDS.has(w) || DATE_WORDS.has(w.replace(/^[وف]/, '')) || LATIN_DATE_WORD.test(w));
}

export function findDateInText(text: string, within = 3000): string | null {
  return firstDateInText(text, within)?.date ?? null;
}

/** The number written by `count` ASCII digits at `at`, or -1. */
function digitsAt(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

// /2023/08/09/ or /2023-8-9-title, and /20231128/ or /20200209-title: a
// date that opens a segment of the address's path and ends at a separator.
const URL_YMD = /(?:^|\/)((?:19|20)[0-9]{2})[/-]([01]?[0-9])[/-]([0-3]?[0-9])(?=[/._-]|$)/;
const URL_COMPACT = /(?:^|\/)((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?=[/._-]|$)/;

// /19/01/2026/ or /01/09/2024/: the day first, as Arabic sites write it
// (Damascus papers among them); read month first only when the second
// number cannot be a month (/03/25/2024/).
const URL_DMY = /(?:^|\/)([0-3]?[0-9])\/([0-3]?[0-9])\/((?:19|20)[0-9]{2})(?=[/._-]|$)/;

// "july-11,-2024" in a slug (some sites end an Arabic title so): an English
// month name that no Latin letter precedes, its day, its year.
const URL_MDY = new RegExp(`(?<![a-z])${ENGLISH_NAME}[-_ ]([0-3]?[0-9])(?:st|nd|rd|th)?,?[-_ ]((?:19|20)[0-9]{2})(?![0-9])`);

/** A date written in a page's address (news sites often put the day of
 *  publication in the path), as YYYY-MM-DD. Only the path is read: numbers in
 *  the query are ids. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const path = urlPath(url);
  if (path === null) return null;
  const m = URL_YMD.exec(path) ?? URL_COMPACT.exec(path);
  if (m) return iso(+m[1], +m[2], +m[3]);
  const dmy = URL_DMY.exec(path);
  if (dmy) {
    const [a, b] = [+dmy[1], +dmy[2]];
    const date = b > 12 ? iso(+dmy[3], a, b) : iso(+dmy[3], b, a);
    if (date) return date;
  }
  const named = URL_MDY.exec(decodedPath(path).toLowerCase());
  return named ? iso(+named[3], englishMonth(named[1]), +named[2]) : null;
}

// /2025/11/title (blogs), /2009/10/488752.htm and /2016/8/1103399.html (an
// article's number after its month, written with one digit or two): the
// month of publication without its day. One or two digits next would be a
// day, which URL_YMD reads.
const URL_YM = /(?:^|\/)((?:19|20)[0-9]{2})\/(0?[1-9]|1[0-2])\/(?![0-9]{1,2}(?![0-9]))/;

/** The month an address's path says a page is from ("/2025/11/title"), as
 *  its first day YYYY-MM-01; null when the path has a whole date or none.
 *  Only good for telling which span a page falls in, not as its date. */
export function monthFromUrl(url: string | null | undefined): string | null {
  const path = urlPath(url);
  if (path === null) return null;
  const m = URL_YM.exec(path);
  return m && !URL_YMD.test(path) ? iso(+m[1], +m[2], 1) : null;
}

/** The path of an address (not its query, where numbers are ids), or null for none. */
function urlPath(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The path with its escapes undone (a comma is often %2C), or as it is if one is broken. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A date from page metadata (ISO or anything Date can read), as YYYY-MM-DD. */
export function parseMetaDate(value: string | null | undefined): string | null {
  const date = metaDate(value);
  return date && !isEpochPlaceholder(date) ? date : null;
}

function metaDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // The usual ISO value (2023-01-05T10:00:00Z) read digit by digit: a regular
  // expression and a trim cost more than the rest of a short page's analysis.
  const y = digitsAt(value, 0, 4), mo = digitsAt(value, 5, 2), d = digitsAt(value, 8, 2);
  if (y >= 0 && mo >= 0 && d >= 0 && value.charCodeAt(4) === 0x2d && value.charCodeAt(7) === 0x2d) return iso(y, mo, d);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return iso(+m[1], +m[2], +m[3]);
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

/** The value of the four digits (any of the three digit sets) at `at`. */
function yearAt(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 4; i++) {
    const c = text.charCodeAt(i);
    n = n * 10 + (c <= 0x39 ? c - 0x30 : c <= 0x0669 ? c - 0x0660 : c - 0x06f0);
  }
  return n;
}

/** Two years with a dash between, alone in a bracket: a term of office or a
 *  life (وزير الخارجية الأسبق (2002- 2003), (1930 – 2020)), which a page of
 *  any time prints beside a name. */
const YEAR_SPAN = /\(\s*[0-9\u0660-\u0669\u06f0-\u06f9]{4}\s*[-\u2013\u2014]\s*[0-9\u0660-\u0669\u06f0-\u06f9]{4}\s*\)/y;

/** Each year in `text` (19xx or 20xx, four digits standing alone, in any of
 *  the three digit sets), in order, while `visit` returns true; the years of
 *  a span in a bracket (see YEAR_SPAN) say nothing of the text's time and are skipped. */
function eachYear(text: string, visit: (year: number) => boolean): void {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const at = m.index, after = at + 4;
    if ((at > 0 && isDigit(text.charCodeAt(at - 1))) || (after < text.length && isDigit(text.charCodeAt(after)))) continue;
    if (inYearSpan(text, at)) continue;
    if (!visit(yearAt(text, at))) return;
  }
}

/** Whether the year at `at` is one end of a span in a bracket (see YEAR_SPAN). */
function inYearSpan(text: string, at: number): boolean {
  // The bracket opens at most a few spaces before the first year, or before the dash before the second.
  for (let open = at - 1; open >= 0 && at - open <= 12; open--) {
    const c = text.charCodeAt(open);
    if (c === 0x28) {
      YEAR_SPAN.lastIndex = open;
      return YEAR_SPAN.test(text);
    }
    if (c === 0x29 || c === 0x0a) return false;
  }
  return false;
}

/** Whether `text` names a year before `year`. */
export function namesYearBefore(text: string, year: number): boolean {
  let found = false;
  eachYear(text, (y) => !(found = y < year));
  return found;
}

/**
 * How many different years `text` names when every one is before `year`:
 * 0 (none, or one that is not), 1, or 2 for two or more.
 */
export function distinctYearsBefore(text: string, year: number): 0 | 1 | 2 {
  let first = -1, later = false;
  eachYear(text, (y) => {
    if (y >= year) return !(later = true);
    if (first === -1) first = y;
    else if (y !== first) first = -2;
    return true;
  });
  return later || first === -1 ? 0 : first === -2 ? 2 : 1;
}

/**
 * Whether `text` names two or more different years and every one of them is
 * before `year`: a page about the past that no later year reaches (a history
 * of two countries' relations written before the story, an encyclopedia's
 * article). One year alone says little (a page of the story may recall "the
 * agreement of 1998").
 */
export const namesOnlyYearsBefore = (text: string, year: number) => distinctYearsBefore(text, year) === 2;

/** A day written with its weekday but no year ("الأربعاء 24 من آب"). Its
 *  year is not known, but it is one of the few whose day falls on that weekday. */
export interface WeekdayDate {
  /** 0 for Sunday, as Date.getUTCDay. */
  weekday: number;
  month: number;
  day: number;
}

/** Weekday names, normalized, Sunday first. */
const WEEKDAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'];
const WEEKDAY_DATE = new RegExp(`(${WEEKDAYS.join('|')})\\s*[,،]?\\s*([0-3]?[0-9])\\s*(?:من\\s+)?(${monthAlternation})(?![\u0621-\u064a])`);

/** A weekday name as written, followed by a day in any digits: cheap to look
 *  for in the original text, and confirmed on the normalized words after it. */
const WEEKDAY_HINT = /(?:السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|الجمعه)[\s,،]*[0-9\u0660-\u0669\u06f0-\u06f9]/g;

/** The first weekday date in the first `within` characters of `text`, or null. */
export function weekdayDateInText(text: string, within: number): WeekdayDate | null {
  const head = text.length > within ? text.slice(0, within) : text;
  WEEKDAY_HINT.lastIndex = 0;
  for (let h = WEEKDAY_HINT.exec(head); h; h = WEEKDAY_HINT.exec(head)) {
    const m = WEEKDAY_DATE.exec(normalizeArabic(text.slice(h.index, h.index + 60)));
    // The site's clock says nothing of the page (see siteClock).
    if (!m || m.index !== 0 || siteClock(text, h.index + m[0].length)) continue;
    const month = monthNumber.get(m[3].replace(/\s+/g, ' '));
    const day = +m[2];
    if (month && day >= 1 && day <= 31) return { weekday: WEEKDAYS.indexOf(m[1]), month, day };
  }
  return null;
}

/** Whether the day falls on its weekday in some year that puts it between
 *  `from` and `to` (YYYY-MM-DD, inclusive). */
export function weekdayDateWithin(d: WeekdayDate, from: string, to: string): boolean {
  for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) {
    const date = iso(y, d.month, d.day);
    if (date && date >= from && date <= to && new Date(Date.UTC(y, d.month - 1, d.day)).getUTCDay() === d.weekday) return true;
  }
  return false;
}

/** Counts of years up to twenty written as words (normalized; both genders). */
const COUNT_WORDS: [string, number][] = [
  ['عامين', 2], ['سنتين', 2], ['ثلاث', 3], ['ثلاثه', 3], ['اربع', 4], ['اربعه', 4], ['خمس', 5], ['خمسه', 5], ['ست', 6], ['سته', 6],
  ['سبع', 7], ['سبعه', 7], ['ثماني', 8], ['ثمان', 8], ['ثمانيه', 8], ['تسع', 9], ['تسعه', 9], ['عشر', 10], ['عشره', 10],
  ['احدي عشره', 11], ['احد عشر', 11], ['اثنتي عشره', 12], ['اثني عشر', 12], ['اثنا عشر', 12], ['ثلاث عشره', 13], ['ثلاثه عشر', 13],
  ['اربع عشره', 14], ['اربعه عشر', 14], ['خمس عشره', 15], ['خمسه عشر', 15], ['ست عشره', 16], ['سته عشر', 16],
];
/** Ordinals of a year (its first to fifteenth), normalized. */
const ORDINAL_WORDS: [string, number][] = [
  ['الاول', 1], ['الاولي', 1], ['الثاني', 2], ['الثانيه', 2], ['الثالث', 3], ['الثالثه', 3], ['الرابع', 4], ['الرابعه', 4], ['الخامس', 5], ['الخامسه', 5],
  ['السادس', 6], ['السادسه', 6], ['السابع', 7], ['السابعه', 7], ['الثامن', 8], ['الثامنه', 8], ['التاسع', 9], ['التاسعه', 9], ['العاشر', 10], ['العاشره', 10],
  ['الحادي عشر', 11], ['الحاديه عشره', 11], ['الثاني عشر', 12], ['الثانيه عشره', 12], ['الثالث عشر', 13], ['الثالثه عشره', 13],
  ['الرابع عشر', 14], ['الرابعه عشره', 14], ['الخامس عشر', 15], ['الخامسه عشره', 15],
];
const byLength = (a: [string, number], b: [string, number]) => b[0].length - a[0].length;
const COUNT = `(?:[0-9]{1,2}|${[...COUNT_WORDS].sort(byLength).map(([w]) => w).join('|')})`;
const ORDINAL = [...ORDINAL_WORDS].sort(byLength).map(([w]) => w).join('|');
const ABOUT = '(?:(?:حوالي|نحو|قرابه|زهاء|اكثر من|ما يزيد عن|ما يزيد علي|ما يقارب|اقل من)\\s+)?';
const YEARS_UNIT = '(?:سنوات|سنين|اعوام|عاما|عام|سنه)(?![\u0621-\u064a])';
/** The most words between the event's name and what counts its years. */
const COUNT_REACH = 5;
const GAP = `(?:\\s+[^\\s.!?؟\\n]+){0,${COUNT_REACH}}?`;
// After the name: الحرب الأهلية المستعرة منذ حوالى تسع سنوات; قطيعة استمرت 11 عاما.
const COUNTED_SINCE = new RegExp(`^${GAP}\\s+(?:منذ|استمرت|استمر|دامت|دام|لمده|طيله|طوال)\\s+${ABOUT}(${COUNT})\\s+${YEARS_UNIT}`);
// After the name: الحرب التي دخلت عامها التاسع.
const COUNTED_ENTERED = new RegExp(`^${GAP}\\s+(?:دخلت|دخل|تدخل|يدخل)\\s+(?:عامها|عامه|سنتها|سنته)\\s+(${ORDINAL})(?![\u0621-\u064a])`);
// Before the name: بعد ثماني سنوات من الصراع.
const COUNTED_AFTER = new RegExp(`(?:^|\\s)(?:بعد|منذ)\\s+${ABOUT}(${COUNT})\\s+${YEARS_UNIT}\\s+(?:من\\s+)?$`);
/** Characters read after and before the name for a count. */
const COUNT_AFTER_NAME = 160;
const COUNT_BEFORE_NAME = 60;
/** A word for years as written, before normalizing (سنوات، أعوام، عاما، عامها، سنة). */
const YEARS_WORD = /سنو|سنين|عوام|عام|سن[ةهت]/;
/** Counts read as an age: fewer years fit any war, more none of the story's. */
const MIN_AGE = 5;
const MAX_AGE = 20;

/** Years a count or ordinal says, from its words or digits (normalized:
 *  Arabic-Indic digits are ASCII by then). */
function countValue(word: string, table: [string, number][]): number {
  if (/^[0-9]+$/.test(word)) return +word;
  return table.find(([w]) => w === word)?.[1] ?? NaN;
}

/**
 * The year a text says it is written in by counting the years of an event
 * begun in `from` (a war) that it names at [nameStart, nameEnd): "the civil
 * war raging for about nine years", "after eight years of conflict", "the
 * war that entered its ninth year"; null when it counts none there. Counts
 * under five years or over twenty are left alone: they fit any war, or none
 * of the story's.
 */
export function yearCountedNear(text: string, from: number, nameStart: number, nameEnd: number): number | null {
  const rawAfter = text.slice(nameEnd, nameEnd + COUNT_AFTER_NAME);
  const rawBefore = text.slice(Math.max(0, nameStart - COUNT_BEFORE_NAME), nameStart);
  // Most names of a war count no years: read on only beside a word for them.
  if (!YEARS_WORD.test(rawAfter) && !YEARS_WORD.test(rawBefore)) return null;
  const after = normalizeArabic(rawAfter);
  const before = normalizeArabic(rawBefore);
  const since = COUNTED_SINCE.exec(after);
  const entered = since ? null : COUNTED_ENTERED.exec(after);
  const counted = since || entered ? null : COUNTED_AFTER.exec(before);
  const age = since ? countValue(since[1], COUNT_WORDS) : entered ? countValue(entered[1], ORDINAL_WORDS) - 1 : counted ? countValue(counted[1], COUNT_WORDS) : NaN;
  return age >= MIN_AGE && age <= MAX_AGE ? from + age : null;
}
