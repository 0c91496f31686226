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

import { locateMentions } from '@/lib/content/entity-marks';

describe('entity mentions in page text', () => {
  it('marks whole words only, with proclitics, longest first', () => {
    const text = 'قال بشار الأسد إن وأردوغان زار الأسدية. والأسد هنا.';
    const marks = locateMentions(text, new Map([['الأسد', 'assad'], ['بشار الأسد', 'assad'], ['أردوغان', 'erdogan']]));
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['بشار الأسد', 'أردوغان', 'الأسد']);
  });
  it('marks a name with digits glued before it, never one inside a longer word', () => {
    const text = '00:38أردوغان وصل. ١٧أستانا بدأت. CNNأردوغان وxأردوغان.';
    const marks = locateMentions(text, new Map([['أردوغان', 'erdogan'], ['أستانا', 'astana']]));
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['أردوغان', 'أستانا']);
    expect(marks[0].start).toBe(5);
  });
  it('caps the marks on a page with thousands of mentions', () => {
    const text = 'التقى هاكان فيدان في موسكو. '.repeat(5000);
    const marks = locateMentions(text, new Map([['هاكان فيدان', 'fidan'], ['فيدان', 'fidan'], ['موسكو', 'moscow']]));
    expect(marks.length).toBe(1500);
    expect(text.slice(marks[0].start, marks[0].end)).toBe('هاكان فيدان');
  });
});
