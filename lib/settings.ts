/** User settings kept in the database's settings table, with their defaults. */
import type { HamishDatabase } from './db';
import type { TopicPack } from './types';
import { validatePack } from './topic/pack-schema';
import { needsUpgrade, sameVersion, upgradePack } from './topic/pack-upgrade';
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

/** A stored pack, or null for none; one that no longer validates is ignored. */
function storedPack(row: { value: unknown } | undefined): TopicPack | null {
  if (!row?.value) return null;
  try {
    return validatePack(row.value);
  } catch {
    return null;
  }
}

/**
 * The reader's own pack, brought up to `latest` first when it is an edited
 * copy of an older version of it (see upgradePack); null for the default.
 * The upgraded copy is stored, with `latest` as the version it now comes from.
 */
export async function loadCustomPack(db: HamishDatabase, latest: TopicPack): Promise<TopicPack | null> {
  return db.transaction('rw', db.settings, async () => {
    const copy = storedPack(await db.settings.get('pack'));
    if (!copy || !needsUpgrade(copy, latest)) return copy;
    const base = storedPack(await db.settings.get('packBase'));
    let upgraded: TopicPack;
    try {
      upgraded = validatePack(upgradePack(copy, sameVersion(base, copy) ? base : null, latest));
    } catch {
      return copy; // the reader's changes do not fit the new version: theirs stays as it is
    }
    await db.settings.put({ key: 'pack', value: upgraded });
    await db.settings.put({ key: 'packBase', value: latest });
    return upgraded;
  });
}

/**
 * Store the reader's own pack (null: back to the default). A copy of the
 * default pack `current` keeps, beside it, the version it was made from, so
 * that a newer default can later be merged with the reader's changes.
 */
export async function setCustomPack(db: HamishDatabase, pack: TopicPack | null, current?: TopicPack): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (!pack) {
      await db.settings.bulkDelete(['pack', 'packBase']);
      return;
    }
    const base = storedPack(await db.settings.get('packBase'));
    await db.settings.put({ key: 'pack', value: pack });
    if (sameVersion(base, pack)) return;
    if (sameVersion(current, pack)) await db.settings.put({ key: 'packBase', value: current });
    else await db.settings.delete('packBase');
  });
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
