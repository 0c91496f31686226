/**
 * 1,000 generated malformed or hostile import files: every one is refused
 * with a clear error, nothing crashes, and nothing is written.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HamishDatabase } from '@/lib/db';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { createBackgroundService } from '@/lib/background/service';
import { TabStates } from '@/lib/background/tab-state';
import { lazyCoverage } from '@/lib/coverage/store';
import { toWebAnnotation } from '@/lib/exchange/web-annotation';
import type { Highlight } from '@/lib/types';

const GOOD: Highlight = {
  id: 'good-1', articleId: 'https://news.example/a', url: 'https://news.example/a', title: 'عنوان',
  quote: { type: 'TextQuoteSelector', exact: 'نص مقتبس', prefix: 'قبل ', suffix: ' بعد' },
  position: { type: 'TextPositionSelector', start: 10, end: 18 }, note: 'ملاحظة', tags: ['وسم'], colour: 'yellow', textHash: 'x', created: 1, modified: 2,
};

function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** One hostile variant of a valid export (each breaks it in a different way). */
function mutate(rnd: () => number, i: number): string {
  const base = toWebAnnotation({ highlights: [GOOD, { ...GOOD, id: `good-${i + 2}` }], articles: [] }) as any;
  const item = base.first.items[1];
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const junk = pick<unknown>([null, 42, -1, 1e309, true, [], {}, '', 'x'.repeat(300_000), '<script>alert(1)</script>', { __proto__: { polluted: 1 } }, ['a'], NaN]);
  switch (i % 14) {
    case 0: return JSON.stringify(base).slice(0, Math.floor(rnd() * 200)); // truncated JSON
    case 1: item.target.source = pick(['javascript:alert(1)', 'data:text/html,x', '', 'not a url', 42]); break;
    case 2: item.target.selector = junk; break;
    case 3: item['hamish:colour'] = pick(['red', '', 5, '<b>', {}]); break;
    case 4: base.first.items.push(structuredClone(base.first.items[0])); break; // duplicate id
    case 5: item.body = [{ type: 'TextualBody', purpose: 'tagging', value: junk }]; if (typeof junk === 'string' && junk.length < 100) item.body = 7; break;
    case 6: item.created = pick(['yesterday', 12, null, '']); item.modified = item.created; break;
    case 7: item.target.selector = [{ type: 'TextQuoteSelector', exact: pick(['', 5, null, 'x'.repeat(300_000)]) }]; break;
    case 8: item['hamish:id'] = pick(['../../etc', 'a b', '', 'x'.repeat(200), '<img src=x>']); break;
    case 9: base['hamish:articles'] = [{ id: pick(['javascript:1', 5, '']), entities: junk }]; break;
    case 10: item['hamish:position'] = { start: pick([-5, 1.5, 'a', 2e9]), end: 3 }; break;
    case 11: return JSON.stringify(pick([null, 42, 'text', [], { type: 'Annotation' }, { type: 'AnnotationCollection', first: { items: 'x' } }]));
    case 12: item.type = pick(['Highlight', null, '', 'annotation']); break;
    default: return JSON.stringify(base).replace('"Annotation"', `"Annotation", "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "x": "`); // broken and polluting
  }
  return JSON.stringify(base);
}

describe('import fuzzing', () => {
  let db: HamishDatabase;
  beforeAll(() => void (db = new HamishDatabase(`fuzz-${Math.random()}`)));
  afterAll(async () => {
    db.close();
    await db.delete();
  });

  it('refuses 1,000 malformed or hostile files with a clear error and writes nothing', async () => {
    const s = createBackgroundService({
      db: () => db, analyzer: async () => createAnalyzer(DEFAULT_PACK), packChanged: () => {}, defaultPack: DEFAULT_PACK, ...lazyCoverage(() => db),
      tabs: new TabStates(null), setBadge: async () => {}, refreshArticle: async () => {}, reanalyzeAll: async () => {},
    });
    await db.highlights.put({ ...GOOD, id: 'existing', note: 'keep me' });
    const rnd = random(2026);
    const reasons = new Map<string, number>();
    let crashes = 0;
    for (let i = 0; i < 1000; i++) {
      const file = mutate(rnd, i);
      try {
        await s.handle({ type: 'data/import', text: file }, { from: 'page' });
        throw new Error(`file ${i} was accepted: ${file.slice(0, 200)}`);
      } catch (err) {
        if (!(err instanceof Error) || err.name !== 'ImportError') {
          crashes++;
          throw err;
        }
        expect(err.message.length).toBeGreaterThan(5);
        const reason = err.message.replace(/\d+/g, 'N').slice(0, 40);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
    expect(crashes).toBe(0);
    expect(await db.highlights.toArray()).toEqual([{ ...GOOD, id: 'existing', note: 'keep me' }]);
    expect(await db.articles.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(reasons.size).toBeGreaterThan(10); // the errors say what is wrong, not one generic message
  });
});
