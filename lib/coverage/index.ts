/**
 * Related coverage: an in-memory inverted index over the articles the reader
 * has seen (entities, keywords, MinHash bands) and a score for each
 * candidate from shared entities (idf-weighted), keyword similarity,
 * near-duplicate similarity and distance in time. Plain data in, plain data
 * out: the background keeps one, the CLI and the benchmark build their own.
 */
import { minhashSimilarity, MINHASH_SIZE } from './features';

export interface CoverageDoc {
  id: string;
  url: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
  visitedAt: number;
  entities: { id: string; count: number }[];
  keywords: [string, number][];
  signature: number[];
  eventId?: string;
}

export type Relation = 'same text' | 'same event' | 'related';

export interface RelatedDoc {
  id: string;
  score: number;
  relation: Relation;
  sharedEntities: string[];
  daysApart: number | null;
  doc: CoverageDoc;
}

const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
/** Candidates scored in full per query, the best by their postings' weight. */
const MAX_CANDIDATES = 400;
/** A posting list longer than this share of the index is too common to point anywhere. */
const COMMON_SHARE = 0.05;
/** Thresholds for the relations (see relationOf). */
export const SAME_TEXT = 0.5;
const SAME_EVENT_DAYS = 3;
const MIN_SCORE = 0.12;

