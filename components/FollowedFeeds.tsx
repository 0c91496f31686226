/**
 * Feeds the reader follows: the background checks them every hour (and on
 * demand) and keeps their new articles that are on the topic.
 */
import { useState } from 'preact/hooks';
import { ask, t } from '@/lib/platform/browser';
import type { FeedSummary } from '@/lib/messages';
import { errorMessage } from '@/lib/errors';

interface Props {
  feeds: FeedSummary[];
  onChange(feeds: FeedSummary[]): void;
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : t('feedNeverChecked'));

export function FollowedFeeds({ feeds, onChange }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (key: string, work: () => Promise<FeedSummary[]>) => {
    setBusy(key);
    setError(null);
    try {
      onChange(await work());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  if (!feeds.length) return null;
  return (
    <section class="followed-feeds" data-testid="followed-feeds">
      <h4>{t('followedFeeds')}</h4>
      <ul>
        {feeds.map((f) => (
          <li key={f.url} data-url={f.url}>
            <bdi dir="ltr">{f.url}</bdi>
            <div class="meta" data-testid="feed-status">
              {t('feedStatus', [when(f.lastChecked), String(f.lastAdded), String(f.totalAdded)])}
              {busy === f.url && ` · ${t('feedChecking')}`}
            </div>
            {f.lastError && <div class="error" dir="auto">{f.lastError}</div>}
            <button type="button" disabled={busy !== null} onClick={() => act(f.url, () => ask({ type: 'feeds/check', url: f.url }))}>
              {t('feedCheckNow')}
            </button>{' '}
            <button type="button" disabled={busy !== null} onClick={() => act('unfollow', () => ask({ type: 'feeds/unfollow', url: f.url }))}>
              {t('feedUnfollow')}
            </button>
          </li>
        ))}
      </ul>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
