/** Cheap looks at a page before any real work. */

/** Up to `max` characters of visible-ish text, gathered without layout. */
export function sampleText(doc: Document, max = 20_000): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 0x4);
  let out = '';
  let visited = 0;
  for (let n = walker.nextNode(); n && out.length < max && visited < 50_000; n = walker.nextNode()) {
    visited++;
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    out += (n as Text).data;
  }
  return out.slice(0, max);
}
