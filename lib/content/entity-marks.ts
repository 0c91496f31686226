/**
 * Entity mentions marked in the page with the CSS Custom Highlight API (one
 * group, "hamish-entity"), and found again under the pointer for popovers.
 * The engine gives the mentions' surface forms; they are located in the
 * page's own text, on word boundaries, so a name inside a longer word
 * (الأسدية) is never marked.
 */
import { GLUED_DIGITS, PROCLITICS } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';
import { isWordChar } from '../arabic/tokenize';
import { caretAt, rangeFromOffsets, type TextIndex } from '../anchoring/dom-text';

export const ENTITY_HIGHLIGHT = 'hamish-entity';
const CLITICS = new Set(PROCLITICS);
/** Bound on marks per page, so a huge page stays responsive. */
const MAX_MARKS = 1500;

export interface EntityMark {
  start: number;
  end: number;
  entity: string;
}

/** Is text[start, end) a whole word, allowing a proclitic (وأردوغان) or
 *  digits glued to it (17أستانا) before it? */
function onWordBoundary(text: string, start: number, end: number): boolean {
  if (end < text.length && isWordChar(text.charCodeAt(end))) return false;
  let k = start;
  while (k > 0 && isWordChar(text.charCodeAt(k - 1)) && start - k < 4) k--;
  if (k === start) return true;
  if (k > 0 && isWordChar(text.charCodeAt(k - 1))) return false;
  const head = normalizeArabic(text.slice(k, start));
  return CLITICS.has(head) || GLUED_DIGITS.test(head);
}

/** Where each surface form occurs in the page text (whole words only), in order. */
export function locateMentions(text: string, surfaces: Map<string, string>): EntityMark[] {
  const found: EntityMark[] = [];
  for (const [surface, entity] of surfaces) {
    if (surface.trim().length < 2) continue;
    for (let at = text.indexOf(surface); at !== -1 && found.length < MAX_MARKS * 4; at = text.indexOf(surface, at + surface.length)) {
      const end = at + surface.length;
      if (onWordBoundary(text, at, end)) found.push({ start: at, end, entity });
    }
  }
  // One sweep: earliest first, the longer of two at the same place (بشار الأسد over الأسد).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: EntityMark[] = [];
  let lastEnd = -1;
  for (const m of found) {
    if (m.start < lastEnd) continue;
    marks.push(m);
    lastEnd = m.end;
    if (marks.length >= MAX_MARKS) break;
  }
  return marks;
}

interface HighlightLike {
  add(r: Range): void;
  clear(): void;
}

export class EntityMarks {
  private marks: EntityMark[] = [];
  private index: TextIndex | null = null;
  private group: HighlightLike | null = null;

  constructor(private win: Window & typeof globalThis) {}

  /** Paint marks; returns how many were placed. Without the Highlight API nothing is painted. */
  show(index: TextIndex, surfaces: Map<string, string>): number {
    this.clear();
    const Ctor = (this.win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
    const registry = (this.win.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    if (!Ctor || !registry) return 0; // marks are a nicety: never wrap page text for them
    this.index = index;
    this.marks = locateMentions(index.text, surfaces);
    this.group = new Ctor();
    for (const m of this.marks) {
      const range = rangeFromOffsets(index, m.start, m.end);
      if (range) this.group.add(range);
    }
    registry.set(ENTITY_HIGHLIGHT, this.group);
    return this.marks.length;
  }

  clear(): void {
    this.group?.clear();
    (this.win.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(ENTITY_HIGHLIGHT);
    this.group = null;
    this.marks = [];
  }

  get count(): number {
    return this.marks.length;
  }

  /** The entity mentioned under a point of the viewport, if any. */
  entityAt(x: number, y: number): { entity: string; rect: DOMRect } | null {
    if (!this.index || !this.marks.length) return null;
    const caret = caretAt(this.win.document, x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
    const { node, offset } = caret;
    const k = this.index.nodes.indexOf(node as Text);
    if (k === -1) return null;
    const at = this.index.starts[k] + offset;
    const mark = this.marks.find((m) => at >= m.start && at <= m.end);
    if (!mark) return null;
    const range = rangeFromOffsets(this.index, mark.start, mark.end);
    const rect = range?.getBoundingClientRect();
    // The caret snaps to the nearest character: make sure the point is on the mark.
    if (!rect || x < rect.left - 2 || x > rect.right + 2 || y < rect.top - 2 || y > rect.bottom + 2) return null;
    return { entity: mark.entity, rect };
  }
}
