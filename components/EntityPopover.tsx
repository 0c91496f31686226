/** The popover on an entity mention (inside a shadow root in the page). */
import type { EntityCard } from '@/lib/messages';

export interface PopoverText {
  types: Record<EntityCard['type'], string>;
  mentions: string;
  /** "# earlier articles", with # for the number. */
  earlier: string;
  hideOnSite: string;
  close: string;
}

export function EntityPopover(props: { card: EntityCard; count: number; text: PopoverText; dir: 'rtl' | 'ltr'; lang: string; onHideSite: () => void; onClose: () => void }) {
  const { card, count, text, dir, lang, onHideSite, onClose } = props;
  const description = lang.startsWith('ar') && card.description.ar ? card.description.ar : card.description.en;
  return (
    <div class="pop" role="dialog" aria-label={card.label.ar} dir={dir} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <button type="button" class="close" aria-label={text.close} onClick={onClose}>×</button>
      <p class="name" dir="rtl" lang="ar">{card.label.ar}</p>
      <p class="en" dir="ltr" lang="en">{card.label.en} · <span class="type">{text.types[card.type]}</span></p>
      <p class="desc" dir="auto">{description}</p>
      <p class="count">{text.mentions.replace('#', String(count))}</p>
      {card.coverage && card.coverage.count > 0 && (
        <div class="earlier" data-testid="entity-coverage">
          <p class="count">{text.earlier.replace('#', String(card.coverage.count))}</p>
          <ul>
            {card.coverage.latest.map((d) => (
              <li key={d.url}>
                <a href={d.url} target="_blank" rel="noopener noreferrer" dir="auto">{d.title || d.url}</a>
                {d.published && <span class="count"> · {d.published}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="link" data-action="hide-site" onClick={onHideSite}>{text.hideOnSite}</button>
    </div>
  );
}

export const POPOVER_CSS = `
.pop { position: relative; width: 280px; padding: 10px 12px; background: #fff; color: #111827; border: 1px solid #d1d5db;
  border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18); font: 13px/1.5 system-ui, "Noto Sans Arabic", sans-serif; }
.name { margin: 0 0 2px; padding: 0 18px; font-size: 16px; font-weight: 600; }
.en { margin: 0; color: #4b5563; }
.type { color: #0e6e64; }
.desc { margin: 6px 0; }
.count { margin: 0 0 6px; color: #6b7280; font-size: 12px; }
.earlier ul { margin: 0 0 6px; padding-inline-start: 16px; }
.earlier a { color: #0e6e64; text-decoration: none; }
.close { position: absolute; inset-inline-end: 6px; top: 4px; border: 0; background: none; font-size: 16px; cursor: pointer; color: #6b7280; }
.link { border: 0; background: none; padding: 0; color: #0e6e64; cursor: pointer; font: inherit; font-size: 12px; }
@media (prefers-color-scheme: dark) { .pop { background: #1f2933; color: #f3f4f6; border-color: #374151; } .en, .count { color: #9ca3af; } }
`;
