/** The side panel (Firefox: sidebar): follows the active tab. */
import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '@/lib/platform/browser';
import { PageView } from './PageView';

export function SidePanelView({ resolveTab }: { resolveTab: () => Promise<number | null> }) {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const update = () => void resolveTab().then(setTabId);
    update();
    const onActivated = () => update();
    const onUpdated = (_id: number, change: { status?: string }) => change.status === 'complete' && update();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return (
    <main>
      <h1>{t('sidePanelTitle')}</h1>
      {tabId === null ? <p class="empty">{t('verdictUnknown')}</p> : <PageView key={tabId} tabId={tabId} live />}
    </main>
  );
}
