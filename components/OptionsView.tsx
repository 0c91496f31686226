/** Settings: entity marks and the topic pack. */
import { t } from '@/lib/platform/browser';
import { MarksSettings } from './MarksSettings';
import { PackEditor } from './PackEditor';

export function OptionsView() {
  return (
    <main style={{ maxWidth: '900px', margin: '0 auto' }}>
      <h1>{t('optionsTitle')}</h1>
      <MarksSettings />
      <PackEditor />
    </main>
  );
}
