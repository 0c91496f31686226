import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { anchorInText, describe as describeSel, findExact } from '@/lib/anchoring/quote';
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
