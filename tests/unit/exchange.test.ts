import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HamishDatabase } from '@/lib/db';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { createBackgroundService } from '@/lib/background/service';
import { lazyCoverage } from '@/lib/coverage/store';
import { TabStates } from '@/lib/background/tab-state';
import { fromWebAnnotation, ImportError, toWebAnnotation } from '@/lib/exchange/web-annotation';
import { toCsv, toMarkdown } from '@/lib/exchange/plain';
import type { Article, Highlight } from '@/lib/types';

const H1: Highlight = {
  id: 'a1b2c3', articleId: 'https://news.example/a', url: 'https://m.news.example/a?utm_source=x', title: 'الأسد في موسكو',
  quote: { type: 'TextQuoteSelector', exact: 'وصل الرئيس إلى موسكو', prefix: 'مساء الثلاثاء ', suffix: ' في زيارة' },
  position: { type: 'TextPositionSelector', start: 120, end: 140 }, positionCodePoints: { start: 118, end: 138 },
  range: { type: 'RangeSelector', css: 'main:nth-of-type(1) > p:nth-of-type(2)', start: 4, end: 24 },
  note: 'ملاحظة مهمة\nسطر ثانٍ', tags: ['قمة', 'moscow'], colour: 'pink', textHash: 'abc123', created: 1_700_000_000_000, modified: 1_700_000_500_000,
};
const H2: Highlight = { ...H1, id: 'd4e5f6', note: '', tags: [], colour: 'yellow', range: undefined, positionCodePoints: undefined, quote: { ...H1.quote, exact: '=HYPERLINK("x")' } };
delete (H2 as Partial<Highlight>).range;
delete (H2 as Partial<Highlight>).positionCodePoints;
const ARTICLE: Article = { id: 'https://news.example/a', url: 'https://news.example/a', urls: ['https://news.example/a'], title: 'الأسد في موسكو', outlet: 'المدن', published: '2023-03-14', visitedAt: 1_700_000_000_000, lang: 'ar', onTopic: true, score: 0.9, entities: [{ id: 'assad', count: 3 }], excerpt: 'وصل رئيس النظام السوري', keywords: [['موسكو', 4], ['زيار', 2]], signature: [1, 4294967295, 77], eventId: 'https://news.example/first' };

describe('Web Annotation export', () => {
  it('writes a standard AnnotationCollection with selectors, bodies and tags', () => {
    const doc = toWebAnnotation({ highlights: [H1], articles: [ARTICLE] }) as any;
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const a = doc.first.items[0];
    expect(a.type).toBe('Annotation');
    expect(a.motivation).toBe('commenting');
    expect(a.target.source).toBe('https://news.example/a');
    expect(a.target.selector.map((s: any) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'CssSelector']);
    expect(a.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 118, end: 138 });
    expect(a.body[0]).toMatchObject({ type: 'TextualBody', purpose: 'commenting', language: 'ar', textDirection: 'rtl', format: 'text/plain' });
    expect(a.body.filter((b: any) => b.purpose === 'tagging').map((b: any) => b.value)).toEqual(['قمة', 'moscow']);
  });

  it('round-trips losslessly', () => {
    const text = JSON.stringify(toWebAnnotation({ highlights: [H1, H2], articles: [ARTICLE] }));
    const back = fromWebAnnotation(text);
    expect(back.highlights).toEqual([H1, H2]);
    expect(back.articles).toEqual([ARTICLE]);
  });

  it.each([
    ['not JSON', '{nope', /not valid JSON/],
    ['a list', '[]', /JSON object/],
    ['another type', '{"type":"Page"}', /AnnotationCollection/],
    ['no items', '{"type":"AnnotationCollection"}', /first\.items/],
    ['a bad colour', () => JSON.stringify(toWebAnnotation({ highlights: [{ ...H1, colour: 'black' as any }], articles: [] })), /colour/],
    ['a javascript: source', () => JSON.stringify(toWebAnnotation({ highlights: [{ ...H1, articleId: 'javascript:alert(1)' }], articles: [] })), /http/],
    ['a repeated id', () => JSON.stringify(toWebAnnotation({ highlights: [H1, H1], articles: [] })), /twice/],
    ['an empty quote', () => JSON.stringify(toWebAnnotation({ highlights: [{ ...H1, quote: { ...H1.quote, exact: '' } }], articles: [] })), /quote/],
  ])('refuses %s with a clear error', (_name, input, message) => {
    const text = typeof input === 'function' ? input() : input;
    expect(() => fromWebAnnotation(text)).toThrow(ImportError);
    expect(() => fromWebAnnotation(text)).toThrow(message);
  });

  it('is not polluted by __proto__ keys', () => {
    const doc = toWebAnnotation({ highlights: [H1], articles: [] }) as any;
    const text = JSON.stringify(doc).replace('"type":"Annotation"', '"__proto__":{"polluted":true},"type":"Annotation"');
    const back = fromWebAnnotation(text);
    expect(({} as any).polluted).toBeUndefined();
    expect((back.highlights[0] as any).polluted).toBeUndefined();
  });
});

