/** The story timeline: events (groups of same-event coverage) ordered by date. */
import type { Article } from '../types';

export interface StoryEvent {
  id: string;
  /** YYYY-MM-DD of the earliest article, or null when none is dated. */
  date: string | null;
  title: string;
  articles: Article[];
  entities: string[];
  outlets: string[];
}

const dayOf = (a: Article) => a.published ?? null;

export function buildTimeline(articles: Article[], filter: { entity?: string; outlet?: string } = {}): StoryEvent[] {
  const groups = new Map<string, Article[]>();
  for (const a of articles) {
    if (!a.onTopic) continue;
    if (filter.entity && !a.entities.some((e) => e.id === filter.entity)) continue;
    if (filter.outlet && a.outlet !== filter.outlet) continue;
    const key = a.eventId ?? a.id;
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  const events: StoryEvent[] = [];
  for (const [id, list] of groups) {
    list.sort((x, y) => (dayOf(x) ?? '9999').localeCompare(dayOf(y) ?? '9999') || x.visitedAt - y.visitedAt);
    const dated = list.map(dayOf).filter((d): d is string => !!d);
    events.push({
      id,
      date: dated.length ? dated[0] : null,
      title: list[0].title,
      articles: list,
      entities: [...new Set(list.flatMap((a) => a.entities.map((e) => e.id)))],
      outlets: [...new Set(list.map((a) => a.outlet).filter(Boolean))],
    });
  }
  // Oldest first, undated at the end.
  return events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
}
