/**
 * The lists of other articles that sites print under an article (أخبار ذات
 * صلة, اقرأ أيضاً, كلمات مفتاحية and the headlines after it), and the works a
 * study cites (المراجع): what they say is those articles', not the page's.
 * Plain text, lines as the page gives them.
 */
import { normalizeArabic } from './normalize';

/** Headings of such lists, normalized. */
const LIST_HEADINGS = new Set(
  [
    'أحدث الأخبار', 'آخر الأخبار', 'أخبار ذات صلة', 'مقالات ذات صلة', 'مواضيع ذات صلة', 'أخبار متعلقة', 'مقالات متعلقة',
    'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'شاهد أيضا', 'شاهد أيضاً', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر شعبية', 'الأكثر تداولا', 'الأكثر تداولاً',
    'اخترنا لك', 'المزيد من الأخبار', 'قد يعجبك أيضا', 'قد يهمك أيضا', 'قد يهمك',
    'أخبار ذات علاقة', 'مقالات ذات علاقة', 'مواضيع ذات علاقة', 'مواضيع متعلقة', 'موضوعات ذات صلة', 'موضوعات متعلقة',
    'كلمات مفتاحية', 'الكلمات المفتاحية', 'كلمات دلالية', 'الكلمات الدلالية', 'الوسوم',
    // A study's or an encyclopedia's list of the works it cites.
    'المراجع', 'الهوامش', 'المراجع والهوامش', 'الهوامش والمراجع', 'المصادر والمراجع', 'المراجع والمصادر', 'قائمة المراجع',
  ].map((h) => normalizeArabic(h)),
);

/** A heading is short: a longer line is read no further. */
const HEADING_LENGTH = 40;
/** Room for the spaces and the colon around a heading on its line. */
export const HEADING_LINE = HEADING_LENGTH + 8;

/** Whether a line (as printed) is such a heading: short, alone on its line, a colon or dots after it allowed. */
export function isListHeading(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length < HEADING_LENGTH && LIST_HEADINGS.has(normalizeArabic(trimmed.replace(/[:：.…]+$/, '').trim()));
}

/** Arabic words in a line of an article's body: a heading with none such
 *  above it heads a ticker at the top, not a list under the body. */
export const BODY_LINE_WORDS = 15;
/** Words in a line that is a paragraph, not a headline: the lists under an
 *  article come after its last one, and a headline comes before its first. */
export const PARAGRAPH_WORDS = 25;

/** Where the line holding offset `at` of `text` starts and ends (its line break excluded). */
export function lineAround(text: string, at: number): { from: number; to: number } {
  const to = text.indexOf('\n', at);
  return { from: text.lastIndexOf('\n', at) + 1, to: to < 0 ? text.length : to };
}

/** Arabic words in text[from, to), counting no further than `limit`. */
function wordsIn(text: string, from: number, to: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < limit; i++) {
    const c = text.charCodeAt(i);
    const letter = c >= 0x0621 && c <= 0x064a;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** Arabic words in a line, counting no further than `limit`. */
export const arabicWordsUpTo = (line: string, limit: number) => wordsIn(line, 0, line.length, limit);

/**
 * Where the lists under the article start: the first list heading on a line
 * of its own after the body's last paragraph (a heading between two
 * paragraphs, اقرأ أيضاً with one headline, is inside the body). The text's
 * length when there is none. Read from the end: only the foot is read.
 */
export function footListsStart(text: string): number {
  // Readers' comments end the article whatever they hold; the lists are looked for above them.
  const end = commentsStart(text);
  let start = end;
  // Headlines printed without a heading: the run of them at the very end.
  let headlines = 0, headlinesFrom = end, inRun = true;
  let to = end;
  while (to >= 0) {
    const from = text.lastIndexOf('\n', to - 1) + 1;
    const words = wordsIn(text, from, to, PARAGRAPH_WORDS);
    if (words >= PARAGRAPH_WORDS) return start < end ? start : headlines >= FOOT_HEADLINES ? headlinesFrom : start;
    // Lines are read further only when their first word may start a heading.
    if (to - from < HEADING_LINE && mayStartLabel(text, from, to) && HEADING_WORDS.has(firstWord(text, from, to)) && isListHeading(text.slice(from, to))) start = from;
    if (inRun && words > 0) {
      if (words >= HEADLINE_MIN_WORDS && words < BODY_LINE_WORDS && !endsSentence(text, from, to)) {
        headlines++;
        headlinesFrom = from;
      } else inRun = false;
    }
    if (from === 0) break;
    to = from - 1;
  }
  // No paragraph above: a list over a ticker or a menu, not under an article.
  return end;
}

/** A heading of readers' comments, alone on its line (التعليقات, تعليقات
 *  القراء (3), أضف تعليقاً, اترك تعليقاً). */
const COMMENTS_HEADING = /^[ \t\u00a0]*(?:(?:ال)?تعليقات(?:[ \t\u00a0]+(?:ال)?(?:قراء|زوار|فيسبوك))?|[أا]ضف[ \t\u00a0]+تعليق[اًا]*|اترك[ \t\u00a0]+تعليق[اًا]*|[أا]كتب[ \t\u00a0]+تعليق[اًا]*)[ \t\u00a0]*[:：]?[ \t\u00a0]*(?:[(（][0-9\u0660-\u0669]+[)）])?[ \t\u00a0]*$/;

/** The first words of the labels of a link line (LINK_LINE) and of list headings (isListHeading), as written. */
const LINK_WORDS = new Set(['اقرأ', 'إقرأ', 'أقرأ', 'اقرا', 'إقرا', 'اقراء', 'إقراء', 'شاهد', 'طالع', 'تابع', 'أخبار', 'اخبار', 'مقالات', 'مواضيع', 'موضوعات', 'الوسوم', 'وسوم', 'كلمات', 'الكلمات', 'بالفيديو', 'فيديو']);
const HEADING_WORDS = new Set([
  ...LINK_WORDS, 'أحدث', 'احدث', 'آخر', 'اخر', 'الأكثر', 'الاكثر', 'اخترنا', 'المزيد', 'قد', 'المراجع', 'الهوامش', 'المصادر', 'قائمة',
]);

/** The first two letters of every label's first word (see LINK_WORDS, HEADING_WORDS), as one number each; and '#'. */
const LABEL_HEADS = new Set([...LINK_WORDS, ...HEADING_WORDS].map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));
/** After ال, the third and fourth letters of those that start so (الأكثر, الوسوم, الكلمات, المزيد): most lines start with ال. */
const AL = 0x0627 * 0x10000 + 0x0644;
const AL_NEXT = new Set([...LINK_WORDS, ...HEADING_WORDS].filter((w) => w.startsWith('ال')).map((w) => w.charCodeAt(2) * 0x10000 + w.charCodeAt(3)));

