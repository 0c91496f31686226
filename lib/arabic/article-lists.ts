/**
 * The lists of other articles that sites print under an article (أخبار ذات
 * صلة, اقرأ أيضاً, كلمات مفتاحية and the headlines after it): what they say
 * is those articles', not the page's. Plain text, lines as the page gives them.
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
/** Arabic words in a line that is a paragraph, not a headline: the lists
 *  under an article come after its last one. */
const PARAGRAPH_WORDS = 25;

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
    // Lines are sliced only when short enough to be a heading.
    if (to - from < HEADING_LINE && isListHeading(text.slice(from, to))) start = from;
    if (inRun && words > 0) {
      if (words >= HEADLINE_MIN_WORDS && words < BODY_LINE_WORDS && !SENTENCE_END.test(text.slice(from, to))) {
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

/** The letters a comments heading starts with (ت, ا, أ, إ), and a list heading's. */
const COMMENTS_FIRST = new Set([0x062a, 0x0627, 0x0623, 0x0625]);
const HEADING_FIRST = new Set([0x0627, 0x0623, 0x0625, 0x0622, 0x0645, 0x0634, 0x0642, 0x0643, 0x0637]);

/** The first character of text[from, to) that is not a space, as a code; -1 for none. */
function firstLetter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return c;
  }
  return -1;
}

/**
 * Where readers' comments start: the first comments heading on a line of
 * its own with a paragraph of the body above it (a menu item at the top has
 * none); the text's length when there is none.
 */
export function commentsStart(text: string): number {
  let body = false;
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from < HEADING_LINE) {
      if (body && COMMENTS_FIRST.has(firstLetter(text, from, to)) && COMMENTS_HEADING.test(text.slice(from, to))) return from;
    } else if (!body && wordsIn(text, from, to, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS) body = true;
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
const SENTENCE_END = /[.!?؟…»"”)\]]\s*$/;



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
    LINK_LINE.lastIndex = from;
    if (to - from > 4 && LINK_LINE.test(text)) out.push(from, to);
    else if (text.charCodeAt(from) === 0x23 /* # */ && HASHTAG_LINE.test(text.slice(from, to))) out.push(from, to);
    else if (to - from < HEADING_LINE && HEADING_FIRST.has(firstLetter(text, from, to))) {
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

/** Where the run of up to `most` short lines (headlines) after offset `to` ends; `to` for none. */
function shortLinesAfter(text: string, to: number, most: number): number {
  let end = to;
  for (let n = 0, next = to + 1; n < most && next < text.length; n++) {
    while (next < text.length && /[ \t\u00a0\n]/.test(text[next])) next++;
    if (next >= text.length) break;
    let lineEnd = text.indexOf('\n', next);
    if (lineEnd < 0) lineEnd = text.length;
    if (wordsIn(text, next, lineEnd, HEADLINE_WORDS) >= HEADLINE_WORDS) break;
    end = lineEnd;
    next = lineEnd + 1;
  }
  return end;
}

/** Whether offset `at` is inside one of the ranges linkLines gave. */
export function inRanges(ranges: readonly number[], at: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (at < ranges[i]) return false;
    if (at < ranges[i + 1]) return true;
  }
  return false;
}
