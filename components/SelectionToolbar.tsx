/** The small toolbar shown next to a text selection (inside a shadow root). */
import type { Colour } from '@/lib/types';
import { COLOURS } from '@/lib/types';

export const COLOUR_VALUES: Record<Colour, string> = {
  yellow: '#ffe066',
  green: '#a6e3a1',
  blue: '#9cc9ff',
  pink: '#ffb3d1',
  orange: '#ffc078',
};

export interface ToolbarText {
  label: string;
  highlight: string;
  note: string;
  colourNames: Record<Colour, string>;
}

export function SelectionToolbar(props: { text: ToolbarText; dir: 'rtl' | 'ltr'; onHighlight: (c: Colour, withNote: boolean) => void }) {
  const { text, dir, onHighlight } = props;
  // mousedown would clear the page's selection before click: keep it.
  const keepSelection = (e: Event) => e.preventDefault();
  return (
    <div class="bar" role="toolbar" aria-label={text.label} dir={dir} onMouseDown={keepSelection}>
      <button type="button" class="main" data-action="highlight" onClick={() => onHighlight('yellow', false)}>
        {text.highlight}
      </button>
      <button type="button" class="main" data-action="note" onClick={() => onHighlight('yellow', true)}>
        {text.note}
      </button>
      {COLOURS.map((c) => (
        <button
          type="button"
          class="swatch"
          data-colour={c}
          title={text.colourNames[c]}
          aria-label={`${text.highlight}: ${text.colourNames[c]}`}
          style={{ background: COLOUR_VALUES[c] }}
          onClick={() => onHighlight(c, false)}
        />
      ))}
    </div>
  );
}

export const TOOLBAR_CSS = `
.bar { display: flex; gap: 4px; align-items: center; padding: 4px 6px; background: #1f2933; color: #fff;
  border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.25); font: 13px/1.2 system-ui, "Noto Sans Arabic", sans-serif; }
button { font: inherit; cursor: pointer; border: 0; }
.main { background: #0e6e64; color: #fff; padding: 4px 10px; border-radius: 6px; }
.main:hover, .main:focus-visible { background: #128a7d; outline: 2px solid #fff; }
.swatch { width: 18px; height: 18px; border-radius: 50%; border: 2px solid #fff3; }
.swatch:hover, .swatch:focus-visible { border-color: #fff; outline: none; }
`;
