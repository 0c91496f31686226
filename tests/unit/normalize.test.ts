import { describe, expect, it } from 'vitest';
import { hasCutMark, normalizeArabic, normalizeWithMap, toOriginalSpan } from '@/lib/arabic/normalize';
import { tokenize, words } from '@/lib/arabic/tokenize';

describe('normalizeArabic', () => {
  it('folds alef, ya and ta marbuta variants', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(normalizeArabic('اللاذقية')).toBe('اللاذقيه');
  });

  it('drops harakat, tatweel, superscript alef and bidi controls', () => {
    expect(normalizeArabic('أَرْدُوغَانُ')).toBe('اردوغان');
    expect(normalizeArabic('مـــوسكو')).toBe('موسكو');
    expect(normalizeArabic('رحمٰن')).toBe('رحمن');
    expect(normalizeArabic('\u202bدمشق\u202c\u200f')).toBe('دمشق');
  });

  it('maps Persian letters and Arabic-Indic digits', () => {
    expect(normalizeArabic('ڤنوكوڤا')).toBe('فنوكوفا');
    expect(normalizeArabic('٢٠٢٣/٠٣/١٤')).toBe('2023/03/14');
    expect(normalizeArabic('۱۴۰۲')).toBe('1402');
  });

  it('folds presentation forms with NFKC, never splitting hamza carriers', () => {
    // U+FEF7 is the lam-alef-with-hamza ligature; U+FE8D isolated alef.
    expect(normalizeArabic('\ufef7')).toBe('لا');
    expect(normalizeArabic('\ufe8d')).toBe('ا');
    expect(normalizeArabic('أ')).not.toContain('\u0654');
  });

  it('lower-cases Latin and folds its letters with marks to the base letter', () => {
    expect(normalizeArabic('Erdoğan M-4')).toBe('erdogan m-4');
    expect(normalizeArabic('ÇAVUŞOĞLU, Türkiye, İstanbul, Iğdır')).toBe('cavusoglu, turkiye, istanbul, igdir');
    // Letters without a base letter stay as they are.
    expect(normalizeArabic('ß Ø')).toBe('ß Ø');
  });
});

describe('words cut against keyword filters', () => {
  it('drops a full stop or comma typed between tatweels inside a word', () => {
    expect(normalizeArabic('كشـ.ـفت تطـ,ـبيع الأسـ،ـد مسـ.ـلمتين')).toBe('كشفت تطبيع الاسد مسلمتين');
    // A tatweel on one side is enough; a space needs one on both.
    expect(normalizeArabic('الحـ.رب')).toBe('الحرب');
    expect(normalizeArabic('سيـ ـطـ ـرة الفـ ـصائل')).toBe('سيطره الفصاءل');
  });

  it('keeps punctuation that ends a word or stands beside no tatweel', () => {
    expect(normalizeArabic('الـ. التالي')).toBe('ال. التالي');
    expect(normalizeArabic('قال،ثم مضى')).toBe('قال،ثم مضي');
    expect(normalizeArabic('انتهى.ـ')).toBe('انتهي.');
    expect(normalizeArabic('3ـ.5 وـ.2')).toBe('3.5 و.2');
    expect(hasCutMark('الـ 22، والـ. ثم')).toBe(false);
    // A word may end with a tatweel before a space (الـ 22), and a line of tatweels is no word.
    expect(normalizeArabic('الـ 22 والـ ـ ـ')).toBe('ال 22 وال  ');
    expect(hasCutMark('ـــــ ـــــ')).toBe(false);
    expect(hasCutMark('قال إن تطـ,ـبيع')).toBe(true);
  });

  it('maps the cut word back to all of its original characters', () => {
    const source = 'قال الأسـ.ـد اليوم';
    const norm = normalizeWithMap(source);
    const at = norm.text.indexOf('الاسد');
    expect(norm.text).toBe('قال الاسد اليوم');
    const [start, end] = toOriginalSpan(norm, at, at + 'الاسد'.length);
    expect(source.slice(start, end)).toBe('الأسـ.ـد');
  });
});

describe('offset map', () => {
  it('maps every normalized character back to its original one', () => {
    const source = 'قال أَرْدُوغَـانُ إنّ';
    const norm = normalizeWithMap(source);
    const at = norm.text.indexOf('اردوغان');
    const [start, end] = toOriginalSpan(norm, at, at + 'اردوغان'.length);
    expect(source.slice(start, end)).toBe('أَرْدُوغَـانُ');
  });

  it('keeps a ligature that expands pointing at its one source character', () => {
    const source = 'x\ufefby';
    const norm = normalizeWithMap(source);
    expect(norm.text).toBe('xلاy');
    expect([...norm.start]).toEqual([0, 1, 1, 2]);
  });

  it('handles long texts without losing characters', () => {
    const source = 'مرحبا بالعالم '.repeat(50_000);
    const norm = normalizeWithMap(source);
    expect(norm.text.length).toBe(source.length);
    expect(norm.end[norm.end.length - 1]).toBe(source.length);
  });
});

describe('tokenize', () => {
  it('splits on punctuation including Arabic comma and question mark', () => {
    expect(words(normalizeArabic('موسكو، أنقرة؟ دمشق؛ M4'))).toEqual(['موسكو', 'انقره', 'دمشق', 'm4']);
  });
  it('reports offsets into the text', () => {
    const t = tokenize('ab  cd');
    expect(t.count).toBe(2);
    expect([t.start[1], t.end[1]]).toEqual([4, 6]);
  });
});
