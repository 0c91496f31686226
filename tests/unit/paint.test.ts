import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createPainter } from '@/lib/highlights/paint';
import { buildTextIndex, rangeFromOffsets } from '@/lib/anchoring/dom-text';

describe('painting without the Highlight API (wrapping fallback)', () => {
  it('wraps the text, keeps the page text the same, and unwraps at once on removal', () => {
    const dom = new JSDOM('<body><p>قال <b>الرئيس</b> إن الاجتماع بنّاء</p></body>');
    const win = dom.window as unknown as Window & typeof globalThis;
    const painter = createPainter(win);
    expect(painter.mode).toBe('wrap');
    const before = dom.window.document.body.innerHTML;
    const index = buildTextIndex(dom.window.document.body);
    const start = index.text.indexOf('الرئيس إن');
    painter.paint('h1', rangeFromOffsets(index, start, start + 'الرئيس إن'.length)!, 'green');
    const marks = dom.window.document.querySelectorAll('hamish-mark[data-colour="green"]');
    expect([...marks].map((m) => m.textContent).join('')).toBe('الرئيس إن');
    expect(dom.window.document.body.textContent).toBe('قال الرئيس إن الاجتماع بنّاء');
    expect(painter.rangeOf('h1')?.toString()).toBe('الرئيس إن');
    painter.remove('h1');
    expect(dom.window.document.body.innerHTML).toBe(before);
    expect(painter.has('h1')).toBe(false);
  });
});