describe('Markdown and CSV', () => {
  it('groups Markdown by article and keeps notes as text', () => {
    const md = toMarkdown([H1, { ...H2, note: '<script>alert(1)</script>' }], [ARTICLE]);
    expect(md).toContain('## الأسد في موسكو');
    expect(md).toContain('> وصل الرئيس إلى موسكو');
    expect(md).toContain('Tags: #قمة #moscow');
    expect(md).toContain('\\<script\\>');
  });
  it('writes CSV that spreadsheets read as UTF-8 and never as formulas', () => {
    const csv = toCsv([H1, H2], [ARTICLE]);
    expect(csv.startsWith('\ufeffarticle_title,')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    expect(csv).toContain('"ملاحظة مهمة\nسطر ثانٍ"');
  });
});

describe('import into the database', () => {
  let db: HamishDatabase;
  const service = () =>
    createBackgroundService({
      db: () => db, analyzer: async () => createAnalyzer(DEFAULT_PACK), packChanged: () => {}, defaultPack: DEFAULT_PACK, ...lazyCoverage(() => db),
      tabs: new TabStates(null), setBadge: async () => {}, refreshArticle: async () => {}, reanalyzeAll: async () => {},
    });
  beforeEach(() => void (db = new HamishDatabase(`x-${Math.random()}`)));
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('export → clear → import gives back identical data; importing twice adds nothing', async () => {
    await db.highlights.bulkPut([H1, H2]);
    await db.articles.put(ARTICLE);
    const s = service();
    const file = await s.handle({ type: 'data/export', format: 'jsonld' }, { from: 'page' });
    expect(file.filename).toMatch(/\.jsonld$/);
    expect(await s.handle({ type: 'data/clear' }, { from: 'page' })).toEqual({ highlights: 2, articles: 1 });
    expect(await s.handle({ type: 'data/import', text: file.text }, { from: 'page' })).toEqual({ added: 2, updated: 0, unchanged: 0, articles: 1 });
    expect(await db.highlights.orderBy('id').toArray()).toEqual([H1, H2]);
    expect(await db.articles.toArray()).toEqual([ARTICLE]);
    expect(await s.handle({ type: 'data/import', text: file.text }, { from: 'page' })).toEqual({ added: 0, updated: 0, unchanged: 2, articles: 0 });
    expect(await db.highlights.count()).toBe(2);
  });

  it('keeps a newer local edit over an older imported copy, and takes a newer imported one', async () => {
    const s = service();
    await db.highlights.put({ ...H1, note: 'newer here', modified: H1.modified + 10 });
    const older = JSON.stringify(toWebAnnotation({ highlights: [H1], articles: [] }));
    await s.handle({ type: 'data/import', text: older }, { from: 'page' });
    expect((await db.highlights.get(H1.id))?.note).toBe('newer here');
    const newer = JSON.stringify(toWebAnnotation({ highlights: [{ ...H1, note: 'newest', modified: H1.modified + 20 }], articles: [] }));
    expect((await s.handle({ type: 'data/import', text: newer }, { from: 'page' })).updated).toBe(1);
    expect((await db.highlights.get(H1.id))?.note).toBe('newest');
  });

  it('changes nothing when the file is malformed', async () => {
    await db.highlights.put(H1);
    const s = service();
    const bad = JSON.stringify(toWebAnnotation({ highlights: [{ ...H2, id: 'new-one' }, { ...H2, colour: 'black' as any }], articles: [] }));
    await expect(s.handle({ type: 'data/import', text: bad }, { from: 'page' })).rejects.toThrow(/colour/);
    expect(await db.highlights.toArray()).toEqual([H1]);
  });

  it('exports one article as Markdown', async () => {
    await db.highlights.bulkPut([H1, { ...H2, articleId: 'https://other.example/b' }]);
    const file = await service().handle({ type: 'data/export', format: 'markdown', articleId: 'https://news.example/a' }, { from: 'page' });
    expect(file.text).toContain('وصل الرئيس إلى موسكو');
    expect(file.text).not.toContain('HYPERLINK');
  });
});
