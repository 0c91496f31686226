import { describe, expect, it } from 'vitest';
import { buildTimeline } from '@/lib/coverage/timeline';
import type { Article } from '@/lib/types';

const a = (id: string, eventId: string, published: string | null, outlet: string, entities: string[], onTopic = true): Article => ({
  id, url: id, urls: [id], title: `t-${id}`, outlet, published, visitedAt: 0, lang: 'ar', onTopic, score: 1, entities: entities.map((e) => ({ id: e, count: 1 })), excerpt: '', eventId,
});

describe('story timeline', () => {
  const articles = [
    a('b1', 'B', '2023-03-15', 'عرب 48', ['assad', 'putin']),
    a('a1', 'A', '2022-12-28', 'الخليج', ['akar', 'shoigu']),
    a('b2', 'B', '2023-03-14', 'المدن', ['assad', 'moscow']),
    a('c1', 'C', null, 'المدن', ['fidan']),
    a('x', 'X', '2023-01-01', 'المدن', ['assad'], false),
  ];
  it('groups same-event coverage and orders events by date, undated last', () => {
    const t = buildTimeline(articles);
    expect(t.map((e) => e.id)).toEqual(['A', 'B', 'C']);
    expect(t[1].date).toBe('2023-03-14');
    expect(t[1].articles.map((x) => x.id)).toEqual(['b2', 'b1']);
    expect(t[1].title).toBe('t-b2');
    expect(t[1].outlets).toEqual(['المدن', 'عرب 48']);
  });
  it('filters by entity and outlet', () => {
    expect(buildTimeline(articles, { entity: 'assad' }).map((e) => e.id)).toEqual(['B']);
    expect(buildTimeline(articles, { outlet: 'المدن' }).map((e) => e.articles.map((x) => x.id))).toEqual([['b2'], ['c1']]);
  });
});