function dayNumber(doc: CoverageDoc): number | null {
  const t = doc.published ? Date.parse(doc.published) : NaN;
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string) {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

export class CoverageIndex {
  private docs = new Map<string, CoverageDoc>();
  private byEntity = new Map<string, Set<string>>();
  private byKeyword = new Map<string, Set<string>>();
  private byBand = new Map<string, Set<string>>();

  get size(): number {
    return this.docs.size;
  }

  get(id: string): CoverageDoc | undefined {
    return this.docs.get(id);
  }

  all(): IterableIterator<CoverageDoc> {
    return this.docs.values();
  }

  private bandKeys(sig: number[]): string[] {
    const keys: string[] = [];
    if (sig.length !== MINHASH_SIZE) return keys;
    for (let b = 0; b < BANDS; b++) keys.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join('.')}`);
    return keys;
  }

  add(doc: CoverageDoc): void {
    if (this.docs.has(doc.id)) this.remove(doc.id);
    this.docs.set(doc.id, doc);
    for (const e of doc.entities) addTo(this.byEntity, e.id, doc.id);
    for (const [k] of doc.keywords) addTo(this.byKeyword, k, doc.id);
    for (const key of this.bandKeys(doc.signature)) addTo(this.byBand, key, doc.id);
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    for (const e of doc.entities) this.byEntity.get(e.id)?.delete(id);
    for (const [k] of doc.keywords) this.byKeyword.get(k)?.delete(id);
    for (const key of this.bandKeys(doc.signature)) this.byBand.get(key)?.delete(id);
  }

  /** How many articles mention an entity. */
  entityCount(entity: string): number {
    return this.byEntity.get(entity)?.size ?? 0;
  }

  /** Articles that mention an entity, latest first. */
  latestWith(entity: string, limit: number, except?: string): CoverageDoc[] {
    const ids = this.byEntity.get(entity);
    if (!ids) return [];
    const docs: CoverageDoc[] = [];
    for (const id of ids) if (id !== except) docs.push(this.docs.get(id)!);
    const key = (d: CoverageDoc) => d.published ?? new Date(d.visitedAt).toISOString().slice(0, 10);
    return docs.sort((a, b) => key(b).localeCompare(key(a))).slice(0, limit);
  }

  private idf(postings: Map<string, Set<string>>, key: string): number {
    const df = postings.get(key)?.size ?? 0;
    return Math.log(1 + (this.docs.size + 1) / (df + 1));
  }

  /** The top related articles to `query` (which need not be in the index). */
  related(query: CoverageDoc, limit = 10): RelatedDoc[] {
    const n = Math.max(1, this.docs.size);
    // idf per key, computed once per query.
    const entityIdf = new Map<string, number>();
    const keywordIdf = new Map<string, number>();
    const idfOf = (cache: Map<string, number>, postings: Map<string, Set<string>>, key: string) => {
      let v = cache.get(key);
      if (v === undefined) cache.set(key, (v = this.idf(postings, key)));
      return v;
    };

    const hits = new Map<string, number>();
    const collect = (ids: Set<string> | undefined, weight: number) => {
      if (!ids) return;
      for (const id of ids) if (id !== query.id) hits.set(id, (hits.get(id) ?? 0) + weight);
    };
    // Rare entities and keywords point to candidates; ones in every article do not.
    const common = Math.max(50, n * COMMON_SHARE);
    for (const e of query.entities) {
      const ids = this.byEntity.get(e.id);
      if (ids && ids.size <= common) collect(ids, idfOf(entityIdf, this.byEntity, e.id));
    }
    for (const [k] of query.keywords.slice(0, 12)) {
      const ids = this.byKeyword.get(k);
      if (ids && ids.size <= common) collect(ids, idfOf(keywordIdf, this.byKeyword, k));
    }
    for (const key of this.bandKeys(query.signature)) collect(this.byBand.get(key), 10);
    let candidates = [...hits.entries()];
    if (candidates.length > MAX_CANDIDATES) candidates = candidates.sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);

    const qEnt = new Map(query.entities.map((e) => [e.id, e.count]));
    const qKw = new Map(query.keywords);
    const qKwNorm = Math.sqrt(query.keywords.reduce((s, [k, w]) => s + (w * idfOf(keywordIdf, this.byKeyword, k)) ** 2, 0)) || 1;
    const qEntIdf = query.entities.reduce((s, e) => s + idfOf(entityIdf, this.byEntity, e.id), 0);
    const qDay = dayNumber(query);
    const out: RelatedDoc[] = [];
    for (const [id] of candidates) {
      const doc = this.docs.get(id)!;
      // Entities: idf-weighted Jaccard.
      let shared = 0, docIdf = 0;
      const sharedEntities: string[] = [];
      for (const e of doc.entities) {
        const w = idfOf(entityIdf, this.byEntity, e.id);
        docIdf += w;
        if (qEnt.has(e.id)) {
          shared += w;
          sharedEntities.push(e.id);
        }
      }
      const union = docIdf + qEntIdf - shared;
      const ent = union ? shared / union : 0;
      // Keywords: idf-weighted cosine.
      let dot = 0, norm = 0;
      for (const [k, w] of doc.keywords) {
        const idf = idfOf(keywordIdf, this.byKeyword, k);
        norm += (w * idf) ** 2;
        const q = qKw.get(k);
        if (q) dot += w * q * idf * idf;
      }
      const kw = dot / (qKwNorm * (Math.sqrt(norm) || 1));
      const dup = minhashSimilarity(query.signature, doc.signature);
      const day = dayNumber(doc);
      const daysApart = qDay !== null && day !== null ? Math.abs(qDay - day) : null;
      const time = daysApart === null ? 0.5 : Math.exp(-daysApart / 7);
      const score = 0.35 * ent + 0.25 * kw + 0.25 * dup + 0.15 * time;
      if (score < MIN_SCORE && dup < SAME_TEXT) continue;
      out.push({ id, score: Math.round(score * 1000) / 1000, relation: relationOf(dup, ent, kw, daysApart), sharedEntities: sharedEntities.sort(), daysApart, doc });
    }
    return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }
}

/**
 * Same text: most of the text is shared (a syndicated copy or repost).
 * Same event: dated within three days, with much of the people and the vocabulary.
 * Related: the rest that scored.
 */
export function relationOf(dup: number, ent: number, kw: number, daysApart: number | null): Relation {
  if (dup >= SAME_TEXT) return 'same text';
  // Undated coverage can be related but never claimed as the same event.
  if (daysApart !== null && daysApart <= SAME_EVENT_DAYS && ent >= 0.35 && kw >= 0.15) return 'same event';
  return 'related';
}
