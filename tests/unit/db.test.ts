import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(db.verno).toBe(1);
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
