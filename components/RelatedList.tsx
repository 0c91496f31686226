/** Related coverage cards: what the reader has already read about this story. */
import type { RelatedCard } from '@/lib/messages';
import { browser, t } from '@/lib/platform/browser';

const RELATION_KEY: Record<RelatedCard['relation'], string> = {
  'same text': 'relationSameText',
  'same event': 'relationSameEvent',
  related: 'relationRelated',
};

export function RelatedList({ related }: { related: RelatedCard[] }) {
  if (!related.length) return null;
  return (
    <section>
      <h3>{t('relatedTitle')} ({related.length})</h3>
      <ul class="related" data-testid="related">
        {related.map((r) => (
          <li key={r.id} class="card" data-related={r.id} data-relation={r.relation}>
            <button type="button" class="card-title" dir="auto" onClick={() => void browser.tabs.create({ url: r.url })}>
              {r.title || r.url}
            </button>
            <p class="meta">
              <span class={`relation rel-${r.relation.replace(' ', '-')}`}>{t(RELATION_KEY[r.relation])}</span>
              {r.outlet && <> · <bdi>{r.outlet}</bdi></>}
              {r.published && <span> · {r.published}</span>}
              {r.daysApart !== null && <span> · {t('daysApart', String(r.daysApart))}</span>}
              {r.highlights > 0 && <span> · {t('yourHighlights', String(r.highlights))}</span>}
            </p>
            {r.sharedEntities.length > 0 && (
              <p class="shared" dir="auto">{r.sharedEntities.slice(0, 6).map((e) => e.label).join('، ')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
