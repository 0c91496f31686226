/**
 * The background's answers to every request, on plain data. The entrypoint
 * wires browser events to it; tests call it directly on a fake database.
 */
import type { HamishDatabase } from '../db';
import { pageInput, type Analyzer } from '../analyze';
import { newId } from '../hash';
import { ProtocolError, type EntityCard, type RelatedCard, type Request, type Responses, type SenderKind, type TabState } from '../messages';
import { getFeeds, getMarks, loadCustomPack, marksShownOn, setCustomPack, setMarks, siteOf, updateFeeds } from '../settings';
import type { Analysis, Article, ExtractedPage, Highlight, TopicPack } from '../types';
import { validatePack } from '../topic/pack-schema';
import { fromWebAnnotation, toWebAnnotation } from '../exchange/web-annotation';
import { toCsv, toMarkdown } from '../exchange/plain';
import type { CoverageIndex, RelatedDoc } from '../coverage/index';
import { coverageDoc } from '../coverage/record';
import type { TabStates } from './tab-state';
import { summarizeFeeds, type FeedFollower } from './feeds';
import { MAX_FEEDS, newFeed } from '../coverage/follow';

export interface BackgroundDeps {
  db: () => HamishDatabase;
  /** The analyzer for the pack in use (the reader's own, else the default). */
  analyzer: () => Promise<Analyzer>;
  /** Forget the compiled analyzer after the pack changed. */
  packChanged: () => void;
  defaultPack: TopicPack;
  tabs: TabStates;
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** Ask tabs showing this article to repaint its highlights. */
  refreshArticle: (articleId: string, exceptTabId?: number) => Promise<void>;
  /** Ask every tab to analyse its page again (settings or pack changed). */
  reanalyzeAll: () => Promise<void>;
  /** The related-coverage index over the stored articles (built on first use). */
  coverage: () => Promise<CoverageIndex>;
  /** Forget the index after bulk changes (import, clear). */
  coverageChanged: () => void;
  /** Open an article in a new tab and scroll to a highlight once it is placed. */
  openHighlight?: (h: Highlight) => Promise<void>;
  /** A tab has placed its highlights (it may now be scrolled to one). */
  placed?: (tabId: number) => Promise<void>;
  /** Following feeds (needs the network and a DOM parser, so it is wired by the entrypoint). */
  feeds?: {
    follower: FeedFollower;
    /** The reader allowed Hamish to read this address's site. */
    allowed(url: string): Promise<boolean>;
    /** Keep the periodic check on while any feed is followed. */
    schedule(active: boolean): Promise<void>;
  };
  now?: () => number;
}

export interface RequestContext {
  from: SenderKind;
  tabId?: number;
  /** The sender's URL (a content script's page). */
  url?: string;
}

const EXCERPT_CHARS = 300;

/** The badge: the number of known entities on an on-topic article, else empty. */
export function badgeFor(analysis: Analysis): string {
  if (!(analysis.lang === 'ar' && analysis.isArticle && analysis.topic.onTopic)) return '';
  const n = analysis.entities.length;
  return n > 99 ? '99+' : String(Math.max(1, n));
}

function articleRecord(page: ExtractedPage, analysis: Analysis, previous: Article | undefined, now: number, extra: Pick<Article, 'keywords' | 'signature' | 'eventId'>): Article {
  const urls = new Set(previous?.urls ?? []);
  urls.add(page.url);
  return {
    id: page.canonicalUrl,
    url: page.url,
    urls: [...urls].slice(-20),
    title: analysis.title,
    outlet: analysis.outlet,
    published: analysis.published,
    visitedAt: now,
    lang: analysis.lang,
    onTopic: analysis.topic.onTopic,
    score: analysis.topic.score,
    entities: analysis.entities.map((e) => ({ id: e.id, count: e.count })),
    excerpt: page.text.slice(0, EXCERPT_CHARS),
    ...extra,
  };
}

