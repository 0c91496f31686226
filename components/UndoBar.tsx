/** "Highlight deleted. Undo" — deletion can always be taken back. */
import { t } from '@/lib/platform/browser';

export function UndoBar({ onUndo }: { onUndo: () => void }) {
  return (
    <div class="undo" role="status">
      {t('deleted')}{' '}
      <button type="button" class="link" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
