import { describe, expect, it } from 'vitest';
import { TextAnchorer } from '@/lib/anchoring/anchor';
import { describe as describeSel } from '@/lib/anchoring/quote';

const ORIGINAL = [
  'التقى الرئيس الروسي فلاديمير بوتين ورئيس النظام السوري بشار الأسد في موسكو.',
  'وناقش الطرفان الملفات السياسية والاقتصادية والعلاقات الثنائية والتعاون المشترك بكافة أشكاله.',
  'وكانت عملية المصالحة بين أنقرة ودمشق أحد الموضوعات الرئيسية التي أثيرت في هذا الاجتماع.',
  'وقال المتحدث باسم الكرملين إن المحادثات كانت بناءة ومفيدة للجانبين.',
].join('\n');

function selectorsFor(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error('phrase not in text');
  return describeSel(text, start, start + phrase.length);
}

const PHRASE = 'وكانت عملية المصالحة بين أنقرة ودمشق أحد الموضوعات الرئيسية';

describe('re-anchoring', () => {
  it('uses the position when the text is the same', () => {
    const sel = selectorsFor(ORIGINAL, PHRASE);
    expect(new TextAnchorer(ORIGINAL).anchor(sel)?.method).toBe('position');
  });

  it('finds the exact quote after paragraphs were inserted', () => {
    const sel = selectorsFor(ORIGINAL, PHRASE);
    const edited = 'عاجل: تحديث جديد على الخبر.\n' + ORIGINAL.replace('\n', '\nفقرة جديدة أضيفت بعد النشر.\n');
    const a = new TextAnchorer(edited).anchor(sel)!;
    expect(a.method).toBe('quote');
    expect(edited.slice(a.start, a.end)).toBe(PHRASE);
  });

  it('survives diacritics and tatweel added or removed between versions', () => {
    const sel = selectorsFor(ORIGINAL, PHRASE);
    const voweled = ORIGINAL.replace('المصالحة', 'المُصالَحـــة').replace('أنقرة', 'أَنْقَرَة').replace('الرئيسية', 'الرئيسيّة');
    const a = new TextAnchorer(voweled).anchor(sel)!;
    expect(a.method).toBe('quote');
    expect(voweled.slice(a.start, a.end)).toBe('وكانت عملية المُصالَحـــة بين أَنْقَرَة ودمشق أحد الموضوعات الرئيسيّة');
  });

  it('finds a reworded sentence approximately, and returns the new words', () => {
    const sel = selectorsFor(ORIGINAL, PHRASE);
    const reworded = ORIGINAL.replace(PHRASE, 'وكانت مسألة المصالحة بين أنقرة ودمشق من أبرز الموضوعات الرئيسية');
    const a = new TextAnchorer(reworded).anchor(sel)!;
    expect(a.method).toBe('fuzzy');
    const got = reworded.slice(a.start, a.end);
    expect(got).toContain('المصالحة بين أنقرة ودمشق');
    expect(got.length).toBeGreaterThan(PHRASE.length * 0.8);
  });

  it('handles whitespace and punctuation changes', () => {
    const sel = selectorsFor(ORIGINAL, PHRASE);
    const spaced = ORIGINAL.replace(PHRASE, 'وكانت  عملية المصالحة، بين أنقرة ودمشق أحد الموضوعات  الرئيسية');
    const a = new TextAnchorer(spaced).anchor(sel)!;
    expect(a).not.toBeNull();
    expect(spaced.slice(a.start, a.end)).toContain('بين أنقرة ودمشق');
  });

  it('leaves a highlight whose passage was removed unplaced (an orphan)', () => {
    const sel = selectorsFor(ORIGINAL, PHRASE);
    const removed = ORIGINAL.split('\n').filter((l) => !l.includes('المصالحة')).join('\n');
    expect(new TextAnchorer(removed).anchor(sel)).toBeNull();
  });

  it('picks the repeat whose context matches', () => {
    const text = 'قال بوتين إن العلاقات جيدة. ثم قال أردوغان إن العلاقات جيدة أيضاً.';
    const second = text.lastIndexOf('إن العلاقات جيدة');
    const sel = describeSel(text, second, second + 'إن العلاقات جيدة'.length);
    const edited = 'مقدمة. ' + text.replace('جيدة. ثم', 'جيدةٌ. ثم');
    const a = new TextAnchorer(edited).anchor(sel)!;
    expect(edited.slice(a.start - 8, a.start)).toContain('أردوغان');
  });
});
