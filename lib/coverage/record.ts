/** Turning an analysed page into a coverage record (what the article store keeps). */
import type { Analysis } from '../types';
import { keywordVector, minhash } from './features';
import type { CoverageDoc } from './index';

export function coverageDoc(id: string, url: string, text: string, analysis: Analysis, visitedAt: number): CoverageDoc {
  return {
    id,
    url,
    title: analysis.title,
    outlet: analysis.outlet,
    published: analysis.published,
    visitedAt,
    entities: analysis.entities.map((e) => ({ id: e.id, count: e.count })),
    keywords: keywordVector(text),
    signature: minhash(text),
  };
}
