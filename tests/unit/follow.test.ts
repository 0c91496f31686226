import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { HamishDatabase } from '@/lib/db';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { createBackgroundService } from '@/lib/background/service';
import { createFeedFollower } from '@/lib/background/feeds';
import { lazyCoverage } from '@/lib/coverage/store';
import { TabStates } from '@/lib/background/tab-state';
import { domFeedReader, isParseRequest } from '@/lib/coverage/dom-reader';
import { MAX_NEW_PER_CHECK, validFeeds } from '@/lib/coverage/follow';

const demo = (name: string) => readFileSync(join(import.meta.dirname, '../../demo/pages', name), 'utf8');
const FEED = 'https://news.example/feed.xml';
const rss = (links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار</title>${links.map((l) => `<item><title>خبر</title><link>${l}</link></item>`).join('')}</channel></rss>`;

let db: HamishDatabase;
let web: Map<string, string>;
let fetched: string[];
let allowedSites: Set<string>;
let alarm: boolean;
let clock: number;

function setup() {
  const reader = domFeedReader(new new JSDOM('').window.DOMParser());
  let released = 0;
  const deps = {
    reader: { ...reader, done: async () => void released++ },
    fetchText: async (url: string) => {
      fetched.push(url);
      const body = web.get(url);
      if (body === undefined) throw new Error('HTTP 404');
      return body;
    },
    mayFetch: async (url: string) => allowedSites.has(new URL(url).origin),
    now: () => clock,
  };
  const follower = createFeedFollower(() => db, {
    ...deps,
    add: (page) => service.handle({ type: 'coverage/add', page }, { from: 'page' }),
  });
  const service = createBackgroundService({
    db: () => db,
    analyzer: async () => createAnalyzer(DEFAULT_PACK),
    packChanged: () => {},
    defaultPack: DEFAULT_PACK,
    ...lazyCoverage(() => db),
    tabs: new TabStates(null),
    setBadge: async () => {},
    refreshArticle: async () => {},
    reanalyzeAll: async () => {},
    feeds: { follower, allowed: deps.mayFetch, schedule: async (on) => void (alarm = on) },
    now: () => clock,
  });
  return { service, released: () => released };
}

beforeEach(() => {
  db = new HamishDatabase(`follow-${Math.random()}`);
  fetched = [];
  alarm = false;
  clock = Date.UTC(2024, 5, 20);
  allowedSites = new Set(['https://news.example']);
  web = new Map([
    [FEED, rss(['/putin-assad-reconciliation.html', '/dates-festival.html', '/missing.html'])],
    ['https://news.example/putin-assad-reconciliation.html', demo('putin-assad-reconciliation.html')],
    ['https://news.example/dates-festival.html', demo('dates-festival.html')],
  ]);
});

describe('following feeds', () => {
  it('follows a feed: the check keeps new articles on the topic, and reads each item only once', async () => {
    const { service, released } = setup();
    const page = { from: 'page' as const };
    const list = await service.handle({ type: 'feeds/follow', url: FEED }, page);
    expect(list).toMatchObject([{ url: FEED, lastChecked: null, seen: 0 }]);
    expect(alarm).toBe(true);

    const [checked] = await service.handle({ type: 'feeds/check', url: FEED }, page);
    expect(checked).toMatchObject({ lastAdded: 1, totalAdded: 1, seen: 3 });
    expect(checked.lastError).toMatch(/1 of 3 new items could not be read .*missing\.html: HTTP 404/);
    expect(checked.lastChecked).toBe(new Date(clock).toISOString());
    expect(released()).toBe(1);
    const stored = await db.articles.toArray();
    expect(stored.map((a) => a.url)).toEqual(['https://news.example/putin-assad-reconciliation.html']);

    // A second check fetches the feed and nothing else; a new item is read.
    fetched = [];
    web.set(FEED, rss(['/putin-assad-reconciliation.html', '/dates-festival.html', '/missing.html', '/hmeimim-military-meeting.html']));
    web.set('https://news.example/hmeimim-military-meeting.html', demo('hmeimim-military-meeting.html'));
    const [again] = await service.handle({ type: 'feeds/check' }, page);
    expect(fetched).toEqual([FEED, 'https://news.example/hmeimim-military-meeting.html']);
    expect(again).toMatchObject({ lastAdded: 1, totalAdded: 2, seen: 4, lastError: null });
  });

  it('needs the reader\'s permission for the feed\'s site, and leaves items on other sites for later', async () => {
    const { service } = setup();
    const page = { from: 'page' as const };
    await expect(service.handle({ type: 'feeds/follow', url: 'https://elsewhere.example/rss' }, page)).rejects.toThrow(/may not read this site/);
    expect(await service.handle({ type: 'feeds/list' }, page)).toEqual([]);

    web.set(FEED, rss(['https://other.example/a.html']));
    await service.handle({ type: 'feeds/follow', url: FEED }, page);
    const [checked] = await service.handle({ type: 'feeds/check', url: FEED }, page);
    expect(checked).toMatchObject({ seen: 0, lastAdded: 0 });
    expect(checked.lastError).toMatch(/other sites/);
    expect(fetched).toEqual([FEED]);

    allowedSites.delete('https://news.example');
    const [withdrawn] = await service.handle({ type: 'feeds/check', url: FEED }, page);
    expect(withdrawn.lastError).toMatch(/access to this site was withdrawn/);
  });

  it('reads at most a bounded number of new items per check, and a broken feed is an error on the feed, not a crash', async () => {
    const { service } = setup();
    const page = { from: 'page' as const };
    web.set(FEED, rss(Array.from({ length: 50 }, (_, i) => `/a${i}.html`)));
    await service.handle({ type: 'feeds/follow', url: FEED }, page);
    const [first] = await service.handle({ type: 'feeds/check', url: FEED }, page);
    expect(first.seen).toBe(MAX_NEW_PER_CHECK);
    web.set(FEED, '<rss><unclosed>');
    const [broken] = await service.handle({ type: 'feeds/check', url: FEED }, page);
    expect(broken.lastError).toMatch(/not a valid RSS or Atom feed/);
    expect(broken.seen).toBe(MAX_NEW_PER_CHECK);
  });

  it('stops following: the feed goes, and so does the hourly check when none is left', async () => {
    const { service } = setup();
    const page = { from: 'page' as const };
    await service.handle({ type: 'feeds/follow', url: FEED }, page);
    await service.handle({ type: 'feeds/follow', url: FEED }, page); // twice is once
    expect(await service.handle({ type: 'feeds/list' }, page)).toHaveLength(1);
    expect(await service.handle({ type: 'feeds/unfollow', url: FEED }, page)).toEqual([]);
    expect(alarm).toBe(false);
  });

  it('keeps only well-formed feed records from storage and only answers its own parse requests', () => {
    expect(validFeeds([{ url: 'javascript:alert(1)' }, { url: FEED, seen: [1, 'x'], lastAdded: -3 }, null, 'x'])).toEqual([
      { url: FEED, since: new Date(0).toISOString(), lastChecked: null, lastError: null, lastAdded: 0, totalAdded: 0, seen: ['x'] },
    ]);
    expect(validFeeds({ url: FEED })).toEqual([]);
    expect(isParseRequest({ target: 'hamish-parser', kind: 'page', text: '<p>x</p>', url: 'https://a.example/' })).toBe(true);
    expect(isParseRequest({ target: 'hamish-parser', kind: 'eval', text: '', url: 'https://a.example/' })).toBe(false);
    expect(isParseRequest({ type: 'tab/state', tabId: 1 })).toBe(false);
  });
});
