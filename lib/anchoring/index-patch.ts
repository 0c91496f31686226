/**
 * Keeping a page's text index up to date from DOM mutation records instead
 * of walking the whole page again. Pages that never stop changing (tickers,
 * clocks, "mutation storms") would otherwise force a walk of every node each
 * time the reader makes a highlight. Only the nodes named by the records are
 * read from the DOM; the rest of the text is reused from the old index.
 */
import { isIndexedText, nodePosition, textNodesUnder, type TextIndex } from './dom-text';

/** Beyond this many records, a fresh walk is simpler than patching. */
export const MAX_PATCH_RECORDS = 2000;

/** Where `node` goes among `nodes` (document order), by binary search. */
function insertionPoint(nodes: Text[], node: Node): number {
  let lo = 0, hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // FOLLOWING (4): node comes after nodes[mid].
    if (nodes[mid].compareDocumentPosition(node) & 4) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text nodes in a subtree that left the page (it can still be walked). */
function textNodesIn(node: Node, into: Set<Node>): void {
  if (node.nodeType === 3) {
    into.add(node);
    return;
  }
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) into.add(n);
}

/**
 * The index after `records`, or null when a fresh walk is needed (too many
 * records, or the root itself gone).
 */
export function patchTextIndex(index: TextIndex, records: MutationRecord[], root: Node): TextIndex | null {
  if (records.length > MAX_PATCH_RECORDS || !root.isConnected) return null;
  const removed = new Set<Node>();
  const changed = new Set<Node>();
  const added: Node[] = [];
  for (const r of records) {
    if (r.type === 'characterData') {
      if (nodePosition(index, r.target as Text) >= 0) changed.add(r.target);
      else added.push(r.target); // was empty, so not indexed
      continue;
    }
    if (r.type !== 'childList') continue;
    for (let i = 0; i < r.removedNodes.length; i++) textNodesIn(r.removedNodes[i], removed);
    for (let i = 0; i < r.addedNodes.length; i++) added.push(r.addedNodes[i]);
  }
  // Subtrees added and still in the page under the root, outermost only.
  const live = added.filter((n) => n.isConnected && root.contains(n));
  const roots = live.filter((n) => !live.some((m) => m !== n && m.contains(n)));
  const fresh = new Set<Node>();
  const blocks: Text[][] = [];
  for (const r of roots) {
    const texts = textNodesUnder(r);
    for (const t of texts) fresh.add(t);
    if (texts.length) blocks.push(texts);
  }

  // Keep the other nodes, with their text from the old index unless it changed.
  let nodes: Text[] = [];
  let texts: string[] = [];
  const { nodes: old, starts, text } = index;
  for (let k = 0; k < old.length; k++) {
    const n = old[k];
    if (removed.has(n) || fresh.has(n)) continue;
    if (changed.has(n)) {
      if (!isIndexedText(n)) continue; // now empty
      texts.push(n.data);
    } else texts.push(text.slice(starts[k], k + 1 < old.length ? starts[k + 1] : text.length));
    nodes.push(n);
  }
  for (const block of blocks) {
    const at = insertionPoint(nodes, block[0]);
    // concat, not splice(...block): a block may hold more nodes than a call takes arguments.
    nodes = nodes.slice(0, at).concat(block, nodes.slice(at));
    texts = texts.slice(0, at).concat(block.map((t) => t.data), texts.slice(at));
  }
  const newStarts: number[] = new Array(nodes.length);
  let length = 0;
  for (let k = 0; k < nodes.length; k++) {
    newStarts[k] = length;
    length += texts[k].length;
  }
  return { text: texts.join(''), nodes, starts: newStarts };
}
