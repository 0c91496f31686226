/** The page verdict: on topic or not, with score, outlet, date and entities. */
import type { TabState } from '@/lib/messages';
import { t } from '@/lib/platform/browser';

export function Verdict({ state }: { state: TabState }) {
  const a = state.analysis;
  if (!a) {
    const key = state.skipped === 'site-not-listed' ? 'verdictSiteNotListed' : state.skipped ? 'verdictNotArabic' : 'verdictUnknown';
    return <p class="verdict none" data-verdict="none">{t(key)}</p>;
  }
  const on = a.lang === 'ar' && a.isArticle && a.topic.onTopic;
  const key = on ? 'verdictOnTopic' : a.lang === 'ar' ? 'verdictOffTopic' : 'verdictNotArabic';
  return (
    <section class="verdict-box">
      <p class={`verdict ${on ? 'on' : 'off'}`} data-verdict={on ? 'on' : 'off'}>
        {t(key)} <span class="score">· {t('topicScore')} {Math.round(a.topic.score * 100)}%</span>
      </p>
      <h2 class="title" dir="auto">{a.title}</h2>
      <p class="meta">
        {a.outlet && <bdi>{a.outlet}</bdi>}
        {a.published && <span> · <time dateTime={a.published}>{a.published}</time></span>}
      </p>
      <h3>{t('entitiesTitle')}</h3>
      {a.entities.length ? (
        <ul class="chips" data-testid="entities">
          {a.entities.map((e) => (
            <li key={e.id} data-entity={e.id} dir="auto">
              {e.label} <span class="count">{e.count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('noEntities')}</p>
      )}
    </section>
  );
}
