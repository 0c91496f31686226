/**
 * What Hamish knows about one tab: verdict, entities, highlights. Shared by
 * the popup and the side panel.
 */
import { useEffect, useState } from 'preact/hooks';
import { ask, browser, t, tellTab } from '@/lib/platform/browser';
import type { Highlight } from '@/lib/types';
import { HighlightList } from './HighlightList';
import { UndoBar } from './UndoBar';
import { Verdict } from './Verdict';
import { useAsync } from './useAsync';
import { useLiveQuery } from './useLiveQuery';
import { DataTransfer } from './DataTransfer';
import { RelatedList } from './RelatedList';
import { getDb } from '@/lib/db';
import { errorMessage } from '@/lib/errors';

export function PageView({ tabId, live = false }: { tabId: number; live?: boolean }) {
  const [state, error, reload] = useAsync(() => ask({ type: 'tab/state', tabId }), [tabId]);
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  // Highlights follow the database live: an edit in the page, another window
  // or the library shows here at once.
  const articleId = state?.analysis?.canonicalUrl ?? state?.url ?? null;
  const [liveHighlights] = useLiveQuery(
    () => (articleId ? getDb().highlights.where('articleId').equals(articleId).sortBy('position.start') : Promise.resolve(null)),
    [articleId],
  );
  useEffect(() => {
    if (!live) return;
    // The verdict and the orphans come from the tab: refresh them now and then.
    const timer = setInterval(reload, 1500);
    return () => clearInterval(timer);
  }, [live, tabId]);

  const run = (p: Promise<unknown>) => p.then(reload).catch((e: unknown) => setActionError(errorMessage(e)));

  if (error) return <p class="error" role="alert">{t('errorGeneric', error)}</p>;
  if (!state) return <p class="empty">{t('loading')}</p>;
  return (
    <div>
      <Verdict state={state} />
      <RelatedList related={state.related ?? []} />
      {actionError && <p class="error" role="alert">{t('errorGeneric', actionError)}</p>}
      {deleted && (
        <UndoBar
          onUndo={() => {
            const h = deleted;
            setDeleted(null);
            run(ask({ type: 'highlight/restore', highlight: h }));
          }}
        />
      )}
      <HighlightList
        highlights={liveHighlights ?? state.highlights}
        orphans={state.orphans}
        onDelete={(h) => {
          setDeleted(h);
          run(ask({ type: 'highlight/delete', id: h.id }));
        }}
        onOpen={(h) => void tellTab(tabId, { type: 'content/scrollTo', id: h.id })}
        onEdit={(h, patch) => run(ask({ type: 'highlight/update', id: h.id, patch }))}
      />
      {articleId && (liveHighlights ?? state.highlights).length > 0 && <DataTransfer articleId={articleId} />}
      <footer>
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>
          {t('openLibrary')}
        </button>{' · '}
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/timeline.html') })}>
          {t('openTimeline')}
        </button>{' · '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </div>
  );
}
