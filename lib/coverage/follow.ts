/**
 * Following RSS/Atom feeds: at each check, the feed's new items are fetched,
 * read and stored when they are on the topic. The reading itself (XML and
 * HTML parsing) happens wherever a DOM parser is; this module only decides
 * what to fetch and keeps the feed's record.
 */
import type { ExtractedPage } from '../types';
import type { FeedItem } from './feeds';
import { errorMessage } from '../errors';

export interface FollowedFeed {
  url: string;
  /** When the reader started following it (ISO). */
  since: string;
  lastChecked: string | null;
  /** What went wrong at the last check, in words; null when all went well. */
  lastError: string | null;
  /** Articles on the topic stored at the last check, and in all. */
  lastAdded: number;
  totalAdded: number;
  /** Item addresses already read, oldest first (bounded). */
  seen: string[];
}

/** Where pages and feeds are parsed (a document: the Firefox background page, Chrome's offscreen document). */
export interface FeedReader {
  items(xml: string, base: string): Promise<FeedItem[]>;
  page(html: string, url: string): Promise<ExtractedPage>;
  /** Release the parser after a round of checks. */
  done?(): Promise<void>;
}

export interface FollowDeps {
  reader: FeedReader;
  fetchText(url: string): Promise<string>;
  /** The reader granted access to this address's site. */
  mayFetch(url: string): Promise<boolean>;
  /** Analyse and store when on the topic. */
  add(page: ExtractedPage): Promise<{ stored: boolean }>;
  now(): number;
}

/** New items read per feed and check, so one check stays short. */
export const MAX_NEW_PER_CHECK = 20;
const SEEN_LIMIT = 2000;
export const MAX_FEEDS = 100;

export function newFeed(url: string, now: number): FollowedFeed {
  return { url, since: new Date(now).toISOString(), lastChecked: null, lastError: null, lastAdded: 0, totalAdded: 0, seen: [] };
}

/** Check one feed; never throws: what failed is in `lastError`. */
export async function checkFeed(feed: FollowedFeed, deps: FollowDeps): Promise<FollowedFeed> {
  const next: FollowedFeed = { ...feed, lastChecked: new Date(deps.now()).toISOString(), lastAdded: 0, seen: [...feed.seen] };
  try {
    if (!(await deps.mayFetch(feed.url))) throw new Error('access to this site was withdrawn; follow the feed again to allow it');
    const items = await deps.reader.items(await deps.fetchText(feed.url), feed.url);
    const seen = new Set(feed.seen);
    const fresh = items.filter((item) => !seen.has(item.url)).slice(0, MAX_NEW_PER_CHECK);
    const failures: string[] = [];
    let blocked = 0;
    for (const item of fresh) {
      // Items on a site the reader has not allowed are left for a later check.
      if (!(await deps.mayFetch(item.url))) {
        blocked++;
        continue;
      }
      try {
        const page = await deps.reader.page(await deps.fetchText(item.url), item.url);
        if ((await deps.add(page)).stored) next.lastAdded++;
      } catch (e) {
        failures.push(`${item.url}: ${errorMessage(e)}`);
      }
      // A page that failed is not fetched again at every check.
      next.seen.push(item.url);
    }
    next.seen = next.seen.slice(-SEEN_LIMIT);
    next.totalAdded += next.lastAdded;
    const problems = [
      failures.length ? `${failures.length} of ${fresh.length} new items could not be read (${failures[0]})` : '',
      blocked ? `${blocked} items are on other sites that Hamish may not read` : '',
    ].filter(Boolean);
    next.lastError = problems.length ? problems.join('; ') : null;
  } catch (e) {
    next.lastError = errorMessage(e);
  }
  return next;
}

/** A feed list read from storage, keeping only well-formed records. */
export function validFeeds(value: unknown): FollowedFeed[] {
  if (!Array.isArray(value)) return [];
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  const out: FollowedFeed[] = [];
  for (const f of value.slice(0, MAX_FEEDS)) {
    if (!f || typeof f !== 'object') continue;
    const r = f as Record<string, unknown>;
    const url = str(r.url);
    if (!url || !/^https?:\/\//.test(url)) continue;
    out.push({
      url,
      since: str(r.since) ?? new Date(0).toISOString(),
      lastChecked: str(r.lastChecked),
      lastError: str(r.lastError),
      lastAdded: num(r.lastAdded),
      totalAdded: num(r.totalAdded),
      seen: Array.isArray(r.seen) ? r.seen.filter((s): s is string => typeof s === 'string').slice(-SEEN_LIMIT) : [],
    });
  }
  return out;
}
