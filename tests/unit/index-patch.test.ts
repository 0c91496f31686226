import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { buildTextIndex } from '@/lib/anchoring/dom-text';
import { MAX_PATCH_RECORDS, patchTextIndex } from '@/lib/anchoring/index-patch';

function page(html: string) {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  const doc = dom.window.document;
  const observer = new dom.window.MutationObserver(() => {});
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return { doc, body: doc.body, records: () => observer.takeRecords() };
}

/** Patch the index with what changed and compare with a fresh walk. */
function expectPatchedLikeFresh(p: ReturnType<typeof page>, index: ReturnType<typeof buildTextIndex>) {
  const patched = patchTextIndex(index, p.records(), p.body);
  const fresh = buildTextIndex(p.body);
  expect(patched).not.toBeNull();
  expect(patched!.text).toBe(fresh.text);
  expect(patched!.starts).toEqual(fresh.starts);
  expect(patched!.nodes.length).toBe(fresh.nodes.length);
  patched!.nodes.forEach((n, k) => expect(n).toBe(fresh.nodes[k]));
  return patched!;
}

describe('patching the text index from mutations', () => {
  it('follows a ticker that replaces its text every moment, text edits and empty nodes filling up', () => {
    const p = page('<div id="t">عاصفة 1</div><p>التقى <b>فيدان</b> نظيره</p><p id="e"></p>');
    let index = buildTextIndex(p.body);
    p.records();
    for (let i = 2; i < 50; i++) {
      p.doc.getElementById('t')!.textContent = `عاصفة ${i}`;
      (p.doc.querySelector('b')!.firstChild as Text).data = `فيدان ${i}`;
      index = expectPatchedLikeFresh(p, index);
    }
    const empty = p.doc.createTextNode('');
    p.doc.getElementById('e')!.append(empty);
    index = expectPatchedLikeFresh(p, index);
    empty.data = 'نص جديد';
    expectPatchedLikeFresh(p, index);
  });

  it('places inserted, removed and moved subtrees in document order, and leaves scripts out', () => {
    const p = page('<p>أ</p><p id="b">ب</p><p>ج</p><div id="box"></div>');
    let index = buildTextIndex(p.body);
    p.records();
    const sec = p.doc.createElement('section');
    sec.innerHTML = '<h2>عنوان</h2><p>فقرة <i>مائلة</i></p><script>var x = 1</script>';
    p.doc.getElementById('b')!.after(sec);
    index = expectPatchedLikeFresh(p, index);
    p.doc.getElementById('box')!.append(sec); // moved to the end
    index = expectPatchedLikeFresh(p, index);
    p.doc.getElementById('b')!.remove();
    p.body.prepend(p.doc.createTextNode('أول '));
    index = expectPatchedLikeFresh(p, index);
    expect(index.text).toBe('أول أجعنوانفقرة مائلة');
  });

  it('takes in a very large inserted block at once', () => {
    const p = page('<p>أول</p><p id="end">آخر</p>');
    const index = buildTextIndex(p.body);
    p.records();
    const big = p.doc.createElement('div');
    for (let i = 0; i < 150_000; i++) big.append(p.doc.createTextNode(i % 2 ? 'ب' : 'أ'));
    p.doc.getElementById('end')!.before(big);
    const patched = patchTextIndex(index, p.records(), p.body)!;
    expect(patched.nodes).toHaveLength(150_002);
    expect(patched.text.startsWith('أولأبأب')).toBe(true);
    expect(patched.text.endsWith('بآخر')).toBe(true);
  });

  it('asks for a fresh walk after too many changes', () => {
    const p = page('<p>أ</p>');
    const index = buildTextIndex(p.body);
    p.records();
    const many = Array.from({ length: MAX_PATCH_RECORDS + 1 }, () => ({ type: 'attributes' }) as MutationRecord);
    expect(patchTextIndex(index, many, p.body)).toBeNull();
  });
});
