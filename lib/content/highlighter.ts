/**
 * Highlights in the page: make one from the selection, place the stored ones
 * (listing those that cannot be placed), paint them, remove paint at once.
 */
import { describe, utf16ToCodePoints } from '../anchoring/quote';
import { TextAnchorer } from '../anchoring/anchor';
import { anchorStructure, describeStructure } from '../anchoring/structure';
import { buildTextIndex, buildTextIndexSliced, caretAt, offsetsFromRange, rangeFromOffsets, type TextIndex } from '../anchoring/dom-text';
import { createPainter, type Painter } from '../highlights/paint';
import { MAX_PATCH_RECORDS, patchTextIndex } from '../anchoring/index-patch';
import { textHash } from '../hash';
import type { NewHighlight } from '../messages';
import type { Colour, Highlight } from '../types';

/** Work at most this long before letting the page breathe. */
const SLICE_MS = 25;
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface PlaceResult {
  placed: string[];
  orphans: string[];
}

export class PageHighlighter {
  readonly painter: Painter;
  private index: TextIndex | null = null;
  private known = new Map<string, Highlight>();
  private observer: MutationObserver;
  /** Changes since the index was built, to patch it with (null: too many, walk again). */
  private pending: MutationRecord[] | null = [];

  constructor(private win: Window & typeof globalThis) {
    this.painter = createPainter(win);
    // Text changes (late rendering, edits, tickers) are kept to patch the
    // index, so a page that never stops changing is not walked again and again.
    this.observer = new win.MutationObserver((records) => this.remember(records));
    this.observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private remember(records: MutationRecord[]): void {
    if (!this.pending) return;
    if (this.pending.length + records.length > MAX_PATCH_RECORDS) this.pending = null;
    else for (const r of records) this.pending.push(r);
  }

  private root(): Node {
    return this.win.document.body ?? this.win.document.documentElement;
  }

  /** Start a fresh build: changes before it are already in what it walks. */
  private startBuild(): void {
    this.observer.takeRecords();
    this.pending = [];
  }

  /** The index with the changes made since it was built. */
  private refreshed(index: TextIndex): TextIndex {
    this.remember(this.observer.takeRecords());
    const records = this.pending;
    this.pending = [];
    if (records && records.length === 0) return index;
    const patched = records && patchTextIndex(index, records, this.root());
    if (patched) return patched;
    this.startBuild();
    return buildTextIndex(this.root());
  }

  /** The index built in slices (very large pages), patched with what changed meanwhile. */
  async textIndexSliced(): Promise<TextIndex> {
    if (!this.index) {
      this.startBuild();
      const built = await buildTextIndexSliced(this.root());
      // A synchronous build meanwhile is newer; its changes are the ones kept.
      this.index ??= built;
    }
    return (this.index = this.refreshed(this.index));
  }

  textIndex(): TextIndex {
    if (!this.index) {
      this.startBuild();
      this.index = buildTextIndex(this.root());
    }
    return (this.index = this.refreshed(this.index));
  }

  /** Describe the current selection as a new highlight, or null if there is none. */
  fromSelection(meta: { url: string; canonicalUrl: string; title: string }, colour: Colour): NewHighlight | null {
    const sel = this.win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const index = this.textIndex();
    const at = offsetsFromRange(index, sel.getRangeAt(0));
    if (!at) return null;
    let { start, end } = at;
    // Leading and trailing white space is not part of what the reader meant.
    while (start < end && /\s/.test(index.text[start])) start++;
    while (end > start && /\s/.test(index.text[end - 1])) end--;
    if (end <= start) return null;
    const { quote, position } = describe(index.text, start, end);
    const root = this.win.document.body ?? this.win.document.documentElement;
    const range = describeStructure(index, root, start, end);
    const positionCodePoints = { start: utf16ToCodePoints(index.text, start), end: utf16ToCodePoints(index.text, end) };
    return { ...meta, quote, position, ...(range ? { range } : {}), positionCodePoints, textHash: textHash(index.text), colour };
  }

  private generation = 0;

  /**
   * Place and paint `highlights`, cheapest selector first; anything not
   * placed is an orphan (kept and listed). The work is sliced so a long page
   * with many edited highlights never freezes; a newer call supersedes an
   * older one still running.
   */
  async place(highlights: Highlight[]): Promise<PlaceResult | null> {
    const generation = ++this.generation;
    const index = this.textIndex();
    const root = this.win.document.body ?? this.win.document.documentElement;
    const anchorer = new TextAnchorer(index.text);
    const result: PlaceResult = { placed: [], orphans: [] };
    const keep = new Set(highlights.map((h) => h.id));
    for (const id of this.known.keys()) if (!keep.has(id)) this.painter.remove(id);
    this.known = new Map(highlights.map((h) => [h.id, h]));
    let sliceStart = now();
    for (const h of highlights) {
      if (now() - sliceStart > SLICE_MS) {
        await breathe();
        if (generation !== this.generation) return null;
        sliceStart = now();
      }
      const at = (h.range && anchorStructure(index, root, h.range, h.quote)) || anchorer.anchor(h);
      const range = at && rangeFromOffsets(index, at.start, at.end);
      if (range) {
        this.painter.paint(h.id, range, h.colour);
        result.placed.push(h.id);
      } else {
        this.painter.remove(h.id);
        result.orphans.push(h.id);
      }
    }
    return result;
  }

  /** The highlight painted under a point of the viewport, if any. */
  highlightAt(x: number, y: number): { highlight: Highlight; rect: DOMRect } | null {
    const caret = caretAt(this.win.document, x, y);
    if (!caret) return null;
    for (const [id, h] of this.known) {
      const range = this.painter.rangeOf(id);
      if (!range) continue;
      try {
        if (!range.isPointInRange(caret.node, caret.offset)) continue;
      } catch {
        continue;
      }
      // Indexed, not spread: Firefox content scripts see DOMRectList through an
      // Xray wrapper that is not iterable.
      const rects = range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i];
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return { highlight: h, rect: r };
      }
    }
    return null;
  }

  scrollTo(id: string): boolean {
    const range = this.painter.rangeOf(id);
    if (!range) return false;
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }
}
