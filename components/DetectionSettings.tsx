/** Options: look at pages everywhere, or only on the sites the reader lists. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/platform/browser';
import { readDetection, writeDetection } from '@/lib/platform/detection-store';
import { siteFromInput, type DetectionSettings as Detection } from '@/lib/detection';
import { useAsync } from './useAsync';

export function DetectionSettings() {
  const [state, error, reload] = useAsync(readDetection, []);
  const [site, setSite] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (error) return <p class="error" role="alert">{t('errorGeneric', error)}</p>;
  if (!state) return <p class="empty">{t('loading')}</p>;
  const save = (next: Detection) => void writeDetection(next).then(reload, (e: unknown) => setProblem(String(e)));
  const add = () => {
    const host = siteFromInput(site);
    if (!host) return setProblem(t('detectionBadSite', site));
    setProblem(null);
    setSite('');
    save({ ...state, sites: [...state.sites, host] });
  };
  return (
    <section data-testid="detection-settings">
      <h3>{t('detectionTitle')}</h3>
      <label>
        <input type="radio" name="detection" data-testid="detection-all" checked={state.mode === 'all'} onChange={() => save({ ...state, mode: 'all' })} /> {t('detectionAll')}
      </label>
      <br />
      <label>
        <input type="radio" name="detection" data-testid="detection-listed" checked={state.mode === 'listed'} onChange={() => save({ ...state, mode: 'listed' })} /> {t('detectionListed')}
      </label>
      <p class="help">{t('detectionHelp')}</p>
      {state.sites.length > 0 && (
        <ul class="sites">
          {state.sites.map((s) => (
            <li key={s} data-site={s}>
              <span dir="ltr">{s}</span>{' '}
              <button type="button" class="link" onClick={() => save({ ...state, sites: state.sites.filter((x) => x !== s) })}>
                {t('detectionRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="inline">
        <input dir="ltr" type="text" data-testid="detection-site" placeholder={t('detectionSitePlaceholder')} aria-label={t('detectionSitePlaceholder')} value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
        <button type="button" data-testid="detection-add" onClick={add}>{t('detectionAdd')}</button>
      </div>
      {problem && <p class="error" role="alert">{problem}</p>}
    </section>
  );
}
