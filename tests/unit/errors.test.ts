import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { explainError, withRetry } from '@/lib/errors';
import { HamishDatabase } from '@/lib/db';

describe('errors said plainly', () => {
  it('explains a full disk and a database that will not open', () => {
    expect(explainError({ name: 'QuotaExceededError', message: 'x' })).toMatch(/Storage is full.*Nothing already saved was lost/);
    expect(explainError(Object.assign(new Error('blocked'), { name: 'OpenFailedError' }))).toMatch(/could not open its database/);
    expect(explainError(new Error('plain'))).toBe('plain');
  });

  it('retries a failing save and succeeds when the next try works', async () => {
    let calls = 0;
    const result = await withRetry(async () => {
      calls++;
      if (calls < 3) throw new Error('No answer from the background');
      return 'saved';
    }, [1, 1]);
    expect([result, calls]).toEqual(['saved', 3]);
  });

  it('does not retry what was refused', async () => {
    let calls = 0;
    await expect(withRetry(async () => {
      calls++;
      throw new Error('Bad message: colour is not known');
    }, [1, 1])).rejects.toThrow(/Bad message/);
    expect(calls).toBe(1);
  });
});

describe('transactions', () => {
  it('an aborted write leaves nothing half-written, 100 times over', async () => {
    const db = new HamishDatabase(`abort-${Math.random()}`);
    await db.highlights.put({ id: 'kept', articleId: 'https://a.example/', url: 'https://a.example/', title: '', quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 }, note: 'before', tags: [], colour: 'yellow', textHash: '', created: 1, modified: 1 });
    for (let i = 0; i < 100; i++) {
      await expect(
        db.transaction('rw', db.highlights, db.articles, async () => {
          await db.highlights.update('kept', { note: `half ${i}` });
          await db.highlights.put({ ...(await db.highlights.get('kept'))!, id: `new-${i}` });
          if (i % 2) Dexie.currentTransaction!.abort();
          else throw new Error('stopped mid-write');
        }),
      ).rejects.toThrow();
    }
    expect(await db.highlights.count()).toBe(1);
    expect((await db.highlights.get('kept'))?.note).toBe('before');
    await db.delete();
  });
});
