/** The toolbar popup: verdict and highlights of the current tab. */
import { browser, t } from '@/lib/platform/browser';
import { PageView } from './PageView';
import { useAsync } from './useAsync';

async function openSidePanel(tabId: number) {
  const b = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (b.sidePanel) await b.sidePanel.open({ tabId });
  else if (b.sidebarAction) await b.sidebarAction.open();
}

export function PopupView({ resolveTab }: { resolveTab: () => Promise<number | null> }) {
  const [tabId, error] = useAsync(resolveTab, []);
  return (
    <main style={{ width: '360px', maxWidth: '100%' }}>
      <h1>{t('actionTitle')}</h1>
      {error && <p class="error">{t('errorGeneric', error)}</p>}
      {tabId === null && <p class="empty">{t('verdictUnknown')}</p>}
      {typeof tabId === 'number' && (
        <>
          {/* Live: the tab reports where its highlights are only after its
              verdict, and may go on to another page while the popup is open. */}
          <PageView tabId={tabId} live />
          <button type="button" class="link" onClick={() => void openSidePanel(tabId).catch(() => {})}>
            {t('openSidePanel')}
          </button>
        </>
      )}
    </main>
  );
}
