/** The coverage index built from the article store. */
import type { HamishDatabase } from '../db';
import { CoverageIndex } from './index';

export async function coverageFromDb(db: HamishDatabase): Promise<CoverageIndex> {
  const index = new CoverageIndex();
  await db.articles.each((a) => {
    if (!a.onTopic) return;
    index.add({
      id: a.id,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      visitedAt: a.visitedAt,
      entities: a.entities,
      keywords: a.keywords ?? [],
      signature: a.signature ?? [],
      eventId: a.eventId ?? a.id,
    });
  });
  return index;
}

/** A lazily built, resettable index: what the background keeps in memory. */
export function lazyCoverage(db: () => HamishDatabase) {
  let index: Promise<CoverageIndex> | null = null;
  return {
    coverage: () => (index ??= coverageFromDb(db()).catch((err) => {
      index = null;
      throw err;
    })),
    coverageChanged: () => void (index = null),
  };
}
