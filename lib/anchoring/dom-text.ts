/**
 * The page's text as one string, with the text nodes it came from, so that
 * offsets and DOM ranges convert both ways. Hidden containers (scripts,
 * styles) and Hamish's own UI are left out, so the text is the same on every
 * visit.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'script', 'style', 'svg']);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
}

/** A text node the index holds: not empty, not inside scripts, styles or Hamish's own UI. */
export function isIndexedText(n: Text): boolean {
  if (!n.data) return false;
  const parent = n.parentNode as Element | null;
  return !(parent && (SKIP.has(parent.nodeName) || parent.nodeName.startsWith('HAMISH-UI')));
}

/** The indexed text nodes under `root` (itself included), in document order. */
export function textNodesUnder(root: Node): Text[] {
  if (root.nodeType === 3) return isIndexedText(root as Text) ? [root as Text] : [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (isIndexedText(n)) out.push(n);
  return out;
}

/** Gathers text nodes into an index; says when `maxChars` is reached. */
function indexBuilder(maxChars: number) {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  return {
    nodes,
    /** Add a node if it holds readable text; false once the index is full. */
    add(n: Text): boolean {
      if (!isIndexedText(n)) return true;
      const data = n.data;
      nodes.push(n);
      starts.push(length);
      parts.push(data);
      length += data.length;
      return length < maxChars;
    },
    done: (): TextIndex => ({ text: parts.join(''), nodes, starts }),
  };
}

/**
 * Collect the text under `root`; `maxChars` bounds the work on huge pages.
 * A plain text walker with a parent check is several times faster than a
 * filtering walker on pages with 100,000 nodes. (Hamish's own UI lives in
 * shadow roots, which the walker does not enter.)
 */
export function buildTextIndex(root: Node, maxChars = 20_000_000): TextIndex {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const builder = indexBuilder(maxChars);
  for (let n = walker.nextNode() as Text | null; n && builder.add(n); n = walker.nextNode() as Text | null);
  return builder.done();
}

/**
 * The same index built in slices of `sliceMs`, yielding to the page between
 * them, for very large pages. If the page changes meanwhile the caller's
 * mutation observer discards the result, as for the synchronous one.
 */
export async function buildTextIndexSliced(root: Node, sliceMs = 15, maxChars = 20_000_000): Promise<TextIndex> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const builder = indexBuilder(maxChars);
  let sliceStart = Date.now();
  for (let n = walker.nextNode() as Text | null; n && builder.add(n); n = walker.nextNode() as Text | null) {
    if ((builder.nodes.length & 1023) === 0 && Date.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
  return builder.done();
}

const positions = new WeakMap<TextIndex, Map<Text, number>>();

/** Where a text node sits in the index, or -1 (a map built once per index). */
export function nodePosition(index: TextIndex, node: Text): number {
  let map = positions.get(index);
  if (!map) {
    map = new Map();
    for (let k = 0; k < index.nodes.length; k++) map.set(index.nodes[k], k);
    positions.set(index, map);
  }
  return map.get(node) ?? -1;
}

/** Index of the node that holds character `offset` (binary search). */
function nodeAt(index: TextIndex, offset: number, preferEnd: boolean): number {
  let lo = 0, hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] < offset || (!preferEnd && index.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (!index.nodes.length || start < 0 || end > index.text.length || start >= end) return null;
  const a = nodeAt(index, start, false);
  const b = nodeAt(index, end, true);
  const range = index.nodes[a].ownerDocument.createRange();
  range.setStart(index.nodes[a], start - index.starts[a]);
  range.setEnd(index.nodes[b], end - index.starts[b]);
  return range;
}

/** Offsets of a DOM range in the index; null when it lies outside it. */
export function offsetsFromRange(index: TextIndex, range: Range): { start: number; end: number } | null {
  const at = (container: Node, offset: number, isEnd: boolean): number | null => {
    if (container.nodeType === 3) {
      const k = nodePosition(index, container as Text);
      return k === -1 ? null : index.starts[k] + offset;
    }
    // An element boundary: a start maps to the first text at or after it, an
    // end to the end of the last text at or before it.
    const doc = container.ownerDocument ?? (container as Document);
    const point = doc.createRange();
    point.setStart(container, offset);
    point.collapse(true);
    if (!isEnd) {
      for (let k = 0; k < index.nodes.length; k++) if (point.comparePoint(index.nodes[k], 0) >= 0) return index.starts[k];
      return null;
    }
    for (let k = index.nodes.length - 1; k >= 0; k--) {
      if (point.comparePoint(index.nodes[k], index.nodes[k].data.length) <= 0) return index.starts[k] + index.nodes[k].data.length;
    }
    return null;
  };
  const start = at(range.startContainer, range.startOffset, false);
  const end = at(range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The text position under a point of the viewport (caretPositionFromPoint, or Chrome's older caretRangeFromPoint). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
