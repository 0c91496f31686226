/** Settings: the topic pack in use. */
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { t } from '@/lib/platform/browser';

export function OptionsView() {
  const pack = DEFAULT_PACK;
  return (
    <main style={{ maxWidth: '860px', margin: '0 auto' }}>
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h3>{t('packTitle')}</h3>
        <h2 class="title" dir="auto">{pack.name.ar}</h2>
        <p class="meta">{pack.name.en} · {t('packEntities', String(pack.entities.length))}</p>
        <ul class="chips">
          {pack.entities.map((e) => (
            <li key={e.id} title={e.description.en} dir="auto">
              {e.label.ar} <span class="count">{e.label.en}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
