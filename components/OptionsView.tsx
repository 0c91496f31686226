/** Settings: where Hamish looks at pages, entity marks and the topic pack. */
import { t } from '@/lib/platform/browser';
import { DetectionSettings } from './DetectionSettings';
import { MarksSettings } from './MarksSettings';
import { PackEditor } from './PackEditor';

export function OptionsView() {
  return (
    <main style={{ maxWidth: '900px', margin: '0 auto' }}>
      <h1>{t('optionsTitle')}</h1>
      <DetectionSettings />
      <MarksSettings />
      <PackEditor />
    </main>
  );
}
