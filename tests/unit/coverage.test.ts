import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { CoverageIndex, relationOf } from '@/lib/coverage/index';
import { coverageDoc } from '@/lib/coverage/record';
import { keywordStem, keywordVector, minhash, minhashSimilarity } from '@/lib/coverage/features';
import { hasShared, seeds } from '../shared-corpus';

const analyzer = createAnalyzer(DEFAULT_PACK);
const DATES: Record<string, string> = {
  '000_308e2b3b60f006bc.txt': '2023-03-15', '001_e5831b06caec5ca6.txt': '2024-07-25', '002_5c5382dddba1f2cf.txt': '2022-12-28',
  '003_98cf9488d9f03ab7.txt': '2023-03-14', '004_edeaf7ad7451c4e5.txt': '2024-06-17',
};

describe('coverage features', () => {
  it('stems keywords lightly and never eats a name', () => {
    expect(keywordStem('بوتين')).toBe('بوتين');
    expect(keywordStem('وموسكو')).toBe('موسكو');
    expect(keywordStem('المفاوضات')).toBe('مفاوض');
    expect(keywordStem('والاجتماعات')).toBe('اجتماع');
    expect(keywordVector('التطبيع التطبيع في موسكو والتطبيع')[0][0]).toBe('تطبيع');
  });
  it('gives near-duplicates a high MinHash similarity and unrelated texts a low one', () => {
    const a = 'وصل رئيس النظام السوري بشار الأسد إلى موسكو في زيارة رسمية هي الأولى منذ عامين، يجري خلالها محادثات مع الرئيس الروسي.';
    const copy = 'نقلاً عن وكالة: ' + a.replace('رسمية', 'رسميّة');
    const other = 'افتتح محافظ المنطقة مهرجان التمور السنوي بمشاركة مئات المزارعين من مختلف القرى والبلدات.';
    expect(minhashSimilarity(minhash(a), minhash(copy))).toBeGreaterThan(0.6);
    expect(minhashSimilarity(minhash(a), minhash(other))).toBeLessThan(0.1);
  });
  it('names relations from the evidence', () => {
    expect(relationOf(0.8, 0, 0, 300)).toBe('same text');
    expect(relationOf(0.1, 0.5, 0.3, 1)).toBe('same event');
    expect(relationOf(0.1, 0.5, 0.3, 30)).toBe('related');
    expect(relationOf(0.1, 0.1, 0.05, 0)).toBe('related');
    expect(relationOf(0.1, 0.9, 0.9, null)).toBe('related');
  });
  it('keeps an article index compact (under 2 KB besides the excerpt)', () => {
    const text = 'وصل الرئيس السوري بشار الأسد إلى موسكو للقاء بوتين وبحث التطبيع مع تركيا. '.repeat(50);
    const doc = coverageDoc('https://a.example/x', 'https://a.example/x', text, analyzer.analyze({ text }), 0);
    const bytes = JSON.stringify({ entities: doc.entities, keywords: doc.keywords }).length + doc.signature.length * 8;
    expect(bytes).toBeLessThan(2048);
  });
});

describe.runIf(hasShared)('related coverage on the seed articles', () => {
  const index = new CoverageIndex();
  const docs = hasShared
    ? seeds().map((s) => coverageDoc(s.file, s.file, s.text, analyzer.analyze({ text: s.text, publishedTime: DATES[s.file] }), 0))
    : [];
  for (const d of docs) index.add(d);

  it('links the two reports of Assad’s March 2023 Moscow visit as the same event', () => {
    const [top] = index.related(docs.find((d) => d.id.startsWith('003'))!);
    expect(top.id.startsWith('000')).toBe(true);
    expect(top.relation).toBe('same event');
    expect(top.daysApart).toBe(1);
    expect(top.sharedEntities).toEqual(expect.arrayContaining(['assad', 'putin', 'moscow']));
  });

  it('recognizes a repost under another address as the same text', () => {
    const original = seeds().find((s) => s.file.startsWith('002'))!;
    const repost = 'تابع تفاصيل الخبر عبر موقعنا #تركيا #سوريا\n' + original.text.split('\n').slice(4).join('\n') + '\nجميع الحقوق محفوظة';
    const doc = coverageDoc('repost', 'repost', repost, analyzer.analyze({ text: repost, publishedTime: '2022-12-29' }), 0);
    const [top] = index.related(doc);
    expect(top.id.startsWith('002')).toBe(true);
    expect(top.relation).toBe('same text');
  });

  it('calls reports of other events only related, and never returns the query itself', () => {
    const q = docs.find((d) => d.id.startsWith('004'))!;
    const found = index.related(q);
    expect(found.map((r) => r.id)).not.toContain(q.id);
    expect(found.every((r) => r.relation === 'related')).toBe(true);
  });

  it('counts and lists the latest articles mentioning an entity', () => {
    expect(index.entityCount('assad')).toBe(5);
    expect(index.latestWith('assad', 3).map((d) => d.published)).toEqual(['2024-07-25', '2024-06-17', '2023-03-15']);
  });
});
