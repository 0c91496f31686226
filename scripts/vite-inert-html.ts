/**
 * A build step that leaves no HTML parsing from strings in the extension's
 * bundles: Hamish never renders data as HTML, and store reviewers (web-ext
 * lint) flag every `innerHTML =`. Two libraries keep such assignments for
 * features Hamish does not use; they are rewritten to DOM operations with the
 * same effect here:
 * - Preact's dangerouslySetInnerHTML (never used) sets text instead;
 * - Readability restores the page it works on from a clone instead of its
 *   HTML, and copies <noscript> content as nodes.
 * A rewrite that no longer finds its target fails the build, so a library
 * upgrade cannot silently bring the assignments back.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  file: RegExp;
  edits: [RegExp | string, string][];
}

const REWRITES: Rewrite[] = [
  {
    file: /preact\/dist\/preact\.module\.js$/,
    edits: [
      [/(\w+)\.innerHTML=(\w+)\.__html\)/, '$1.textContent=$2.__html)'],
      [/(\w+)\.innerHTML=""/, '$1.textContent=""'],
    ],
  },
  {
    file: /@mozilla\/readability\/Readability\.js$/,
    edits: [
      ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
      ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);'],
      ['tmp.innerHTML = noscript.innerHTML;', 'tmp.replaceChildren(...Array.from(noscript.childNodes, (n) => n.cloneNode(true)));'],
    ],
  },
];

export function inertHtml(): Plugin {
  return {
    name: 'hamish-inert-html',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('?')) return null; // virtual wrappers (e.g. ?commonjs-module), not the code
      const rewrite = REWRITES.find((r) => r.file.test(id));
      if (!rewrite) return null;
      let out = code;
      for (const [from, to] of rewrite.edits) {
        const next = out.replace(from, to);
        if (next === out) throw new Error(`hamish-inert-html: "${from}" not found in ${id}; check the library version`);
        out = next;
      }
      return { code: out, map: null };
    },
  };
}
