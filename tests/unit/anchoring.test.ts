import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { describe as describeSel, findExact } from '@/lib/anchoring/quote';
import { TextAnchorer } from '@/lib/anchoring/anchor';

const anchorInText = (text: string, quote: Parameters<TextAnchorer['anchor']>[0]['quote'], position?: Parameters<TextAnchorer['anchor']>[0]['position']) => new TextAnchorer(text).anchor({ quote, position });
import { buildTextIndex, offsetsFromRange, rangeFromOffsets } from '@/lib/anchoring/dom-text';

const TEXT = 'قال الرئيس إن الاجتماع كان بناءً. وقال الرئيس إن الاجتماع سيتكرر قريباً في موسكو.';

describe('text selectors', () => {
  it('describes a passage with quote, prefix, suffix and position', () => {
    const start = TEXT.indexOf('سيتكرر');
    const { quote, position } = describeSel(TEXT, start, start + 6);
    expect(quote.exact).toBe('سيتكرر');
    expect(TEXT.endsWith(quote.suffix) || TEXT.includes(quote.prefix + quote.exact + quote.suffix)).toBe(true);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 6 });
  });

  it('re-anchors by position when the text is unchanged', () => {
    const start = TEXT.indexOf('موسكو');
    const { quote, position } = describeSel(TEXT, start, start + 5);
    expect(anchorInText(TEXT, quote, position)).toEqual({ start, end: start + 5, method: 'position' });
  });

  it('falls back to the exact quote and uses the context to pick among repeats', () => {
    const second = TEXT.lastIndexOf('قال الرئيس');
    const { quote, position } = describeSel(TEXT, second, second + 10);
    const edited = 'عاجل: ' + TEXT;
    const anchor = anchorInText(edited, quote, position)!;
    expect(anchor.method).toBe('quote');
    expect(anchor.start).toBe(second + 'عاجل: '.length);
  });

  it('returns null when the quote is gone (an orphan)', () => {
    const { quote, position } = describeSel(TEXT, 0, 10);
    expect(anchorInText('نص آخر تماماً', quote, position)).toBeNull();
    expect(findExact('abc', { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('DOM text index', () => {
  const dom = new JSDOM(`<body><h1>عنوان</h1><p>قال <b>الرئيس</b> إن</p><script>var x = 1</script><p>موسكو</p><hamish-ui-toolbar>ظلّل</hamish-ui-toolbar></body>`);
  const doc = dom.window.document;

  it('collects text without scripts or Hamish UI', () => {
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('عنوانقال الرئيس إنموسكو');
  });

  it('converts offsets to ranges and back across element boundaries', () => {
    const index = buildTextIndex(doc.body);
    const start = index.text.indexOf('قال الرئيس');
    const range = rangeFromOffsets(index, start, start + 'قال الرئيس'.length)!;
    expect(range.toString()).toBe('قال الرئيس');
    expect(offsetsFromRange(index, range)).toEqual({ start, end: start + 'قال الرئيس'.length });
  });

  it('handles ranges that start or end on element boundaries', () => {
    const index = buildTextIndex(doc.body);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('b')!);
    const at = offsetsFromRange(index, range)!;
    expect(index.text.slice(at.start, at.end)).toBe('الرئيس');
  });
});

import { anchorStructure, cssPath, describeStructure } from '@/lib/anchoring/structure';

describe('structural selector', () => {
  const html = `<body><header><p>قائمة</p></header><main><article><h1>عنوان</h1><p>فقرة أولى عن موسكو.</p><p>فقرة ثانية عن <b>أنقرة</b> ودمشق.</p></article></main></body>`;
  const doc = new JSDOM(html).window.document;
  const body = doc.body;

  it('describes the nearest element that holds the passage by a CSS path', () => {
    const index = buildTextIndex(body);
    const start = index.text.indexOf('عن أنقرة');
    const sel = describeStructure(index, body, start, start + 'عن أنقرة'.length)!;
    expect(sel.css).toBe('main:nth-of-type(1) > article:nth-of-type(1) > p:nth-of-type(2)');
    expect(anchorStructure(index, body, sel, { type: 'TextQuoteSelector', exact: 'عن أنقرة', prefix: '', suffix: '' })).toEqual({ start, end: start + 'عن أنقرة'.length });
  });

  it('is refused when the text at that place is no longer the quote', () => {
    const index = buildTextIndex(body);
    const start = index.text.indexOf('عن أنقرة');
    const sel = describeStructure(index, body, start, start + 8)!;
    const changed = new JSDOM(html.replace('فقرة ثانية', 'نص')).window.document;
    const idx2 = buildTextIndex(changed.body);
    expect(anchorStructure(idx2, changed.body, sel, { type: 'TextQuoteSelector', exact: 'عن أنقرة', prefix: '', suffix: '' })).toBeNull();
    expect(anchorStructure(idx2, changed.body, { ...sel, css: '!!' }, { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' })).toBeNull();
  });

  it('builds paths with nth-of-type', () => {
    expect(cssPath(doc.querySelectorAll('p')[2], body)).toBe('main:nth-of-type(1) > article:nth-of-type(1) > p:nth-of-type(2)');
  });
});

import { placeMentions, type EntityMark } from '@/lib/content/entity-marks';

/** Mentions of `forms` in `text` as the engine would give them: every whole place, or the `nth` ones. */
function mentionsIn(text: string, forms: [string, string][], only?: number[]): EntityMark[] {
  const out: EntityMark[] = [];
  for (const [form, entity] of forms)
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) out.push({ start: at, end: at + form.length, entity });
  out.sort((a, b) => a.start - b.start);
  return only ? only.map((k) => out[k]) : out;
}
const marked = (page: string, marks: EntityMark[]) => marks.map((m) => page.slice(m.start, m.end));

describe('entity mentions placed in the page text', () => {
  it('marks what the engine read as a mention, not the same word elsewhere', () => {
    const text = 'قال بشار الأسد إن الأسد ملك الغابة في الحكاية. ثم التقى الأسد بأردوغان.';
    const lion = text.indexOf('الأسد ملك');
    const later = text.indexOf('الأسد بأردوغان');
    const engine: EntityMark[] = [
      { start: text.indexOf('بشار الأسد'), end: text.indexOf('بشار الأسد') + 10, entity: 'assad' },
      { start: later, end: later + 5, entity: 'assad' },
      { start: text.indexOf('أردوغان'), end: text.indexOf('أردوغان') + 7, entity: 'erdogan' },
    ];
    const marks = placeMentions(text, engine, text);
    expect(marks.map((m) => m.start)).toEqual(engine.map((m) => m.start));
    expect(marks.some((m) => m.start === lion)).toBe(false);
  });

  it('finds mentions in the page whatever the whitespace, and leaves out page chrome the analysis did not read', () => {
    const analysed = 'أكد الرئيس التركي رجب طيب أردوغان أن تركيا مستعدة للحوار مع دمشق.';
    const page = 'الرئيسية تركيا سوريا مصر\n\n  أكد الرئيس التركي  رجب\u00a0طيب\n أردوغان أن\n تركيا مستعدة للحوار مع دمشق.\nاقرأ أيضا: تركيا تفوز';
    const marks = placeMentions(analysed, mentionsIn(analysed, [['رجب طيب أردوغان', 'erdogan'], ['تركيا', 'turkey'], ['دمشق', 'damascus']]), page);
    expect(marked(page, marks)).toEqual(['رجب\u00a0طيب\n أردوغان', 'تركيا', 'دمشق']);
    // Only the article's تركيا: not the menu's, not the "read also" link's.
    const turkey = marks.find((m) => m.entity === 'turkey')!;
    expect(page.slice(turkey.start - 4, turkey.start)).toBe('أن\n ');
  });

  it('leaves a mention unmarked when the page has neither its words nor its surroundings', () => {
    const analysed = 'قال أردوغان إن اللقاء ممكن.';
    expect(placeMentions(analysed, mentionsIn(analysed, [['أردوغان', 'erdogan']]), 'صفحة أخرى تماما')).toEqual([]);
    expect(placeMentions(analysed, mentionsIn(analysed, [['أردوغان', 'erdogan']]), 'كتب الصحفي عن أردوغان مقالا طويلا')).toEqual([]);
  });

  it('marks whole words only, with proclitics or digits glued before them', () => {
    const text = '00:38أردوغان وصل. ١٧أستانا بدأت. CNNأردوغان وxأردوغان وأردوغان زار الأسدية.';
    const engine: EntityMark[] = [
      { start: 5, end: 12, entity: 'erdogan' },
      { start: text.indexOf('أستانا'), end: text.indexOf('أستانا') + 6, entity: 'astana' },
      { start: text.indexOf('وأردوغان') + 1, end: text.indexOf('وأردوغان') + 8, entity: 'erdogan' },
    ];
    expect(marked(text, placeMentions(text, engine, text))).toEqual(['أردوغان', 'أستانا', 'أردوغان']);
    // A mention whose place in the page is inside a longer word is not marked.
    const page = text.replace('وأردوغان', 'xأردوغان');
    expect(marked(page, placeMentions(text, engine, page))).toEqual(['أردوغان', 'أستانا']);
  });

  it('places a headline the extraction put first where the page has it', () => {
    const analysed = 'أردوغان يدعو الأسد\nقال أردوغان إنه قد يدعو الأسد في أي وقت.';
    const page = 'قال أردوغان إنه قد يدعو الأسد في أي وقت.\nأردوغان يدعو الأسد';
    const marks = placeMentions(analysed, mentionsIn(analysed, [['أردوغان', 'erdogan'], ['الأسد', 'assad']]), page);
    expect(marks.length).toBe(4);
    expect(new Set(marks.map((m) => m.start)).size).toBe(4);
  });

  it('caps the marks on a page with thousands of mentions', () => {
    const text = 'التقى هاكان فيدان في موسكو. '.repeat(5000);
    const marks = placeMentions(text, mentionsIn(text, [['هاكان فيدان', 'fidan'], ['موسكو', 'moscow']]), text);
    expect(marks.length).toBe(1500);
    expect(text.slice(marks[0].start, marks[0].end)).toBe('هاكان فيدان');
  });
});
