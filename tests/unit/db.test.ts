import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { getDb, HamishDatabase, setDb } from '@/lib/db';

afterEach(() => {
  vi.unstubAllGlobals();
  setDb(null);
});

describe('database module', () => {
  it('opens lazily with the versioned schema', async () => {
    const db = new HamishDatabase(`schema-${Math.random()}`);
    expect(db.isOpen()).toBe(false);
    await db.settings.put({ key: 'k', value: 1 });
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'highlights', 'settings']);
    expect(db.highlights.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['articleId', 'tags', 'colour']));
    await db.delete();
  });

  it('is never opened inside a web page (a content script)', () => {
    vi.stubGlobal('location', { protocol: 'https:' });
    expect(() => getDb()).toThrow(/never inside a web page/);
  });

  it('is opened once and shared in extension contexts', () => {
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    expect(getDb()).toBe(getDb());
  });
});

describe('schema migrations', () => {
  it('upgrades a version 1 database without losing anything', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ articles: 'id, visitedAt, onTopic, outlet, published', highlights: 'id, articleId, created, modified, colour, *tags', settings: 'key' });
    const article = { id: 'https://news.example/a', url: 'https://news.example/a', urls: ['https://news.example/a'], title: 'الأسد في موسكو', outlet: 'المدن', published: '2023-03-14', visitedAt: 1, lang: 'ar', onTopic: true, score: 1, entities: [{ id: 'assad', count: 2 }], excerpt: 'وصل رئيس النظام السوري بشار الأسد إلى موسكو في زيارة رسمية' };
    const highlight = { id: 'h1', articleId: article.id, url: article.url, title: 't', quote: { type: 'TextQuoteSelector', exact: 'موسكو', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 5 }, note: 'ملاحظة', tags: ['x'], colour: 'yellow', textHash: 'h', created: 1, modified: 2 };
    await v1.table('articles').put(article);
    await v1.table('highlights').put(highlight);
    await v1.table('settings').put({ key: 'marks', value: { enabled: false, disabledSites: ['a.example'] } });
    v1.close();

    const db = new HamishDatabase(name);
    const migrated = await db.articles.get(article.id);
    expect(migrated).toMatchObject(article);
    expect(migrated?.eventId).toBe(article.id);
    expect(migrated?.signature).toHaveLength(64);
    expect(migrated?.keywords?.length).toBeGreaterThan(0);
    expect(await db.highlights.get('h1')).toEqual(highlight);
    expect((await db.settings.get('marks'))?.value).toEqual({ enabled: false, disabledSites: ['a.example'] });
    expect(await db.articles.where('eventId').equals(article.id).count()).toBe(1);
    await db.delete();
  });
});