/** Whether the line text[from, to) may start with a label's first word or a hashtag: a cheap test before the word is cut out. */
function mayStartLabel(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && LEADING.has(text.charCodeAt(i))) i++;
  if (i >= to - 1) return false;
  const c = text.charCodeAt(i);
  if (c === 0x23) return true;
  const head = c * 0x10000 + text.charCodeAt(i + 1);
  return head === AL ? i + 3 < to && AL_NEXT.has(text.charCodeAt(i + 2) * 0x10000 + text.charCodeAt(i + 3)) : LABEL_HEADS.has(head);
}

/** Characters that may stand before a label: spaces and bullets. */
const LEADING = new Set([0x20, 0x09, 0xa0, 0xab, 0x22, 0x201c, 0x2a, 0x2022, 0x2d]);
/** Characters that end a label's first word: spaces, a colon, a bar, a dash, a full stop. */
const WORD_END = new Set([0x20, 0x09, 0xa0, 0x3a, 0xff1a, 0x7c, 0x2d, 0x2e, 0x0d]);

/** The first word of text[from, to) after spaces and a bullet, up to a space
 *  or a colon ('#' for a hashtag); '' when longer than a label's. */
function firstWord(text: string, from: number, to: number): string {
  let i = from;
  while (i < to && LEADING.has(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x23) return '#';
  let j = i;
  while (j < to && j - i <= 9 && !WORD_END.has(text.charCodeAt(j))) j++;
  return j - i > 9 ? '' : text.slice(i, j);
}

/**
 * Where readers' comments start: the first comments heading on a line of
 * its own with a paragraph of the body above it (a menu item at the top has
 * none); the text's length when there is none.
 */
export function commentsStart(text: string): number {
  // Every heading of comments holds this word (تعليقات, تعليقاً): only its lines are looked at.
  let bodyFrom = -1;
  for (let at = text.indexOf('تعليق'); at >= 0; at = text.indexOf('تعليق', at + 1)) {
    const { from, to } = lineAround(text, at);
    if (to - from >= HEADING_LINE || !COMMENTS_HEADING.test(text.slice(from, to))) continue;
    if (bodyFrom < 0) bodyFrom = firstParagraph(text);
    if (bodyFrom < from) return from;
  }
  return text.length;
}

/** Where the first paragraph of `text` (PARAGRAPH_WORDS words or more on a line) starts; the text's length for none. */
function firstParagraph(text: string): number {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from >= HEADING_LINE && wordsIn(text, from, to, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS) return from;
    from = to + 1;
  }
  return text.length;
}

/** Headlines in a row at the end of a text, after its last paragraph, that
 *  make a list of other articles without a heading. */
const FOOT_HEADLINES = 2;
/** Arabic words a headline has at least (a source line, المصدر: وكالات, has fewer). */
const HEADLINE_MIN_WORDS = 4;
/** How a sentence of the body ends; a headline does not. */
const SENTENCE_END = new Set([...'.!?؟…»"”)]'].map((c) => c.charCodeAt(0)));

