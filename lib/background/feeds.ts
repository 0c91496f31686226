/**
 * The background's feed follower: checks followed feeds one at a time (an
 * alarm and a "check now" never read the same feed twice at once) and writes
 * each feed's record back without undoing an unfollow made meanwhile.
 */
import type { HamishDatabase } from '../db';
import { getFeeds, updateFeeds } from '../settings';
import { checkFeed, type FollowDeps, type FollowedFeed } from '../coverage/follow';
import type { FeedSummary } from '../messages';

export interface FeedFollower {
  /** Check these feeds (all when omitted); resolves when done. */
  check(urls?: string[]): Promise<void>;
}

export function summarizeFeeds(feeds: FollowedFeed[]): FeedSummary[] {
  return feeds.map(({ seen, ...rest }) => ({ ...rest, seen: seen.length }));
}

export function createFeedFollower(db: () => HamishDatabase, deps: FollowDeps): FeedFollower {
  let queue: Promise<void> = Promise.resolve();
  const run = async (urls?: string[]) => {
    const feeds = (await getFeeds(db())).filter((f) => !urls || urls.includes(f.url));
    try {
      for (const feed of feeds) {
        const checked = await checkFeed(feed, deps);
        await updateFeeds(db(), (list) => list.map((f) => (f.url === checked.url ? checked : f)));
      }
    } finally {
      await deps.reader.done?.();
    }
  };
  return {
    check(urls) {
      const next = queue.then(() => run(urls));
      queue = next.catch(() => {});
      return next;
    },
  };
}
