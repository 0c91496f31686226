/** Cheap looks at a page before any real work. */

/** Up to `max` characters of visible-ish text, gathered without layout. */
export function sampleText(doc: Document, max = 20_000): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 0x4);
  let out = '';
  let visited = 0;
  const maxNodes = Math.max(50_000, max / 4);
  for (let n = walker.nextNode(); n && out.length < max && visited < maxNodes; n = walker.nextNode()) {
    visited++;
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    out += (n as Text).data;
    if (n.parentElement && /^(P|DIV|LI|H[1-6]|TR|BR|ARTICLE|SECTION)$/.test(n.parentElement.tagName)) out += '\n';
  }
  return out.slice(0, max);
}
