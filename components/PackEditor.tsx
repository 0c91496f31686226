/**
 * Options: the topic pack — entities with their aliases, add an alias or an
 * entity, switch one off, import and export the pack as JSON. Every change
 * is validated by the background and applies to open tabs at once.
 */
import { useState } from 'preact/hooks';
import { ask, t } from '@/lib/platform/browser';
import type { Entity, EntityType, TopicPack } from '@/lib/types';
import { useAsync } from './useAsync';
import { downloadText } from './download';
import { errorMessage } from '@/lib/errors';

const TYPES: EntityType[] = ['person', 'place', 'state', 'org', 'other'];
const typeKey = (type: EntityType) => `type${type === 'org' ? 'Org' : type[0].toUpperCase() + type.slice(1)}`;

function EntityRow({ entity, onChange }: { entity: Entity; onChange: (e: Entity) => void }) {
  const [alias, setAlias] = useState('');
  const addAlias = () => {
    const a = alias.trim();
    if (!a || entity.aliases.includes(a)) return;
    onChange({ ...entity, aliases: [...entity.aliases, a] });
    setAlias('');
  };
  return (
    <li class={`entity ${entity.disabled ? 'disabled' : ''}`} data-entity-row={entity.id}>
      <div class="entity-head">
        <label>
          <input type="checkbox" checked={!entity.disabled} onChange={(e) => onChange({ ...entity, disabled: !(e.target as HTMLInputElement).checked })} />{' '}
          <strong dir="rtl" lang="ar">{entity.label.ar}</strong> · <span dir="ltr">{entity.label.en}</span>
        </label>{' '}
        <span class="count">{t(typeKey(entity.type))} · {entity.id}</span>
      </div>
      <p class="help" dir="auto">{entity.description.en}</p>
      <ul class="chips">
        {entity.aliases.map((a) => (
          <li key={a} dir="auto">
            {a}{' '}
            <button type="button" class="link danger" aria-label={`${t('removeAlias')}: ${a}`} disabled={entity.aliases.length === 1} onClick={() => onChange({ ...entity, aliases: entity.aliases.filter((x) => x !== a) })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="inline" onSubmit={(e) => { e.preventDefault(); addAlias(); }}>
        <input dir="auto" value={alias} placeholder={t('newAlias')} aria-label={t('newAlias')} onInput={(e) => setAlias((e.target as HTMLInputElement).value)} />
        <button type="submit">{t('addAlias')}</button>
      </form>
    </li>
  );
}

function NewEntity({ onAdd }: { onAdd: (e: Entity) => void }) {
  const [form, setForm] = useState({ id: '', type: 'person' as EntityType, ar: '', en: '', aliases: '', description: '' });
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return (
    <form
      class="new-entity"
      onSubmit={(e) => {
        e.preventDefault();
        const aliases = form.aliases.split(/[,،\n]/).map((a) => a.trim()).filter(Boolean);
        onAdd({
          id: form.id.trim(),
          type: form.type,
          label: { ar: form.ar.trim(), en: form.en.trim() },
          aliases: aliases.length ? aliases : [form.ar.trim()].filter(Boolean),
          description: { en: form.description.trim() || form.en.trim() },
        });
      }}
    >
      <h4>{t('addEntity')}</h4>
      <input placeholder="id (e.g. guterres)" aria-label="id" value={form.id} onInput={set('id')} dir="ltr" required />
      <select value={form.type} onChange={set('type')} aria-label={t('entityType')}>
        {TYPES.map((ty) => (
          <option value={ty} key={ty}>{t(typeKey(ty))}</option>
        ))}
      </select>
      <input placeholder={t('labelArabic')} aria-label={t('labelArabic')} value={form.ar} onInput={set('ar')} dir="rtl" required />
      <input placeholder={t('labelEnglish')} aria-label={t('labelEnglish')} value={form.en} onInput={set('en')} dir="ltr" required />
      <input placeholder={t('aliasesCommaSeparated')} aria-label={t('aliasesCommaSeparated')} value={form.aliases} onInput={set('aliases')} dir="auto" />
      <input placeholder={t('descriptionEnglish')} aria-label={t('descriptionEnglish')} value={form.description} onInput={set('description')} dir="ltr" />
      <button type="submit">{t('addEntity')}</button>
    </form>
  );
}

export function PackEditor() {
  const [state, loadError, reload] = useAsync(() => ask({ type: 'pack/get' }), []);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [filter, setFilter] = useState('');

  const save = (pack: TopicPack, okText = t('packSaved')) =>
    ask({ type: 'pack/set', pack })
      .then(() => {
        setMessage({ error: false, text: okText });
        reload();
      })
      .catch((e: unknown) => setMessage({ error: true, text: errorMessage(e) }));

  if (loadError) return <p class="error" role="alert">{t('errorGeneric', loadError)}</p>;
  if (!state) return <p class="empty">{t('loading')}</p>;
  const { pack, custom } = state;
  const updateEntity = (next: Entity) => save({ ...pack, entities: pack.entities.map((e) => (e.id === next.id ? next : e)) });
  const shown = pack.entities.filter((e) => !filter || [e.id, e.label.ar, e.label.en, ...e.aliases].some((x) => x.toLowerCase().includes(filter.toLowerCase())));

  return (
    <section>
      <h3>{t('packTitle')}</h3>
      <h2 class="title" dir="auto">{pack.name.ar}</h2>
      <p class="meta">
        {pack.name.en} · v{pack.version} · {t('packEntities', String(pack.entities.length))} · {custom ? t('packCustom') : t('packDefault')}
      </p>
      <div class="toolbar">
        <button type="button" onClick={() => downloadText(`${pack.id}.json`, 'application/json', JSON.stringify(pack, null, 2))}>{t('exportPack')}</button>
        <label class="button">
          {t('importPack')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-pack"
            hidden
            onChange={async (e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              (e.target as HTMLInputElement).value = '';
              if (!file) return;
              let parsed: unknown;
              try {
                parsed = JSON.parse(await file.text());
              } catch {
                setMessage({ error: true, text: t('packNotJson') });
                return;
              }
              await save(parsed as TopicPack, t('packImported'));
            }}
          />
        </label>
        {custom && (
          <button type="button" onClick={() => void ask({ type: 'pack/reset' }).then(reload)}>{t('resetPack')}</button>
        )}
      </div>
      {message && (
        <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'} data-testid="pack-message">{message.text}</p>
      )}
      <input class="filter" type="search" dir="auto" placeholder={t('filterEntities')} aria-label={t('filterEntities')} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
      <ul class="entities">
        {shown.map((e) => (
          <EntityRow key={e.id} entity={e} onChange={updateEntity} />
        ))}
      </ul>
      <NewEntity onAdd={(e) => save({ ...pack, entities: [...pack.entities, e] }, t('entityAdded'))} />
    </section>
  );
}
