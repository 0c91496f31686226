/** User settings kept in the database's settings table, with their defaults. */
import type { HamishDatabase } from './db';
import type { TopicPack } from './types';
import { validatePack } from './topic/pack-schema';
import { validFeeds, type FollowedFeed } from './coverage/follow';

export interface MarksSettings {
  /** Mark entity mentions in on-topic articles. */
  enabled: boolean;
  /** Sites (host names) where marks are off. */
  disabledSites: string[];
}

export const DEFAULT_MARKS: MarksSettings = { enabled: true, disabledSites: [] };

export async function getMarks(db: HamishDatabase): Promise<MarksSettings> {
  const row = await db.settings.get('marks');
  const v = row?.value as Partial<MarksSettings> | undefined;
  return {
    enabled: typeof v?.enabled === 'boolean' ? v.enabled : DEFAULT_MARKS.enabled,
    disabledSites: Array.isArray(v?.disabledSites) ? v.disabledSites.filter((s): s is string => typeof s === 'string') : [],
  };
}

export async function setMarks(db: HamishDatabase, patch: Partial<MarksSettings>): Promise<MarksSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getMarks(db)), ...patch };
    next.disabledSites = [...new Set(next.disabledSites.map((s) => s.toLowerCase()))].sort();
    await db.settings.put({ key: 'marks', value: next });
    return next;
  });
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function marksShownOn(settings: MarksSettings, url: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteOf(url));
}

/** The reader's own topic pack, or null for the default one. A stored pack that no longer validates is ignored. */
export async function getCustomPack(db: HamishDatabase): Promise<TopicPack | null> {
  const row = await db.settings.get('pack');
  if (!row?.value) return null;
  try {
    return validatePack(row.value);
  } catch {
    return null;
  }
}

export async function setCustomPack(db: HamishDatabase, pack: TopicPack | null): Promise<void> {
  if (pack) await db.settings.put({ key: 'pack', value: pack });
  else await db.settings.delete('pack');
}

/** Feeds the reader follows. */
export async function getFeeds(db: HamishDatabase): Promise<FollowedFeed[]> {
  return validFeeds((await db.settings.get('feeds'))?.value);
}

/** Change the feed list in one transaction, so concurrent checks do not undo each other. */
export async function updateFeeds(db: HamishDatabase, change: (feeds: FollowedFeed[]) => FollowedFeed[]): Promise<FollowedFeed[]> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(await getFeeds(db));
    await db.settings.put({ key: 'feeds', value: next });
    return next;
  });
}
