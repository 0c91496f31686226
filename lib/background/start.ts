/**
 * Wires browser events to the background service: messages (validated at
 * the boundary), the badge, the context menu, the keyboard command and tab
 * life-cycle. Listeners are registered synchronously, as MV3 requires for a
 * service worker that is woken by an event.
 */
import { browser, t, tellTab } from '../platform/browser';
import { getDb } from '../db';
import { createAnalyzer, type Analyzer } from '../analyze';
import { DEFAULT_PACK } from '../topic/default-pack';
import { classifySender, parseRequest, type Reply, type SenderInfo } from '../messages';
import { createBackgroundService } from './service';
import { TabStates, type SessionArea } from './tab-state';
import { getFeeds, loadCustomPack } from '../settings';
import { lazyCoverage } from '../coverage/store';
import { explainError, errorMessage } from '../errors';
import { createFeedFollower } from './feeds';
import { backgroundReader } from '../platform/parser';
import { fetchText, originPattern } from '../coverage/fetch-page';

const MENU_ID = 'hamish-highlight';
const FEED_ALARM = 'hamish-feeds';
const FEED_PERIOD_MINUTES = 60;

export function startBackground(): void {
  let analyzer: Promise<Analyzer> | null = null;
  const session = (browser.storage as unknown as { session?: SessionArea }).session ?? null;
  const tabs = new TabStates(session);
  // Highlights opened from the library: scrolled to once their tab has placed them.
  const pendingScroll = new Map<number, string>();
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  const mayFetch = (url: string) => browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
  const follower = createFeedFollower(getDb, {
    reader: backgroundReader(),
    fetchText: (url) => fetchText(url),
    mayFetch,
    add: (page) => service.handle({ type: 'coverage/add', page }, { from: 'page' }),
    now: Date.now,
  });
  const scheduleFeeds = async (active: boolean) => {
    if (!active) return void (await browser.alarms.clear(FEED_ALARM));
    if (!(await browser.alarms.get(FEED_ALARM))) await browser.alarms.create(FEED_ALARM, { periodInMinutes: FEED_PERIOD_MINUTES });
  };

  const service = createBackgroundService({
    feeds: { follower, allowed: mayFetch, schedule: scheduleFeeds },
    db: getDb,
    analyzer: () =>
      (analyzer ??= loadCustomPack(getDb(), DEFAULT_PACK)
        .catch(() => null)
        .then((pack) => createAnalyzer(pack ?? DEFAULT_PACK))),
    packChanged: () => void (analyzer = null),
    ...lazyCoverage(getDb),
    defaultPack: DEFAULT_PACK,
    tabs,
    async setBadge(tabId, text) {
      await action.setBadgeText({ tabId, text }).catch(() => {});
      if (text) await action.setBadgeBackgroundColor({ tabId, color: '#0e6e64' }).catch(() => {});
    },
    async refreshArticle(articleId, exceptTabId) {
      const open = await browser.tabs.query({});
      const ids = open.map((tab) => tab.id).filter((id): id is number => typeof id === 'number' && id !== exceptTabId);
      for (const id of await tabs.tabsShowing(articleId, ids)) await tellTab(id, { type: 'content/refresh' });
    },
    async openHighlight(h) {
      const tab = await browser.tabs.create({ url: h.url });
      if (typeof tab.id === 'number') pendingScroll.set(tab.id, h.id);
    },
    async placed(tabId) {
      const id = pendingScroll.get(tabId);
      if (id === undefined) return;
      pendingScroll.delete(tabId);
      await tellTab(tabId, { type: 'content/scrollTo', id });
    },
    async reanalyzeAll() {
      const open = await browser.tabs.query({});
      await Promise.all(open.map((tab) => (typeof tab.id === 'number' ? tellTab(tab.id, { type: 'content/reanalyze' }) : false)));
    },
  });

  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo) => {
    let reply: Promise<Reply<unknown>>;
    try {
      const from = classifySender(sender, browser.runtime.id, extensionOrigin);
      const request = parseRequest(raw, from);
      reply = service
        .handle(request, { from, tabId: sender.tab?.id, url: sender.url })
        .then((data) => ({ ok: true as const, data }))
        .catch((err: unknown) => ({ ok: false as const, error: explainError(err) }));
    } catch (err) {
      reply = Promise.resolve({ ok: false as const, error: errorMessage(err) });
    }
    return reply;
  });

  const highlightInTab = (tabId: number | undefined) => {
    if (tabId !== undefined) void tellTab(tabId, { type: 'content/highlightSelection' });
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void follower.check();
  });
  // Firefox forgets alarms when it quits: set the check again at start.
  const resumeFeeds = () => void getFeeds(getDb()).then((feeds) => scheduleFeeds(feeds.length > 0)).catch(() => {});
  browser.runtime.onStartup.addListener(resumeFeeds);

  browser.runtime.onInstalled.addListener(() => {
    resumeFeeds();
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: t('menuHighlight'), contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) highlightInTab(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'highlight-selection') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    highlightInTab(tab?.id);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void tabs.reset(tabId, null);
      void action.setBadgeText({ tabId, text: '' }).catch(() => {});
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
}
