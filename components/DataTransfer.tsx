/** Export (JSON-LD, Markdown, CSV) and import of the reader's data. */
import { useState } from 'preact/hooks';
import { ask, t } from '@/lib/platform/browser';
import type { ExportFormat } from '@/lib/messages';
import { downloadText } from './download';
import { errorMessage } from '@/lib/errors';

export function DataTransfer({ articleId }: { articleId?: string }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const exportAs = (format: ExportFormat) =>
    ask({ type: 'data/export', format, ...(articleId ? { articleId } : {}) })
      .then((file) => downloadText(file.filename, file.mime, file.text))
      .catch((e: unknown) => setMessage({ error: true, text: errorMessage(e) }));
  return (
    <div class="toolbar" data-testid="data-transfer">
      <span>{t('exportLabel')}</span>
      <button type="button" data-export="jsonld" onClick={() => void exportAs('jsonld')}>JSON-LD</button>
      <button type="button" data-export="markdown" onClick={() => void exportAs('markdown')}>Markdown</button>
      <button type="button" data-export="csv" onClick={() => void exportAs('csv')}>CSV</button>
      {!articleId && (
        <label class="button">
          {t('importData')}
          <input
            type="file"
            hidden
            accept=".json,.jsonld,application/json,application/ld+json"
            data-testid="import-data"
            onChange={async (e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              try {
                const r = await ask({ type: 'data/import', text: await file.text() });
                setMessage({ error: false, text: t('importReport', [String(r.added), String(r.updated), String(r.unchanged)]) });
              } catch (err) {
                setMessage({ error: true, text: t('importFailed', errorMessage(err)) });
              }
            }}
          />
        </label>
      )}
      {message && (
        <span class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'} data-testid="data-message" dir="auto">
          {message.text}
        </span>
      )}
    </div>
  );
}
