/**
 * What the background knows about each open tab (its verdict, its orphans).
 * Kept in session storage where there is one, so a service worker that was
 * stopped and started again still knows; otherwise in memory.
 */
import type { TabState } from '../messages';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export type StoredTabState = Omit<TabState, 'highlights'>;

const EMPTY: StoredTabState = { url: null, analysis: null, skipped: null, orphans: [], related: [] };

export class TabStates {
  private memory = new Map<number, StoredTabState>();
  constructor(private area: SessionArea | null) {}

  private key(tabId: number) {
    return `tab:${tabId}`;
  }

  async get(tabId: number): Promise<StoredTabState> {
    const inMemory = this.memory.get(tabId);
    if (inMemory) return inMemory;
    if (this.area) {
      try {
        const got = (await this.area.get(this.key(tabId)))[this.key(tabId)] as StoredTabState | undefined;
        if (got) {
          this.memory.set(tabId, got);
          return got;
        }
      } catch {
        /* session storage unavailable: memory only */
      }
    }
    return { ...EMPTY };
  }

  async update(tabId: number, patch: Partial<StoredTabState>): Promise<StoredTabState> {
    const next = { ...(await this.get(tabId)), ...patch };
    this.memory.set(tabId, next);
    if (this.area) await this.area.set({ [this.key(tabId)]: next }).catch(() => {});
    return next;
  }

  async reset(tabId: number, url: string | null = null): Promise<void> {
    this.memory.set(tabId, { ...EMPTY, url });
    if (this.area) await this.area.remove(this.key(tabId)).catch(() => {});
  }

  async forget(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    if (this.area) await this.area.remove(this.key(tabId)).catch(() => {});
  }

  /** Tabs currently showing the article with this canonical URL. */
  async tabsShowing(canonicalUrl: string, tabIds: number[]): Promise<number[]> {
    const out: number[] = [];
    for (const id of tabIds) {
      const state = await this.get(id);
      if (state.analysis?.canonicalUrl === canonicalUrl || state.url === canonicalUrl) out.push(id);
    }
    return out;
  }
}
