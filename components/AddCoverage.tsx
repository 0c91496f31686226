/**
 * Adding coverage without visiting it: saved HTML files, a list of URLs, or
 * an RSS/Atom feed, read once here (an extension page has a DOM parser) or
 * followed by the background. Only articles on the topic are stored.
 * Fetching other sites needs the optional host permission, asked for the
 * sites concerned only.
 */
import { useEffect, useState } from 'preact/hooks';
import { ask, browser, t } from '@/lib/platform/browser';
import { parseUrlList } from '@/lib/coverage/feeds';
import { domFeedReader } from '@/lib/coverage/dom-reader';
import { fetchText, originPattern } from '@/lib/coverage/fetch-page';
import type { FeedSummary } from '@/lib/messages';
import { FollowedFeeds } from './FollowedFeeds';
import { errorMessage } from '@/lib/errors';

interface Row {
  source: string;
  status: 'pending' | 'added' | 'off' | 'failed';
  detail?: string;
}

// Pages and feeds are parsed here the same way the background parses followed feeds.
const reader = domFeedReader(new DOMParser());

async function allowed(urls: string[]): Promise<boolean> {
  const origins = [...new Set(urls.map(originPattern))];
  const p = browser.permissions;
  if (await p.contains({ origins })) return true;
  return p.request({ origins });
}

export function AddCoverage() {
  const [rows, setRows] = useState<Row[]>([]);
  const [urls, setUrls] = useState('');
  const [feed, setFeed] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [followed, setFollowed] = useState<FeedSummary[]>([]);
  useEffect(() => {
    ask({ type: 'feeds/list' }).then(setFollowed, () => {});
  }, []);

  const follow = async () => {
    setError(null);
    const { urls: list } = parseUrlList(feed);
    if (list.length !== 1) return setError(t('notUrls', feed));
    try {
      // The permission is asked for here, while the click still counts as the reader's gesture.
      if (!(await allowed(list))) return setError(t('permissionRefused'));
      setBusy(true);
      setFollowed(await ask({ type: 'feeds/follow', url: list[0] }));
      setFollowed(await ask({ type: 'feeds/check', url: list[0] }));
    } catch (e) {
      setError(t('feedFailed', errorMessage(e)));
    } finally {
      setBusy(false);
    }
  };

  const run = async (jobs: { source: string; load: () => Promise<{ html: string; url: string }> }[]) => {
    setBusy(true);
    const state: Row[] = jobs.map((j) => ({ source: j.source, status: 'pending' }));
    setRows([...state]);
    for (const [i, job] of jobs.entries()) {
      try {
        const { html, url } = await job.load();
        const page = await reader.page(html, url);
        const r = await ask({ type: 'coverage/add', page });
        state[i] = { source: job.source, status: r.stored ? 'added' : 'off', detail: r.title };
      } catch (e) {
        state[i] = { source: job.source, status: 'failed', detail: errorMessage(e) };
      }
      setRows([...state]);
    }
    setBusy(false);
  };

  const fromUrls = async (list: string[]) => {
    if (!list.length) return;
    if (!(await allowed(list))) {
      setError(t('permissionRefused'));
      return;
    }
    await run(list.map((url) => ({ source: url, load: async () => ({ html: await fetchText(url), url }) })));
  };

  const done = rows.filter((r) => r.status !== 'pending').length;
  return (
    <section class="add-coverage" data-testid="add-coverage">
      <h3>{t('addCoverageTitle')}</h3>
      <p class="help">{t('addCoverageHelp')}</p>
      <label class="button">
        {t('addHtmlFiles')}
        <input
          type="file"
          multiple
          hidden
          accept=".html,.htm,text/html"
          data-testid="add-html"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            void run(files.map((f) => ({ source: f.name, load: async () => ({ html: await f.text(), url: `file:///${encodeURIComponent(f.name)}` }) })));
          }}
        />
      </label>
      <div class="inline">
        <textarea dir="ltr" rows={2} placeholder={t('urlListPlaceholder')} aria-label={t('urlListPlaceholder')} value={urls} onInput={(e) => setUrls((e.target as HTMLTextAreaElement).value)} />
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setError(null);
            const { urls: list, rejected } = parseUrlList(urls);
            if (rejected.length) setError(t('notUrls', rejected.slice(0, 5).join(' ')));
            void fromUrls(list);
          }}
        >
          {t('addUrls')}
        </button>
      </div>
      <div class="inline">
        <input dir="ltr" type="url" placeholder={t('feedPlaceholder')} aria-label={t('feedPlaceholder')} value={feed} onInput={(e) => setFeed((e.target as HTMLInputElement).value)} />
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setError(null);
            const { urls: list } = parseUrlList(feed);
            if (!list.length) return setError(t('notUrls', feed));
            try {
              if (!(await allowed(list))) return setError(t('permissionRefused'));
              const items = await reader.items(await fetchText(list[0]), list[0]);
              await fromUrls(items.map((i) => i.url));
            } catch (e) {
              setError(t('feedFailed', errorMessage(e)));
            }
          }}
        >
          {t('readFeed')}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void follow()} data-testid="follow-feed">
          {t('followFeed')}
        </button>
      </div>
      <FollowedFeeds feeds={followed} onChange={setFollowed} />
      {error && <p class="error" role="alert">{error}</p>}
      {rows.length > 0 && (
        <>
          <progress max={rows.length} value={done} />{' '}
          <span class="meta" data-testid="add-progress">{t('addProgress', [String(done), String(rows.length), String(rows.filter((r) => r.status === 'added').length)])}</span>
          <ul class="add-rows">
            {rows.map((r, i) => (
              <li key={i} data-status={r.status}>
                <span dir="auto">{r.detail && r.status !== 'failed' ? r.detail : r.source}</span> — {t(`addStatus_${r.status}`)}
                {r.status === 'failed' && r.detail && <span class="error" dir="auto"> ({r.detail})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
