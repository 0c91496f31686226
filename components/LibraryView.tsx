/** The library: every highlight across articles, searchable and filterable. */
import { useMemo, useState } from 'preact/hooks';
import { getDb } from '@/lib/db';
import { ask, t } from '@/lib/platform/browser';
import { COLOURS } from '@/lib/types';
import { EMPTY_FILTER, filterChoices, filterLibrary, type LibraryFilter, type LibraryItem } from '@/lib/library-filter';
import { useLiveQuery } from './useLiveQuery';
import { DataTransfer } from './DataTransfer';
import { COLOUR_VALUES } from './SelectionToolbar';

async function loadItems(): Promise<LibraryItem[]> {
  const db = getDb();
  const [highlights, articles] = await Promise.all([db.highlights.orderBy('created').reverse().toArray(), db.articles.toArray()]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return highlights.map((highlight) => ({ highlight, article: byId.get(highlight.articleId) }));
}

export function LibraryView() {
  const [items, error] = useLiveQuery(loadItems, []);
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [openError, setOpenError] = useState<string | null>(null);
  const choices = useMemo(() => filterChoices(items ?? []), [items]);
  const shown = useMemo(() => filterLibrary(items ?? [], filter), [items, filter]);
  const set = (key: keyof LibraryFilter) => (e: Event) => setFilter({ ...filter, [key]: (e.target as HTMLInputElement).value });

  return (
    <main style={{ maxWidth: '980px', margin: '0 auto' }}>
      <h1>{t('libraryTitle')}</h1>
      <DataTransfer />
      <div class="filters">
        <input type="search" class="filter" dir="auto" placeholder={t('searchHighlights')} aria-label={t('searchHighlights')} value={filter.query} onInput={set('query')} data-testid="library-search" />
        <select aria-label={t('filterTag')} value={filter.tag} onChange={set('tag')}>
          <option value="">{t('filterTag')}</option>
          {choices.tags.map((x) => <option key={x} value={x}>#{x}</option>)}
        </select>
        <select aria-label={t('filterColour')} value={filter.colour} onChange={set('colour')}>
          <option value="">{t('filterColour')}</option>
          {COLOURS.map((c) => <option key={c} value={c}>{t(`colour${c[0].toUpperCase()}${c.slice(1)}`)}</option>)}
        </select>
        <select aria-label={t('outlet')} value={filter.outlet} onChange={set('outlet')}>
          <option value="">{t('outlet')}</option>
          {choices.outlets.map((x) => <option key={x} value={x}>{x}</option>)}
        </select>
        <select aria-label={t('filterEntity')} value={filter.entity} onChange={set('entity')}>
          <option value="">{t('filterEntity')}</option>
          {choices.entities.map((x) => <option key={x} value={x}>{x}</option>)}
        </select>
        <label>{t('dateFrom')} <input type="date" value={filter.from} onInput={set('from')} /></label>
        <label>{t('dateTo')} <input type="date" value={filter.to} onInput={set('to')} /></label>
      </div>
      {error && <p class="error" role="alert">{t('errorGeneric', error)}</p>}
      {openError && <p class="error" role="alert">{t('errorGeneric', openError)}</p>}
      {!items ? (
        <p class="empty">{t('loading')}</p>
      ) : (
        <>
          <p class="meta" data-testid="library-count">{t('libraryCount', [String(shown.length), String(items.length)])}</p>
          <ul class="highlights" data-testid="library">
            {shown.map(({ highlight: h, article: a }) => (
              <li key={h.id} class="highlight" data-highlight={h.id} style={{ borderInlineStartColor: COLOUR_VALUES[h.colour] }}>
                <blockquote dir="auto">{h.quote.exact}</blockquote>
                {h.note && <p class="note" dir="auto">{h.note}</p>}
                {h.tags.length > 0 && <p class="tags">{h.tags.map((tag) => <span class="tag" dir="auto" key={tag}>#{tag}</span>)}</p>}
                <p class="meta">
                  <bdi>{a?.title || h.title}</bdi>
                  {a?.outlet && <> · <bdi>{a.outlet}</bdi></>}
                  {a?.published && <span> · {a.published}</span>}{' '}
                  <button type="button" class="link" data-action="open" onClick={() => void ask({ type: 'highlight/open', id: h.id }).catch((e: unknown) => setOpenError(String(e)))}>
                    {t('openArticle')}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
