/**
 * Painting highlights. Where the CSS Custom Highlight API exists the page's
 * DOM is left untouched: one registered highlight per colour, styled by
 * ::highlight(hamish-<colour>) in the content stylesheet. Elsewhere text is
 * wrapped in <hamish-mark> elements, the only fallback that shows anything.
 */
import type { Colour } from '../types';
import { COLOURS } from '../types';

export const HIGHLIGHT_PREFIX = 'hamish-';

interface HighlightCtor {
  new (...ranges: Range[]): { add(r: Range): void; delete(r: Range): boolean; clear(): void; size: number; priority: number };
}

type Registry = Map<string, unknown> & { set(name: string, h: unknown): Registry };

export interface Painter {
  readonly mode: 'highlight-api' | 'wrap';
  paint(id: string, range: Range, colour: Colour): void;
  remove(id: string): void;
  clear(): void;
  has(id: string): boolean;
  /** First painted element or range, for scrolling. */
  rangeOf(id: string): Range | null;
}

export function createPainter(win: Window & typeof globalThis): Painter {
  const ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  const registry = (win.CSS as unknown as { highlights?: Registry } | undefined)?.highlights;
  if (ctor && registry) {
    try {
      return highlightApiPainter(ctor, registry);
    } catch {
      /* fall through to wrapping */
    }
  }
  return wrappingPainter(win.document);
}

function highlightApiPainter(Ctor: HighlightCtor, registry: Registry): Painter {
  const groups = new Map<Colour, InstanceType<HighlightCtor>>();
  for (const colour of COLOURS) {
    const h = new Ctor();
    groups.set(colour, h);
    registry.set(HIGHLIGHT_PREFIX + colour, h);
  }
  const painted = new Map<string, { range: Range; colour: Colour }>();
  return {
    mode: 'highlight-api',
    paint(id, range, colour) {
      this.remove(id);
      groups.get(colour)!.add(range);
      painted.set(id, { range, colour });
    },
    remove(id) {
      const p = painted.get(id);
      if (!p) return;
      groups.get(p.colour)!.delete(p.range);
      painted.delete(id);
    },
    clear() {
      for (const h of groups.values()) h.clear();
      painted.clear();
    },
    has: (id) => painted.has(id),
    rangeOf: (id) => painted.get(id)?.range ?? null,
  };
}

function wrappingPainter(doc: Document): Painter {
  const painted = new Map<string, HTMLElement[]>();
  const unwrap = (el: HTMLElement) => {
    const parent = el.parentNode;
    if (!parent) return;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parent.normalize();
  };
  return {
    mode: 'wrap',
    paint(id, range, colour) {
      this.remove(id);
      const marks: HTMLElement[] = [];
      const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4);
      const texts: Text[] = [];
      if (range.commonAncestorContainer.nodeType === 3) texts.push(range.commonAncestorContainer as Text);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
      for (const node of texts) {
        let target = node;
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : node.data.length;
        if (to <= from) continue;
        if (to < target.data.length) target.splitText(to);
        if (from > 0) target = target.splitText(from);
        const mark = doc.createElement('hamish-mark');
        mark.setAttribute('data-colour', colour);
        target.parentNode!.insertBefore(mark, target);
        mark.appendChild(target);
        marks.push(mark);
      }
      painted.set(id, marks);
    },
    remove(id) {
      for (const el of painted.get(id) ?? []) unwrap(el);
      painted.delete(id);
    },
    clear() {
      for (const id of [...painted.keys()]) this.remove(id);
    },
    has: (id) => painted.has(id),
    rangeOf(id) {
      const marks = painted.get(id);
      if (!marks?.length) return null;
      const r = doc.createRange();
      r.setStartBefore(marks[0]);
      r.setEndAfter(marks[marks.length - 1]);
      return r;
    },
  };
}
