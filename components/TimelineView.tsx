/** The story timeline page: events by date with their articles, filterable. */
import { useMemo, useState } from 'preact/hooks';
import { getDb } from '@/lib/db';
import { browser, t } from '@/lib/platform/browser';
import { buildTimeline } from '@/lib/coverage/timeline';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { useLiveQuery } from './useLiveQuery';
import { AddCoverage } from './AddCoverage';

const labels = new Map(DEFAULT_PACK.entities.map((e) => [e.id, e.label.ar]));

export function TimelineView() {
  const [articles, error] = useLiveQuery(() => getDb().articles.toArray(), []);
  const [entity, setEntity] = useState('');
  const [outlet, setOutlet] = useState('');
  const all = useMemo(() => buildTimeline(articles ?? []), [articles]);
  const events = useMemo(() => buildTimeline(articles ?? [], { entity, outlet }), [articles, entity, outlet]);
  const entities = [...new Set(all.flatMap((e) => e.entities))].sort((a, b) => (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b));
  const outlets = [...new Set(all.flatMap((e) => e.outlets))].sort((a, b) => a.localeCompare(b));
  return (
    <main style={{ maxWidth: '900px', margin: '0 auto' }}>
      <h1>{t('timelineTitle')}</h1>
      <div class="filters">
        <select aria-label={t('filterEntity')} value={entity} onChange={(e) => setEntity((e.target as HTMLSelectElement).value)} data-testid="timeline-entity">
          <option value="">{t('filterEntity')}</option>
          {entities.map((id) => <option key={id} value={id}>{labels.get(id) ?? id}</option>)}
        </select>
        <select aria-label={t('outlet')} value={outlet} onChange={(e) => setOutlet((e.target as HTMLSelectElement).value)}>
          <option value="">{t('outlet')}</option>
          {outlets.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </div>
      {error && <p class="error" role="alert">{t('errorGeneric', error)}</p>}
      {articles && events.length === 0 && <p class="empty">{t('timelineEmpty')}</p>}
      <ol class="timeline" data-testid="timeline">
        {events.map((ev) => (
          <li key={ev.id} class="event" data-event={ev.id}>
            <p class="meta"><time dateTime={ev.date ?? undefined}>{ev.date ?? t('undated')}</time> · {t('eventArticles', String(ev.articles.length))}</p>
            <h2 class="title" dir="auto">{ev.title}</h2>
            <ul>
              {ev.articles.map((a) => (
                <li key={a.id}>
                  <button type="button" class="link" dir="auto" onClick={() => void browser.tabs.create({ url: a.url })}>{a.title || a.url}</button>
                  <span class="meta"> · <bdi>{a.outlet}</bdi>{a.published ? ` · ${a.published}` : ''}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <AddCoverage />
    </main>
  );
}
