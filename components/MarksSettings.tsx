/** Options: entity marks on or off, and the sites where they are off. */
import { ask, t } from '@/lib/platform/browser';
import type { MarksSettings as Marks } from '@/lib/settings';
import { useAsync } from './useAsync';

export function MarksSettings() {
  const [state, error, reload] = useAsync(() => ask({ type: 'settings/get' }), []);
  const save = (patch: Partial<Marks>) => void ask({ type: 'settings/setMarks', ...patch }).then(reload);
  if (error) return <p class="error" role="alert">{t('errorGeneric', error)}</p>;
  if (!state) return <p class="empty">{t('loading')}</p>;
  const { marks } = state;
  return (
    <section>
      <h3>{t('marksTitle')}</h3>
      <label>
        <input type="checkbox" data-testid="marks-enabled" checked={marks.enabled} onChange={(e) => save({ enabled: (e.target as HTMLInputElement).checked })} />{' '}
        {t('marksEnabled')}
      </label>
      <h4>{t('marksDisabledSites')}</h4>
      {marks.disabledSites.length === 0 ? (
        <p class="empty">{t('marksNoSites')}</p>
      ) : (
        <ul class="sites">
          {marks.disabledSites.map((site) => (
            <li key={site} data-site={site}>
              <span dir="ltr">{site}</span>{' '}
              <button type="button" class="link" onClick={() => save({ disabledSites: marks.disabledSites.filter((s) => s !== site) })}>
                {t('marksShowAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
