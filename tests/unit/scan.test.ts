import { describe, expect, it } from 'vitest';
import { buildScanner, scanBuffers, scanText } from '@/lib/arabic/scan';
import { normalizeArabic } from '@/lib/arabic/normalize';

const scanner = buildScanner({
  phrases: ['بشار الاسد', 'الاسد', 'اسد', 'موسكو', 'رجب طيب اردوغان'].map(normalizeArabic),
  prefixes: ['تطبيع', 'مصالحه'],
});

/** [phrase, first word, clitic length] for every phrase found. */
function hits(text: string): [string, number, number][] {
  const t = scanText(text, scanner);
  const phrases = ['بشار الاسد', 'الاسد', 'اسد', 'موسكو', 'رجب طيب اردوغان'];
  const out: [string, number, number][] = [];
  for (let h = 0; h < t.hitCount; h++) out.push([phrases[t.hits[h * 3]], t.hits[h * 3 + 1], t.hits[h * 3 + 2]]);
  return out.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

describe('scanner', () => {
  it('finds whole phrases, across any run of spaces and punctuation, with diacritics and tatweel', () => {
    expect(hits('التقى بشّار  الأسد في مـوسكو')).toEqual([
      ['بشار الاسد', 1, 0],
      ['اسد', 2, 2], // ال before اسد: the matcher decides whether that may stand
      ['الاسد', 2, 0],
      ['موسكو', 4, 0],
    ]);
    expect(hits('«رجب، طيب - أردوغان»')).toEqual([['رجب طيب اردوغان', 0, 0]]);
  });

  it('reports the characters before a phrase so a proclitic can be checked, but not inside longer words', () => {
    expect(hits('وبموسكو للأسد')).toEqual([
      ['موسكو', 0, 2],
      ['اسد', 1, 2],
    ]);
    expect(hits('موسكوفي الأسدي')).toEqual([]); // the phrase must end with the word
    // A one-word phrase after more than a proclitic is reported (names glued
    // together); the matcher decides what the letters before it are.
    expect(hits('ووووووموسكو')).toEqual([['موسكو', 0, 6]]);
    // A longer phrase only after a proclitic.
    expect(hits('ووووووبشار الأسد')).toEqual([['اسد', 1, 2], ['الاسد', 1, 0]]);
  });

  it('keeps original offsets of words, diacritics with their letter, bidi marks outside', () => {
    const text = 'في \u200fموسكوَ\u200f اليوم';
    const t = scanText(text, scanner);
    expect(t.count).toBe(3);
    expect(text.slice(t.start[1], t.wordEnd(1))).toBe('موسكوَ');
    expect(t.word(1)).toBe('موسكو');
    expect(t.originalOffset(1, 2)).toBe(text.indexOf('سكو'));
  });

  it('flags words that start with a prefix, behind a clitic or ال, and no others', () => {
    const t = scanText('والتطبيع مع المصالحة لا تطبيقات', scanner);
    expect([...t.flagged.subarray(0, t.flaggedCount)]).toEqual([0, 2]);
  });

  it('reads presentation forms (ligatures) through the careful path', () => {
    // ﻻ is the lam-alef ligature; ﺑﺸﺎﺭ is بشار in presentation forms.
    const text = 'قال ﺑﺸﺎﺭ الأسد ﻻ';
    const found = hits(text);
    expect(found).toContainEqual(['بشار الاسد', 1, 0]);
    const t = scanText(text, scanner);
    expect(text.slice(t.start[1], t.wordEnd(1))).toBe('ﺑﺸﺎﺭ');
    expect(t.word(1)).toBe('بشار');
  });

  it('reads words cut by a full stop or comma between tatweels as whole words', () => {
    const text = 'قال بشـ.ـار الأسـ,ـد في موسـ.ـكو';
    const found = hits(text);
    expect(found).toContainEqual(['بشار الاسد', 1, 0]);
    expect(found).toContainEqual(['موسكو', 4, 0]);
    const t = scanText(text, scanner);
    expect(t.count).toBe(5);
    expect(text.slice(t.start[2], t.wordEnd(2))).toBe('الأسـ,ـد');
    expect(t.word(2)).toBe('الاسد');
    // A space between tatweels cuts a word the same way.
    const spaced = hits('زار بشار الأسـ ـد موسـ ـكو');
    expect(spaced).toContainEqual(['بشار الاسد', 1, 0]);
    expect(spaced).toContainEqual(['موسكو', 3, 0]);
  });

  it('keeps every occurrence on long texts', () => {
    const text = 'زار بشار الأسد موسكو. '.repeat(5000);
    const found = hits(text);
    expect(found.filter(([p]) => p === 'موسكو')).toHaveLength(5000);
    expect(found.filter(([p]) => p === 'بشار الاسد')).toHaveLength(5000);
    expect(scanText(text, scanner).count).toBe(20000);
  });

  it('gives the same result in reused buffers as in fresh ones, whatever they held before', () => {
    const buffers = scanBuffers(4);
    const texts = ['التطبيع '.repeat(50) + 'بشار الأسد', 'موسكو لا تطبيع', 'ﺑﺸﺎﺭ الأسد', 'قال بشار الأسد في موسكو'];
    for (const text of texts) {
      const reused = scanText(text, scanner, buffers);
      const fresh = scanText(text, scanner);
      expect(reused.count).toBe(fresh.count);
      expect([...reused.start.subarray(0, reused.count)]).toEqual([...fresh.start.subarray(0, fresh.count)]);
      for (let k = 0; k < fresh.count; k++) expect(reused.wordEnd(k)).toBe(fresh.wordEnd(k));
      expect([...reused.flagged.subarray(0, reused.flaggedCount)]).toEqual([...fresh.flagged.subarray(0, fresh.flaggedCount)]);
      expect([...reused.hits.subarray(0, reused.hitCount * 3)]).toEqual([...fresh.hits.subarray(0, fresh.hitCount * 3)]);
    }
    // The buffers grew for the long text and stayed grown.
    expect(buffers.start.length).toBeGreaterThan(4);
  });

  it('refuses phrases it could not report', () => {
    expect(() => buildScanner({ phrases: [' موسكو'], prefixes: [] })).toThrow(/one space/);
    expect(() => buildScanner({ phrases: [Array(17).fill('كلمة').join(' ')], prefixes: [] })).toThrow(/16 words/);
  });
});
