/** The page's highlights in reading order, with the orphans listed apart. */
import { useState } from 'preact/hooks';
import type { HighlightPatch } from '@/lib/messages';
import type { Highlight } from '@/lib/types';
import { t } from '@/lib/platform/browser';
import { COLOUR_VALUES } from './SelectionToolbar';
import { HighlightEditor } from './HighlightEditor';

export interface HighlightListProps {
  highlights: Highlight[];
  orphans: string[];
  onDelete?: (h: Highlight) => void;
  onOpen?: (h: Highlight) => void;
  onEdit?: (h: Highlight, patch: HighlightPatch) => void;
}

function Item({ h, onDelete, onOpen, onEdit }: { h: Highlight; onDelete?: (h: Highlight) => void; onOpen?: (h: Highlight) => void; onEdit?: (h: Highlight, patch: HighlightPatch) => void }) {
  const [editing, setEditing] = useState(false);
  if (editing && onEdit)
    return (
      <li class="highlight" data-highlight={h.id} style={{ borderInlineStartColor: COLOUR_VALUES[h.colour] }}>
        <blockquote dir="auto">{h.quote.exact}</blockquote>
        <HighlightEditor
          h={h}
          onCancel={() => setEditing(false)}
          onSave={(patch) => {
            setEditing(false);
            onEdit(h, patch);
          }}
        />
      </li>
    );
  return (
    <li class="highlight" data-highlight={h.id} style={{ borderInlineStartColor: COLOUR_VALUES[h.colour] }}>
      <blockquote dir="auto" onClick={() => onOpen?.(h)} class={onOpen ? 'clickable' : ''}>
        {h.quote.exact}
      </blockquote>
      {h.note && <p class="note" dir="auto">{h.note}</p>}
      {h.tags.length > 0 && (
        <p class="tags">
          {h.tags.map((tag) => (
            <span class="tag" dir="auto" key={tag}>#{tag}</span>
          ))}
        </p>
      )}
      <p class="actions">
        {onEdit && (
          <button type="button" class="link" data-action="edit" onClick={() => setEditing(true)}>
            {t('editHighlight')}
          </button>
        )}{' '}
        {onDelete && (
          <button type="button" class="link danger" data-action="delete" onClick={() => onDelete(h)}>
            {t('deleteHighlight')}
          </button>
        )}
      </p>
    </li>
  );
}

export function HighlightList({ highlights, orphans, onDelete, onOpen, onEdit }: HighlightListProps) {
  const orphanSet = new Set(orphans);
  const placed = highlights.filter((h) => !orphanSet.has(h.id));
  const lost = highlights.filter((h) => orphanSet.has(h.id));
  return (
    <section>
      <h3>{t('highlightsTitle')} ({highlights.length})</h3>
      {highlights.length === 0 && <p class="empty">{t('noHighlights')}</p>}
      <ul class="highlights" data-testid="highlights">
        {placed.map((h) => (
          <Item key={h.id} h={h} onDelete={onDelete} onOpen={onOpen} onEdit={onEdit} />
        ))}
      </ul>
      {lost.length > 0 && (
        <section class="orphans" data-testid="orphans">
          <h3>{t('orphansTitle')} ({lost.length})</h3>
          <p class="help">{t('orphansHelp')}</p>
          <ul class="highlights">
            {lost.map((h) => (
              <Item key={h.id} h={h} onDelete={onDelete} onEdit={onEdit} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
