import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HamishDatabase } from '@/lib/db';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { badgeFor, createBackgroundService } from '@/lib/background/service';
import { lazyCoverage } from '@/lib/coverage/store';
import { TabStates, type SessionArea } from '@/lib/background/tab-state';
import type { ExtractedPage } from '@/lib/types';
import type { NewHighlight } from '@/lib/messages';

const demo = (name: string) => readFileSync(join(import.meta.dirname, '../../demo/pages', name), 'utf8');
const textOf = (html: string) => html.replace(/<[^>]+>/g, '\n').replace(/\n\s*\n+/g, '\n');

function page(name: string, url = `https://news.example/${name}`, publishedTime: string | null = null): ExtractedPage {
  return { url, canonicalUrl: url, title: '', text: textOf(demo(name)), siteName: 'Demo', publishedTime, lang: 'ar', dir: 'rtl', isArticle: true };
}

class MemorySession implements SessionArea {
  data = new Map<string, unknown>();
  async get(key: string) { return this.data.has(key) ? { [key]: this.data.get(key) } : {}; }
  async set(items: Record<string, unknown>) { for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v)); }
  async remove(key: string) { this.data.delete(key); }
}

let db: HamishDatabase;
let badges: Map<number, string>;
let refreshed: string[];
let reanalyzed = 0;
let session: MemorySession;
let currentAnalyzer = createAnalyzer(DEFAULT_PACK);

function service(tabs = new TabStates(session)) {
  return createBackgroundService({
    db: () => db,
    analyzer: async () => currentAnalyzer,
    packChanged: () => void 0,
    defaultPack: DEFAULT_PACK,
    ...lazyCoverage(() => db),
    tabs,
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    refreshArticle: async (id) => void refreshed.push(id),
    reanalyzeAll: async () => void reanalyzed++,
    now: () => 1_700_000_000_000,
  });
}

const draft = (url: string): NewHighlight => ({
  url, canonicalUrl: url, title: 'T',
  quote: { type: 'TextQuoteSelector', exact: 'قاعدة حميميم', prefix: 'في ', suffix: ' الجوية' },
  position: { type: 'TextPositionSelector', start: 10, end: 22 },
  textHash: 'abc', colour: 'green',
});