/** Whether text[from, to) ends with a sentence's end, spaces after it aside. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && BLANK.has(text.charCodeAt(i))) i--;
  return i >= from && SENTENCE_END.has(text.charCodeAt(i));
}

/**
 * A line inside the body that prints another article's headline after a
 * "read also" label on the same line (اقرأ أيضاً: أردوغان يلتقي …, شاهد أيضا
 * - …, أخبار ذات صلة | …), the page's tags after their label (الوسوم: تركيا
 * سوريا …), or a video's (شاهد: …, فيديو | …): what it names is those
 * articles', the site's index or the video's, not what the page says. The
 * label must be followed by a colon, a dash or a bar (a video's by a colon
 * or a bar), so a sentence that opens with the words is not one.
 */
const LINK_LINE = /[ \t\u00a0]*[«"“*•-]?[ \t\u00a0]*(?:(?:[اإأ]قر[أا][ؤء]?|شاهد|طالع|تابع)[ \t\u00a0]+[أا]يض[اً]+|(?:[أا]خبار|مقالات|مواضيع|موضوعات)[ \t\u00a0]+(?:ذات[ \t\u00a0]+(?:صلة|علاقة)|متعلقة)|(?:ال)?وسوم|(?:ال)?كلمات[ \t\u00a0]+(?:ال)?(?:مفتاحية|دلالية|دالة))[ \t\u00a0]*[:：|\-–—]|[ \t\u00a0]*(?:شاهد(?:[ \t\u00a0]+بال(?:فيديو|صور))?|بالفيديو|فيديو)[ \t\u00a0]*[:：|]/y;

/** A line of hashtags only (#تركيا #سوريا #التطبيع): the site's index, two or more. */
const HASHTAG_LINE = /^[ \t\u00a0]*#[^\s#]+(?:[ \t\u00a0]+#[^\s#]+)+[ \t\u00a0]*$/;

/** A "read also" label alone on its line (اقرأ أيضاً, شاهد أيضا:): the next line is the linked headline. */
const LINK_LABEL = /^[ \t\u00a0]*[«"“*•-]?[ \t\u00a0]*(?:[اإأ]قر[أا][ؤء]?|شاهد|طالع)[ \t\u00a0]+[أا]يض[اً]+[ \t\u00a0]*[:：.…]*[ \t\u00a0]*$/;

/** Arabic words a linked headline has at most: a longer line is the body's. */
const HEADLINE_WORDS = 15;
/** Headlines a list heading inside the body (الأكثر قراءة …) covers at most. */
const LIST_LINES = 8;

/**
 * The lines of `text` that are such links (see LINK_LINE), and the lists
 * printed inside the body under a heading of their own (see isListHeading):
 * the heading and the short lines after it, one for a "read also" label
 * (LINK_LABEL), up to LIST_LINES for others. As [from, to) offset pairs in
 * order; empty for none. Only each line's start is tried.
 */
export function linkLines(text: string): number[] {
  const out: number[] = [];
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    // Most lines start with none of the labels' first words: they are let go after a look at two letters.
    const word = to - from < 2 || !mayStartLabel(text, from, to) ? '' : firstWord(text, from, to);
    if (word === '#') {
      if (HASHTAG_LINE.test(text.slice(from, to))) out.push(from, to);
    } else if (LINK_WORDS.has(word) && ((LINK_LINE.lastIndex = from), LINK_LINE.test(text))) out.push(from, to);
    else if (to - from < HEADING_LINE && HEADING_WORDS.has(word)) {
      const line = text.slice(from, to);
      const label = LINK_LABEL.test(line);
      if (label || isListHeading(line)) {
        to = shortLinesAfter(text, to, label ? 1 : LIST_LINES);
        out.push(from, to);
      }
    }
    from = to + 1;
  }
  return out;
}

/** Where the run of up to `most` short lines (headlines) after offset `to` ends, blank lines skipped; `to` for none. */
function shortLinesAfter(text: string, to: number, most: number): number {
  let end = to;
  for (let n = 0, next = to + 1; n < most && next < text.length; n++) {
    while (next < text.length && BLANK.has(text.charCodeAt(next))) next++;
    if (next >= text.length) break;
    let lineEnd = text.indexOf('\n', next);
    if (lineEnd < 0) lineEnd = text.length;
    if (wordsIn(text, next, lineEnd, HEADLINE_WORDS) >= HEADLINE_WORDS) break;
    end = lineEnd;
    next = lineEnd + 1;
  }
  return end;
}

/** Spaces and line breaks between lines. */
const BLANK = new Set([0x20, 0x09, 0xa0, 0x0a, 0x0d]);

/** Whether offset `at` is inside one of the ranges linkLines gave. */
export function inRanges(ranges: readonly number[], at: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (at < ranges[i]) return false;
    if (at < ranges[i + 1]) return true;
  }
  return false;
}
