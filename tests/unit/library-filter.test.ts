import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterChoices, filterLibrary, type LibraryItem } from '@/lib/library-filter';
import type { Article, Highlight } from '@/lib/types';

const article = (id: string, outlet: string, published: string, entities: string[]): Article => ({
  id, url: id, urls: [id], title: 'عنوان', outlet, published, visitedAt: 0, lang: 'ar', onTopic: true, score: 1, entities: entities.map((e) => ({ id: e, count: 1 })), excerpt: '',
});
const hl = (id: string, exact: string, extra: Partial<Highlight> = {}): Highlight => ({
  id, articleId: 'x', url: 'https://x.example/', title: '', quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length }, note: '', tags: [], colour: 'yellow', textHash: '', created: Date.UTC(2024, 0, 1), modified: 0, ...extra,
});

const A = article('https://a.example/1', 'المدن', '2023-03-14', ['assad', 'putin']);
const B = article('https://b.example/2', 'عرب 48', '2024-06-17', ['erdogan']);
const items: LibraryItem[] = [
  { highlight: hl('1', 'قال أردوغان إن اللقاء ممكن', { tags: ['قمة'], colour: 'green' }), article: B },
  { highlight: hl('2', 'وصل الأسد إلى موسكو', { note: 'زيارة رسمية' }), article: A },
  { highlight: hl('3', 'بيان الكرملين', { tags: ['قمة', 'بيان'] }), article: A },
];
const ids = (f: Partial<typeof EMPTY_FILTER>) => filterLibrary(items, { ...EMPTY_FILTER, ...f }).map((i) => i.highlight.id);

describe('library search and filters', () => {
  it('finds أردوغان when the reader types اردوغان, and words in any order', () => {
    expect(ids({ query: 'اردوغان' })).toEqual(['1']);
    expect(ids({ query: 'موسكو الاسد' })).toEqual(['2']);
    expect(ids({ query: 'رسمية' })).toEqual(['2']);
  });
  it('finds a word in a quote that cut it against keyword filters (تطـ,ـبيع)', () => {
    const cut: LibraryItem[] = [{ highlight: hl('4', 'مسار تطـ,ـبيع العلاقات مع دمشق'), article: A }, ...items];
    expect(filterLibrary(cut, { ...EMPTY_FILTER, query: 'تطبيع' }).map((i) => i.highlight.id)).toEqual(['4']);
  });
  it('filters by tag, colour, outlet, entity and date', () => {
    expect(ids({ tag: 'قمة' })).toEqual(['1', '3']);
    expect(ids({ colour: 'green' })).toEqual(['1']);
    expect(ids({ outlet: 'المدن' })).toEqual(['2', '3']);
    expect(ids({ entity: 'erdogan' })).toEqual(['1']);
    expect(ids({ from: '2024-01-01' })).toEqual(['1']);
    expect(ids({ to: '2023-12-31', tag: 'بيان' })).toEqual(['3']);
  });
  it('offers the choices present in the data', () => {
    expect(filterChoices(items)).toEqual({ tags: ['بيان', 'قمة'].sort((a, b) => a.localeCompare(b)), outlets: ['المدن', 'عرب 48'].sort((a, b) => a.localeCompare(b)), entities: ['assad', 'erdogan', 'putin'] });
  });
});