beforeEach(() => {
  db = new HamishDatabase(`test-${Math.random()}`);
  badges = new Map();
  refreshed = [];
  session = new MemorySession();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('background service', () => {
  it('sets the badge and stores the article for an on-topic Arabic article', async () => {
    const s = service();
    const { analysis: a, marks } = await s.handle({ type: 'page/analyze', page: page('hmeimim-military-meeting.html') }, { from: 'content', tabId: 7 });
    expect(a.topic.onTopic).toBe(true);
    expect(marks.show).toBe(true);
    expect(marks.entities.hmeimim.label.en).toBe('Hmeimim');
    expect(marks.entities.hmeimim.description.en).toMatch(/air base/);
    expect(badges.get(7)).toMatch(/^\d+$/);
    const stored = await db.articles.get('https://news.example/hmeimim-military-meeting.html');
    expect(stored?.entities.map((e) => e.id)).toContain('hmeimim');
    expect(stored?.excerpt.length).toBeGreaterThan(50);
  });

  it('leaves the badge empty and stores nothing for an off-topic Arabic article', async () => {
    const s = service();
    const { analysis: a, marks } = await s.handle({ type: 'page/analyze', page: page('dates-festival.html') }, { from: 'content', tabId: 8 });
    expect(marks).toEqual({ show: false, entities: {} });
    expect(a.lang).toBe('ar');
    expect(a.topic.onTopic).toBe(false);
    expect(badges.get(8)).toBe('');
    expect(await db.articles.count()).toBe(0);
  });

  it('clears the badge for a skipped (non-Arabic) page', async () => {
    const s = service();
    await s.handle({ type: 'page/skipped', url: 'https://en.example/', reason: 'not-arabic' }, { from: 'content', tabId: 9 });
    expect(badges.get(9)).toBe('');
    const state = await s.handle({ type: 'tab/state', tabId: 9 }, { from: 'page' });
    expect(state.skipped).toBe('not-arabic');
  });

  it('creates, updates, deletes and restores highlights', async () => {
    const s = service();
    const url = 'https://news.example/a';
    const h = await s.handle({ type: 'highlight/create', highlight: draft(url) }, { from: 'content', tabId: 1 });
    expect(h.note).toBe('');
    expect(refreshed).toEqual([url]);
    const u = await s.handle({ type: 'highlight/update', id: h.id, patch: { note: 'ملاحظة', tags: [' x ', 'x', 'y'], colour: 'blue' } }, { from: 'page' });
    expect([u.note, u.tags, u.colour]).toEqual(['ملاحظة', ['x', 'y'], 'blue']);
    expect(await s.handle({ type: 'highlights/forPage', url, canonicalUrl: url }, { from: 'content', tabId: 1 })).toHaveLength(1);
    const removed = await s.handle({ type: 'highlight/delete', id: h.id }, { from: 'page' });
    expect(removed?.id).toBe(h.id);
    expect(await db.highlights.count()).toBe(0);
    await s.handle({ type: 'highlight/restore', highlight: removed! }, { from: 'page' });
    expect((await db.highlights.get(h.id))?.note).toBe('ملاحظة');
  });

  it('refuses an update of a highlight that does not exist, changing nothing', async () => {
    const s = service();
    await expect(s.handle({ type: 'highlight/update', id: 'missing', patch: { note: 'x' } }, { from: 'page' })).rejects.toThrow(/No highlight/);
    expect(await db.highlights.count()).toBe(0);
  });

  it('answers tab state with verdict, highlights and orphans after a restart of the worker', async () => {
    const url = 'https://news.example/hmeimim-military-meeting.html';
    const first = service();
    await first.handle({ type: 'page/analyze', page: page('hmeimim-military-meeting.html') }, { from: 'content', tabId: 5 });
    const h = await first.handle({ type: 'highlight/create', highlight: draft(url) }, { from: 'content', tabId: 5 });
    await first.handle({ type: 'highlights/placed', canonicalUrl: url, orphans: [h.id] }, { from: 'content', tabId: 5 });
    // A new service with fresh memory, same session storage: a woken worker.
    const woken = service(new TabStates(session));
    const state = await woken.handle({ type: 'tab/state', tabId: 5 }, { from: 'page' });
    expect(state.analysis?.topic.onTopic).toBe(true);
    expect(state.highlights.map((x) => x.id)).toEqual([h.id]);
    expect(state.orphans).toEqual([h.id]);
  });

  it('lets a page switch entity marks off for its own site only, and the options switch them everywhere', async () => {
    const s = service();
    const url = 'https://www.news.example/hmeimim-military-meeting.html';
    const analyze = () => s.handle({ type: 'page/analyze', page: page('hmeimim-military-meeting.html', url) }, { from: 'content', tabId: 3, url });
    expect((await analyze()).marks.show).toBe(true);
    const after = await s.handle({ type: 'marks/setSite', enabled: false }, { from: 'content', tabId: 3, url });
    expect(after.disabledSites).toEqual(['news.example']);
    expect((await analyze()).marks.show).toBe(false);
    await s.handle({ type: 'marks/setSite', enabled: true }, { from: 'content', tabId: 3, url });
    expect((await analyze()).marks.show).toBe(true);
    await s.handle({ type: 'settings/setMarks', enabled: false }, { from: 'page' });
    expect(reanalyzed).toBeGreaterThan(0);
    expect((await analyze()).marks.show).toBe(false);
    expect((await s.handle({ type: 'settings/get' }, { from: 'page' })).marks.enabled).toBe(false);
  });

  it('stores a valid custom pack, refuses a broken one with the field named, and resets', async () => {
    const s = service();
    expect((await s.handle({ type: 'pack/get' }, { from: 'page' })).custom).toBe(false);
    const pack = structuredClone(DEFAULT_PACK);
    pack.entities.push({ id: 'guterres', type: 'person', label: { ar: 'غوتيريش', en: 'António Guterres' }, aliases: ['غوتيريش'], description: { en: 'UN Secretary-General.' } });
    const saved = await s.handle({ type: 'pack/set', pack }, { from: 'page' });
    expect(saved.custom).toBe(true);
    expect(reanalyzed).toBeGreaterThan(0);
    const broken = { ...pack, entities: [{ ...pack.entities[0], type: 'planet' }] };
    await expect(s.handle({ type: 'pack/set', pack: broken }, { from: 'page' })).rejects.toThrow(/entities\[0\]\.type/);
    const got = await s.handle({ type: 'pack/get' }, { from: 'page' });
    expect(got.pack.entities.map((e) => e.id)).toContain('guterres');
    expect((await s.handle({ type: 'pack/reset' }, { from: 'page' })).custom).toBe(false);
    expect((await s.handle({ type: 'pack/get' }, { from: 'page' })).pack.entities.map((e) => e.id)).not.toContain('guterres');
  });

  it('links a report to earlier coverage of the same event and puts it in the same event', async () => {
    const s = service();
    await s.handle({ type: 'page/analyze', page: page('assad-arrives-moscow.html', undefined, '2023-03-14') }, { from: 'content', tabId: 1 });
    await s.handle({ type: 'page/analyze', page: page('hmeimim-military-meeting.html', undefined, '2024-06-17') }, { from: 'content', tabId: 2 });
    const b = await s.handle({ type: 'page/analyze', page: page('putin-assad-reconciliation.html', undefined, '2023-03-15') }, { from: 'content', tabId: 3 });
    const state = await s.handle({ type: 'tab/state', tabId: 3 }, { from: 'page' });
    const top = state.related[0];
    expect(top.id).toBe('https://news.example/assad-arrives-moscow.html');
    expect(top.relation).toBe('same event');
    expect(top.daysApart).toBe(1);
    expect(top.sharedEntities.map((e) => e.label)).toContain('بشار الأسد');
    const [first, second] = await db.articles.bulkGet(['https://news.example/assad-arrives-moscow.html', 'https://news.example/putin-assad-reconciliation.html']);
    expect(second?.eventId).toBe(first?.eventId);
    // The entity card says how many earlier articles mention the name.
    expect(b.marks.entities.assad.coverage?.count).toBe(2);
    expect(b.marks.entities.assad.coverage?.latest.map((d) => d.published)).toEqual(['2024-06-17', '2023-03-14']);
  });

  it('puts nothing on the badge unless the page is an Arabic article on the topic', () => {
    const base = { lang: 'ar', arabicShare: 1, isArticle: true, title: '', outlet: '', published: null, entities: [{ id: 'x', label: 'x', count: 1, spans: [] }] };
    expect(badgeFor({ ...base, topic: { score: 1, onTopic: true } })).toBe('1');
    expect(badgeFor({ ...base, topic: { score: 0.3, onTopic: false } })).toBe('');
    expect(badgeFor({ ...base, isArticle: false, topic: { score: 1, onTopic: true } })).toBe('');
  });
});
