/** Editing one highlight in place: note (plain text), tags and colour. */
import { useState } from 'preact/hooks';
import type { HighlightPatch } from '@/lib/messages';
import { t } from '@/lib/platform/browser';
import type { Colour, Highlight } from '@/lib/types';
import { COLOURS } from '@/lib/types';
import { COLOUR_VALUES } from './SelectionToolbar';

export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,،#\n]/).map((s) => s.trim()).filter(Boolean))].slice(0, 100).map((s) => s.slice(0, 100));
}

export function HighlightEditor({ h, onSave, onCancel }: { h: Highlight; onSave: (patch: HighlightPatch) => void; onCancel: () => void }) {
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(h.tags.join(', '));
  const [colour, setColour] = useState<Colour>(h.colour);
  const save = () => onSave({ note, tags: parseTags(tags), colour });
  // Not a <form>: Firefox does not deliver submit events to content-script UI.
  // Ctrl/Cmd+Enter saves, Escape cancels.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || (e.target as HTMLElement).tagName === 'INPUT')) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') onCancel();
  };
  return (
    <div class="editor" data-testid="highlight-editor" onKeyDown={onKeyDown}>
      <textarea dir="auto" rows={3} value={note} placeholder={t('notePlaceholder')} aria-label={t('notePlaceholder')} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      <input dir="auto" value={tags} placeholder={t('tagsPlaceholder')} aria-label={t('tagsPlaceholder')} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
      <div class="swatches" role="radiogroup" aria-label={t('colourLabel')}>
        {COLOURS.map((c) => (
          <button
            type="button"
            key={c}
            role="radio"
            aria-checked={colour === c}
            aria-label={t(`colour${c[0].toUpperCase()}${c.slice(1)}`)}
            class={`swatch ${colour === c ? 'on' : ''}`}
            data-colour={c}
            style={{ background: COLOUR_VALUES[c] }}
            onClick={() => setColour(c)}
          />
        ))}
      </div>
      <div class="toolbar">
        <button type="button" class="primary" data-action="save" onClick={save}>{t('save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </div>
  );
}
