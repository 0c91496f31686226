/**
 * Entity mentions marked in the page with the CSS Custom Highlight API (one
 * group, "hamish-entity"), and found again under the pointer for popovers.
 * The engine gives its mentions as offsets into the text it analysed (the
 * article as extracted); each is placed on the same words of the page's own
 * text, found by their surroundings, so only what the engine read as a
 * mention is marked: not the same word elsewhere (الأسد the lion, a bare
 * name that is someone else's), not page chrome the analysis left out, and
 * never a name inside a longer word (الأسدية).
 */
import { GLUED_DIGITS, PROCLITICS } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';
import { isSpace, isWordChar } from '../arabic/tokenize';
import { caretAt, rangeFromOffsets, type TextIndex } from '../anchoring/dom-text';

export const ENTITY_HIGHLIGHT = 'hamish-entity';
const CLITICS = new Set(PROCLITICS);
/** Bound on marks per page, so a huge page stays responsive. */
const MAX_MARKS = 1500;
/** Places looked at per surface form, at most: a page repeating a name
 *  tens of thousands of times is not searched to its end. */
const MAX_PLACES = MAX_MARKS * 4;
/** Letters of context either side that say two places are the same. */
const CONTEXT = 16;
/** Places after the last one taken where the next mention of the same form is looked for first. */
const LOOKAHEAD = 64;

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

/** Whitespace, and the invisible marks pages put in it: extraction and the
 *  page's own text differ in these, not in letters. */
const SPACE = /[\s\u200b-\u200f\u202a-\u202e\u2060]/;
const isSpaceOrMark = (c: number) => isSpace(c) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0x2060;

/** Up to CONTEXT characters before `at` (backwards: nearest first) or from
 *  `at` on, whitespace left out. */
function context(text: string, at: number, backwards: boolean): string {
  let out = '';
  for (let k = backwards ? at - 1 : at; k >= 0 && k < text.length && out.length < CONTEXT; k += backwards ? -1 : 1)
    if (!isSpaceOrMark(text.charCodeAt(k))) out += text[k];
  return out;
}

const common = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** The whole-word places of one surface form in the page, found as far as
 *  they are needed: a name of several words may be spaced otherwise in the
 *  page (رجب طيب أردوغان across a line break or a no-break space). */
class Places {
  readonly at: [number, number][] = [];
  taken: boolean[] = [];
  /** The place after the last one taken. */
  next = 0;
  private from = 0;
  private done = false;
  private readonly re: RegExp | null;

  constructor(private readonly text: string, private readonly surface: string) {
    const words = surface.split(/\s+/).filter(Boolean);
    this.re = words.length > 1 ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`${SPACE.source}+`), 'g') : null;
  }

  /** Whether place k exists, finding places up to it. */
  has(k: number): boolean {
    while (!this.done && this.at.length <= k && this.at.length < MAX_PLACES) this.find();
    return k < this.at.length;
  }

  private find(): void {
    const { text } = this;
    let start = -1, end = -1;
    if (this.re) {
      this.re.lastIndex = this.from;
      const m = this.re.exec(text);
      if (m) (start = m.index), (end = m.index + m[0].length);
    } else {
      start = text.indexOf(this.surface, this.from);
      end = start + this.surface.length;
    }
    if (start < 0) {
      this.done = true;
      return;
    }
    this.from = end;
    if (onWordBoundary(text, start, end)) {
      this.at.push([start, end]);
      this.taken.push(false);
    }
  }
}

/**
 * The engine's mentions, given as offsets into the text it analysed, placed
 * in `page`, the page's own text. A mention goes to a whole-word place of its
 * surface form whose surroundings (whitespace aside) agree with its own; the
 * places are taken in order, and one is never taken twice. A mention whose
 * form or surroundings the page does not have is not marked.
 */
export function placeMentions(analysed: string, mentions: readonly EntityMark[], page: string): EntityMark[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const places = new Map<string, Places>();
  const marks: EntityMark[] = [];
  for (const m of ordered) {
    if (marks.length >= MAX_MARKS) break;
    const surface = analysed.slice(m.start, m.end);
    if (surface.trim().length < 2) continue;
    let p = places.get(surface);
    if (!p) places.set(surface, (p = new Places(page, surface)));
    const before = context(analysed, m.start, true);
    const after = context(analysed, m.end, false);
    const place = p;
    let best = -1, bestScore = -1;
    const consider = (k: number): boolean => {
      if (place.taken[k]) return false;
      const [from, to] = place.at[k];
      const b = context(page, from, true), a = context(page, to, false);
      const got = common(before, b) + common(after, a);
      // Surroundings as long as both texts have them, or long enough to tell.
      const full = Math.min(before.length, b.length) + Math.min(after.length, a.length);
      if (got >= Math.min(full, CONTEXT / 2) && got > bestScore) (best = k), (bestScore = got);
      return got >= full;
    };
    // The places after the last one taken first (both texts run in the same
    // order), then the ones just before it (a headline the extraction put first).
    for (let k = p.next; k < p.next + LOOKAHEAD && p.has(k); k++) if (consider(k)) break;
    if (best < 0) for (let k = p.next - 1; k >= 0 && k >= p.next - LOOKAHEAD * 4; k--) if (consider(k)) break;
    if (best < 0) continue;
    p.taken[best] = true;
    p.next = Math.max(p.next, best + 1);
    marks.push({ start: p.at[best][0], end: p.at[best][1], entity: m.entity });
  }
  return marks.sort((a, b) => a.start - b.start);
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
  show(index: TextIndex, analysed: string, mentions: readonly EntityMark[]): number {
    this.clear();
    const Ctor = (this.win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
    const registry = (this.win.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    if (!Ctor || !registry) return 0; // marks are a nicety: never wrap page text for them
    this.index = index;
    this.marks = placeMentions(analysed, mentions, index.text);
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
