/** The editor shown over a highlight in the page (inside a shadow root). */
import { useState } from 'preact/hooks';
import type { HighlightEditorModel } from '@/lib/content/start';
import { HighlightEditor } from './HighlightEditor';
import { errorMessage } from '@/lib/errors';

export interface InPageEditorText {
  delete: string;
  deleted: string;
  undo: string;
  close: string;
  failed: (message: string) => string;
}

export function InPageEditor({ model, text, dir, onClose }: { model: HighlightEditorModel; text: InPageEditorText; dir: 'rtl' | 'ltr'; onClose: () => void }) {
  const [state, setState] = useState<'edit' | 'deleted'>('edit');
  const [error, setError] = useState<string | null>(null);
  const attempt = (p: Promise<void>, after: () => void) =>
    p.then(after).catch((e: unknown) => setError(text.failed(errorMessage(e))));
  return (
    <div class="pop" dir={dir} role="dialog" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <button type="button" class="close" aria-label={text.close} onClick={onClose}>×</button>
      {state === 'deleted' ? (
        <p class="count" role="status">
          {text.deleted}{' '}
          <button type="button" class="link" data-action="undo" onClick={() => attempt(model.undo(), onClose)}>{text.undo}</button>
        </p>
      ) : (
        <>
          <p class="quote" dir="auto">{model.highlight.quote.exact}</p>
          <HighlightEditor h={model.highlight} onCancel={onClose} onSave={(patch) => attempt(model.save(patch), onClose)} />
          <button type="button" class="link danger" data-action="delete" onClick={() => attempt(model.remove(), () => setState('deleted'))}>{text.delete}</button>
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}

export const EDITOR_CSS = `
.quote { margin: 0 0 6px; max-height: 4.5em; overflow: hidden; color: #4b5563; padding: 0 18px; }
.editor { display: flex; flex-direction: column; gap: 6px; }
textarea, input { font: inherit; padding: 4px 6px; border: 1px solid #d1d5db; border-radius: 6px; background: transparent; color: inherit; }
.swatches { display: flex; gap: 6px; }
.swatch { width: 20px; height: 20px; border-radius: 50%; border: 2px solid transparent; cursor: pointer; padding: 0; }
.swatch.on { border-color: #111827; }
.toolbar { display: flex; gap: 6px; }
.toolbar button { font: inherit; padding: 3px 10px; border: 1px solid #d1d5db; border-radius: 6px; background: #0e6e64; color: #fff; cursor: pointer; }
.toolbar button:not(.primary) { background: transparent; color: inherit; }
.danger { color: #b42318; margin-top: 6px; }
.error { color: #b42318; margin: 6px 0 0; }
`;
