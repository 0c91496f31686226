import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { findDate } from '@/lib/arabic/dates';
import { normalizeArabic } from '@/lib/arabic/normalize';
import { hasShared, seeds } from '../shared-corpus';

const analyzer = createAnalyzer(DEFAULT_PACK);

describe('page analysis', () => {
  it('is not on the topic when a page only mentions the actors', () => {
    const quake = 'ضرب زلزال عنيف جنوب تركيا وشمال سوريا، وأعلنت السلطات في أنقرة ودمشق ارتفاع عدد الضحايا.';
    expect(analyzer.analyze({ text: quake }).topic.onTopic).toBe(false);
  });

  it('does not let page chrome in the tail flip a verdict', () => {
    const body = 'مهرجان التمور السنوي يجذب آلاف الزوار، وقد عرض المزارعون أصنافاً كثيرة من التمور المحلية. '.repeat(40);
    const chrome = '\nاقرأ أيضاً: أردوغان والأسد: مسار التطبيع برعاية موسكو #تركيا #سوريا';
    const a = analyzer.analyze({ text: body + chrome, title: 'مهرجان التمور السنوي' });
    expect(a.lang).toBe('ar');
    expect(a.topic.onTopic).toBe(false);
  });

  it('reads dates from the text: Levantine and Egyptian months, Arabic-Indic digits', () => {
    expect(findDate(normalizeArabic('فريق التحرير١٧ يونيو ٢٠٢٤آخر تحديث'))).toBe('2024-06-17');
    expect(findDate(normalizeArabic('نُشر في 10 أيار 2023'))).toBe('2023-05-10');
    expect(findDate(normalizeArabic('الثلاثاء 2023/03/14'))).toBe('2023-03-14');
    expect(findDate(normalizeArabic('28 كانون الأول 2022'))).toBe('2022-12-28');
    expect(findDate(normalizeArabic('لا تاريخ هنا'))).toBeNull();
  });

  it('prefers the date from page metadata', () => {
    const a = analyzer.analyze({ text: 'في 2023/03/14 وصل الأسد', publishedTime: '2024-07-25T10:00:00Z' });
    expect(a.published).toBe('2024-07-25');
  });

  it('gives the share of Arabic letters and a language', () => {
    const a = analyzer.analyze({ text: 'هذا نص عربي قصير عن الطقس في المدينة اليوم.' });
    expect(a.lang).toBe('ar');
    expect(a.arabicShare).toBeGreaterThan(0.9);
    expect(analyzer.analyze({ text: 'Bonjour tout le monde', langHint: 'fr' }).lang).toBe('fr');
  });
});

describe.runIf(hasShared)('seed articles', () => {
  for (const seed of hasShared ? seeds() : []) {
    it(`${seed.file} is an Arabic article on the topic`, () => {
      const a = analyzer.analyze({ text: seed.text });
      expect(a.lang).toBe('ar');
      expect(a.isArticle).toBe(true);
      expect(a.topic.onTopic).toBe(true);
      expect(a.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['assad', 'turkey', 'syria']));
    });
  }
});

describe('Arabic script is not always Arabic', () => {
  it('treats Persian as another language, never on the topic', () => {
    const fa = 'وزیران خارجه ترکیه و سوریه امروز در مسکو دیدار کردند و درباره عادی‌سازی روابط میان آنکارا و دمشق با میانجیگری روسیه گفتگو کردند. این دیدار نخستین گام پس از سال‌ها قطع روابط است.';
    const a = analyzer.analyze({ text: fa });
    expect(a.lang).toBe('fa');
    expect(a.topic.onTopic).toBe(false);
    expect(a.entities).toEqual([]);
  });
  it('still reads Arabic that borrows a Persian letter (ڤنوكوڤو)', () => {
    expect(analyzer.analyze({ text: 'وصل الرئيس إلى مطار ڤنوكوڤو في موسكو حيث استقبله نائب وزير الخارجية' }).lang).toBe('ar');
  });
});

describe('dates in the original text', () => {
  it('finds the first written date without normalizing the whole head', async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    const filler = 'كلام '.repeat(200);
    expect(findDateInText(`${filler}نُشر في ١٠ أيّار ٢٠٢٣ ثم ${filler} 2024/01/02`)).toBe('2023-05-10');
    expect(findDateInText(`العدد 55 من ${filler} الثلاثاء 2023/03/14`)).toBe('2023-03-14');
    expect(findDateInText(`${filler.repeat(3)} 2023/03/14`)).toBeNull(); // beyond the head
    expect(findDateInText('لا تاريخ هنا 12 فقط')).toBeNull();
  });
});