export function createBackgroundService(deps: BackgroundDeps) {
  const now = deps.now ?? Date.now;
  const needFeeds = () => {
    if (!deps.feeds) throw new Error('Following feeds is not available here');
    return deps.feeds;
  };

  function analyzePage(analyzer: Analyzer, page: ExtractedPage): Analysis {
    return analyzer.analyze(pageInput(page));
  }

  /** Store an on-topic article with its coverage features and event; returns its related coverage. */
  async function recordCoverage(index: CoverageIndex, page: ExtractedPage, analysis: Analysis): Promise<RelatedDoc[]> {
    const db = deps.db();
    const doc = coverageDoc(page.canonicalUrl, page.url, page.text, analysis, now());
    const found = index.related(doc, 10);
    // Same text or same event joins that article's event; else a new event begins.
    const eventId = found.find((r) => r.relation !== 'related')?.doc.eventId ?? index.get(doc.id)?.eventId ?? doc.id;
    await db.transaction('rw', db.articles, async () => {
      const previous = await db.articles.get(page.canonicalUrl);
      await db.articles.put(articleRecord(page, analysis, previous, now(), { keywords: doc.keywords, signature: doc.signature, eventId }));
    });
    index.add({ ...doc, eventId });
    return found;
  }

  async function relatedCards(found: RelatedDoc[], packEntities: { id: string; label: { ar: string } }[]): Promise<RelatedCard[]> {
    const labels = new Map(packEntities.map((e) => [e.id, e.label.ar]));
    const db = deps.db();
    return Promise.all(
      found.map(async (r) => ({
        id: r.id,
        url: r.doc.url,
        title: r.doc.title,
        outlet: r.doc.outlet,
        published: r.doc.published,
        relation: r.relation,
        score: r.score,
        sharedEntities: r.sharedEntities.map((id) => ({ id, label: labels.get(id) ?? id })),
        daysApart: r.daysApart,
        highlights: await db.highlights.where('articleId').equals(r.id).count(),
      })),
    );
  }

  function needTab(ctx: RequestContext): number {
    if (ctx.tabId === undefined) throw new ProtocolError('Refused: this request needs a tab');
    return ctx.tabId;
  }

  async function highlightsOf(articleId: string): Promise<Highlight[]> {
    const list = await deps.db().highlights.where('articleId').equals(articleId).toArray();
    return list.sort((a, b) => a.position.start - b.position.start || a.created - b.created);
  }

  const handlers: { [K in Request['type']]: (req: Extract<Request, { type: K }>, ctx: RequestContext) => Promise<Responses[K]> } = {
    async 'page/analyze'({ page }, ctx) {
      const tabId = needTab(ctx);
      const analyzer = await deps.analyzer();
      const analysis = analyzePage(analyzer, page);
      await deps.tabs.update(tabId, { url: page.canonicalUrl, analysis: { ...analysis, url: page.url, canonicalUrl: page.canonicalUrl }, skipped: null });
      await deps.setBadge(tabId, badgeFor(analysis));
      const db = deps.db();
      const onTopic = analysis.lang === 'ar' && analysis.topic.onTopic;
      const index = onTopic ? await deps.coverage() : null;
      const found = index ? await recordCoverage(index, page, analysis) : [];
      const related = await relatedCards(found, analyzer.pack.entities);
      await deps.tabs.update(tabId, { related });
      const show = onTopic && analysis.entities.length > 0 && marksShownOn(await getMarks(db), page.url);
      const entities: Record<string, EntityCard> = {};
      if (show) {
        const byId = new Map(analyzer.pack.entities.map((e) => [e.id, e]));
        for (const m of analysis.entities) {
          const e = byId.get(m.id);
          if (!e) continue;
          const latest = index ? index.latestWith(e.id, 3, page.canonicalUrl) : [];
          const count = index ? index.entityCount(e.id) - (index.get(page.canonicalUrl)?.entities.some((x) => x.id === e.id) ? 1 : 0) : 0;
          entities[e.id] = {
            id: e.id, type: e.type, label: e.label, description: e.description, ...(e.wikidata ? { wikidata: e.wikidata } : {}),
            coverage: { count, latest: latest.map((d) => ({ url: d.url, title: d.title, outlet: d.outlet, published: d.published })) },
          };
        }
      }
      return { analysis, marks: { show, entities } };
    },

    async 'page/skipped'({ url, reason }, ctx) {
      const tabId = needTab(ctx);
      await deps.tabs.update(tabId, { url, analysis: null, skipped: reason });
      await deps.setBadge(tabId, '');
      return null;
    },

    async 'highlights/forPage'({ canonicalUrl }) {
      return highlightsOf(canonicalUrl);
    },

    async 'highlight/create'({ highlight }, ctx) {
      const t = now();
      const record: Highlight = {
        id: newId(),
        articleId: highlight.canonicalUrl,
        url: highlight.url,
        title: highlight.title,
        quote: highlight.quote,
        position: highlight.position,
        ...(highlight.range ? { range: highlight.range } : {}),
        ...(highlight.positionCodePoints ? { positionCodePoints: { start: highlight.positionCodePoints.start, end: highlight.positionCodePoints.end } } : {}),
        note: highlight.note ?? '',
        tags: highlight.tags ?? [],
        colour: highlight.colour,
        textHash: highlight.textHash,
        created: t,
        modified: t,
      };
      await deps.db().highlights.add(record);
      await deps.refreshArticle(record.articleId, ctx.tabId);
      return record;
    },

    async 'highlight/update'({ id, patch }, ctx) {
      const db = deps.db();
      const updated = await db.transaction('rw', db.highlights, async () => {
        const current = await db.highlights.get(id);
        if (!current) throw new Error(`No highlight with id ${id}`);
        const next: Highlight = {
          ...current,
          ...(patch.note !== undefined ? { note: patch.note } : {}),
          ...(patch.tags !== undefined ? { tags: [...new Set(patch.tags.map((s) => s.trim()))] } : {}),
          ...(patch.colour !== undefined ? { colour: patch.colour } : {}),
          modified: now(),
        };
        await db.highlights.put(next);
        return next;
      });
      await deps.refreshArticle(updated.articleId, ctx.from === 'content' ? ctx.tabId : undefined);
      return updated;
    },

    async 'highlight/delete'({ id }, ctx) {
      const db = deps.db();
      const removed = await db.transaction('rw', db.highlights, async () => {
        const current = await db.highlights.get(id);
        if (current) await db.highlights.delete(id);
        return current ?? null;
      });
      if (removed) await deps.refreshArticle(removed.articleId, ctx.from === 'content' ? ctx.tabId : undefined);
      return removed;
    },

    async 'highlight/restore'({ highlight }) {
      await deps.db().highlights.put(highlight);
      await deps.refreshArticle(highlight.articleId);
      return highlight;
    },

    async 'highlights/placed'({ canonicalUrl, orphans }, ctx) {
      const tabId = needTab(ctx);
      await deps.tabs.update(tabId, { url: canonicalUrl, orphans });
      await deps.placed?.(tabId);
      return null;
    },

    async 'marks/setSite'({ enabled }, ctx) {
      const site = siteOf(ctx.url ?? '');
      if (!site) throw new Error('This page has no site to switch marks for');
      const db = deps.db();
      const current = await getMarks(db);
      const sites = new Set(current.disabledSites);
      if (enabled) sites.delete(site);
      else sites.add(site);
      return setMarks(db, { disabledSites: [...sites] });
    },

    async 'settings/get'() {
      return { marks: await getMarks(deps.db()) };
    },

    async 'settings/setMarks'(req) {
      const next = await setMarks(deps.db(), {
        ...(req.enabled !== undefined ? { enabled: req.enabled } : {}),
        ...(req.disabledSites !== undefined ? { disabledSites: req.disabledSites.map((s) => s.trim()).filter(Boolean) } : {}),
      });
      await deps.reanalyzeAll();
      return next;
    },

    async 'pack/get'() {
      const custom = await loadCustomPack(deps.db(), deps.defaultPack);
      return { pack: custom ?? deps.defaultPack, custom: !!custom };
    },

    async 'pack/set'({ pack }) {
      const valid = validatePack(pack); // throws PackError naming the field: nothing is stored
      await setCustomPack(deps.db(), valid, deps.defaultPack);
      deps.packChanged();
      await deps.reanalyzeAll();
      return { pack: valid, custom: true };
    },

    async 'pack/reset'() {
      await setCustomPack(deps.db(), null);
      deps.packChanged();
      await deps.reanalyzeAll();
      return { pack: deps.defaultPack, custom: false };
    },

    async 'coverage/add'({ page }) {
      const analyzer = await deps.analyzer();
      const analysis = analyzePage(analyzer, page);
      if (!(analysis.lang === 'ar' && analysis.topic.onTopic)) return { stored: false, onTopic: false, title: analysis.title, related: 0 };
      const found = await recordCoverage(await deps.coverage(), page, analysis);
      return { stored: true, onTopic: true, title: analysis.title, related: found.length };
    },

    async 'feeds/list'() {
      return summarizeFeeds(await getFeeds(deps.db()));
    },

    async 'feeds/follow'({ url }) {
      const feeds = needFeeds();
      const href = new URL(url).href;
      if (!(await feeds.allowed(href))) throw new Error('Hamish may not read this site yet: allow it when your browser asks, then follow the feed again.');
      const list = await updateFeeds(deps.db(), (list) => {
        if (list.some((f) => f.url === href)) return list;
        if (list.length >= MAX_FEEDS) throw new Error(`You already follow ${MAX_FEEDS} feeds; stop following one first.`);
        return [...list, newFeed(href, now())];
      });
      await feeds.schedule(true);
      return summarizeFeeds(list);
    },

    async 'feeds/unfollow'({ url }) {
      const href = new URL(url).href;
      const list = await updateFeeds(deps.db(), (list) => list.filter((f) => f.url !== href));
      if (deps.feeds && list.length === 0) await deps.feeds.schedule(false);
      return summarizeFeeds(list);
    },

    async 'feeds/check'({ url }) {
      await needFeeds().follower.check(url ? [new URL(url).href] : undefined);
      return summarizeFeeds(await getFeeds(deps.db()));
    },

    async 'data/export'({ format, articleId }) {
      const db = deps.db();
      const [highlights, articles] = await db.transaction('r', db.highlights, db.articles, () =>
        articleId
          ? Promise.all([db.highlights.where('articleId').equals(articleId).toArray(), db.articles.where('id').equals(articleId).toArray()])
          : Promise.all([db.highlights.toArray(), db.articles.toArray()]),
      );
      const stamp = new Date(now()).toISOString().slice(0, 10);
      const base = `hamish-${articleId ? 'article' : 'all'}-${stamp}`;
      if (format === 'markdown') return { filename: `${base}.md`, mime: 'text/markdown', text: toMarkdown(highlights, articles) };
      if (format === 'csv') return { filename: `${base}.csv`, mime: 'text/csv', text: toCsv(highlights, articles) };
      return { filename: `${base}.jsonld`, mime: 'application/ld+json', text: JSON.stringify(toWebAnnotation({ highlights, articles }, new Date(now())), null, 2) };
    },

    async 'data/import'({ text }) {
      const data = fromWebAnnotation(text); // throws ImportError before anything is written
      const db = deps.db();
      const report = { added: 0, updated: 0, unchanged: 0, articles: 0 };
      await db.transaction('rw', db.highlights, db.articles, async () => {
        const existing = new Map((await db.highlights.bulkGet(data.highlights.map((h) => h.id))).map((h, i) => [data.highlights[i].id, h]));
        const writes: Highlight[] = [];
        for (const h of data.highlights) {
          const current = existing.get(h.id);
          if (!current) { report.added++; writes.push(h); }
          else if (h.modified > current.modified) { report.updated++; writes.push(h); }
          else report.unchanged++; // the copy here is as new or newer: keep it
        }
        await db.highlights.bulkPut(writes);
        const known = new Map((await db.articles.bulkGet(data.articles.map((a) => a.id))).map((a, i) => [data.articles[i].id, a]));
        const articleWrites = data.articles.filter((a) => !known.get(a.id) || a.visitedAt > known.get(a.id)!.visitedAt);
        await db.articles.bulkPut(articleWrites);
        report.articles = articleWrites.length;
      });
      deps.coverageChanged();
      for (const id of new Set(data.highlights.map((h) => h.articleId))) await deps.refreshArticle(id);
      return report;
    },

    async 'data/clear'() {
      const db = deps.db();
      const counts = await db.transaction('rw', db.highlights, db.articles, async () => {
        const c = { highlights: await db.highlights.count(), articles: await db.articles.count() };
        await db.highlights.clear();
        await db.articles.clear();
        return c;
      });
      deps.coverageChanged();
      await deps.reanalyzeAll();
      return counts;
    },

    async 'highlight/open'({ id }) {
      const h = await deps.db().highlights.get(id);
      if (!h) throw new Error(`No highlight with id ${id}`);
      await deps.openHighlight?.(h);
      return null;
    },

    async 'tab/state'({ tabId }): Promise<TabState> {
      const state = await deps.tabs.get(tabId);
      const articleId = state.analysis?.canonicalUrl ?? state.url;
      return { ...state, highlights: articleId ? await highlightsOf(articleId) : [] };
    },
  };

  return {
    handle<T extends Request>(req: T, ctx: RequestContext): Promise<Responses[T['type']]> {
      const handler = handlers[req.type] as unknown as (r: T, c: RequestContext) => Promise<Responses[T['type']]>;
      return handler(req, ctx);
    },
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;
