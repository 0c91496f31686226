/** Cheap looks at a page before any real work. */

export interface PageText {
  text: string;
  /** Characters of `text` that came from inside open shadow roots (web components). */
  inShadow: number;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK = /^(P|DIV|LI|H[1-6]|TR|BR|ARTICLE|SECTION)$/;
const MAX_SHADOW_DEPTH = 8;

/**
 * Up to `max` characters of visible-ish text, gathered without layout,
 * including text that web components keep in open shadow roots (which
 * neither tree walkers nor document clones see).
 */
export function readPageText(doc: Document, max = 20_000): PageText {
  const out = { text: '', inShadow: 0, visited: 0 };
  const maxNodes = Math.max(50_000, max / 4);
  const walk = (root: Node, depth: number) => {
    const walker = doc.createTreeWalker(root, 0x1 | 0x4); // elements and text
    for (let n = walker.nextNode(); n && out.text.length < max && out.visited < maxNodes; n = walker.nextNode()) {
      out.visited++;
      if (n.nodeType === 3) {
        const parent = n.parentElement?.tagName ?? '';
        if (SKIPPED.has(parent)) continue;
        const data = (n as Text).data;
        out.text += data;
        if (depth > 0) out.inShadow += data.length;
        if (BLOCK.test(parent)) out.text += '\n';
        continue;
      }
      const shadow = (n as Element).shadowRoot;
      if (shadow && depth < MAX_SHADOW_DEPTH) walk(shadow, depth + 1);
    }
  };
  if (doc.body) walk(doc.body, 0);
  return { text: out.text.slice(0, max), inShadow: Math.min(out.inShadow, max) };
}

/** Up to `max` characters of the page's text (see readPageText). */
export function sampleText(doc: Document, max = 20_000): string {
  return readPageText(doc, max).text;
}

/** Whether the page holds more than `limit` characters of text, read only as far as needed. */
export function textExceeds(doc: Document, limit: number): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 0x4);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    total += (n as Text).length;
    if (total > limit) return true;
  }
  return false;
}
