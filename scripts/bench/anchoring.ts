/**
 * Re-anchoring 200 highlights on an edited 50,000-character Arabic article
 * (paragraphs inserted, white space and punctuation changed, sentences
 * reworded, diacritics and tatweel added), next to a naive baseline that
 * searches every quote approximately over the whole text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import search from 'approx-string-match';
import { parseHTML } from 'linkedom';
import { TextAnchorer } from '../../lib/anchoring/anchor';
import { describe } from '../../lib/anchoring/quote';
import { normalizeArabic } from '../../lib/arabic/normalize';
import { extractPage } from '../../lib/page/extract';
import { row } from './harness';

const DEMO = join(import.meta.dirname, '../../demo/pages');

/** A deterministic pseudo-random sequence, so every run edits the same way. */
function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

function article(chars: number): string {
  const texts = readdirSync(DEMO)
    .filter((f) => f.endsWith('.html'))
    .map((f) => extractPage(parseHTML(readFileSync(join(DEMO, f), 'utf8')).document as unknown as Document, 'https://demo.example/' + f).text)
    .filter((t) => /[\u0600-\u06ff]/.test(t));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += texts[i % texts.length] + '\n';
  return out.slice(0, chars);
}

function edit(text: string, rnd: () => number): string {
  const paragraphs = text.split('\n');
  const out: string[] = [];
  for (const p of paragraphs) {
    if (rnd() < 0.15) out.push('فقرة جديدة أضافها المحرر بعد النشر لتوضيح السياق وذكر تفاصيل إضافية.');
    let q = p;
    if (rnd() < 0.3) q = q.replace(/ /g, () => (rnd() < 0.05 ? '  ' : ' '));
    if (rnd() < 0.2) q = q.replace(/،/g, ',').replace(/\./g, '. ');
    if (rnd() < 0.2) q = q.replace(/ال([^ ]{3})/g, (m, w) => (rnd() < 0.1 ? `الـ${w}` : m));
    if (rnd() < 0.2) q = q.replace(/([بتنم])([^ ])/g, (m, a, b) => (rnd() < 0.03 ? `${a}َ${b}` : m));
    if (rnd() < 0.1) q = q.replace(/ قال /g, ' أوضح ').replace(/ أن /g, ' بأن ');
    out.push(q);
  }
  return out.join('\n');
}

export function benchAnchoring(): void {
  const rnd = random(42);
  const original = article(50_000);
  const highlights = Array.from({ length: 200 }, () => {
    const len = 20 + Math.floor(rnd() * 100);
    const start = Math.floor(rnd() * (original.length - len));
    return describe(original, start, start + len);
  });
  const edited = edit(original, rnd);

  const runOurs = () => {
    const anchorer = new TextAnchorer(edited);
    return highlights.map((h) => anchorer.anchor(h));
  };
  const runNaive = () =>
    highlights.map((h) => {
      const found = search(edited, h.quote.exact, Math.floor(h.quote.exact.length / 2));
      if (!found.length) return null;
      const best = found.reduce((a, b) => (b.errors < a.errors ? b : a));
      return { start: best.start, end: best.end };
    });

  const timeIt = (fn: () => unknown, runs: number) => {
    fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn();
      samples.push(performance.now() - t0);
    }
    return Math.min(...samples);
  };
  const ours = timeIt(runOurs, 5);
  const naive = timeIt(runNaive, 2);

  // A placement is right when the text found reads like the quote (normalized, ≥ 80% similar).
  const right = (results: ({ start: number; end: number } | null)[]) =>
    results.filter((r, i) => {
      if (!r) return false;
      const got = normalizeArabic(edited.slice(r.start, r.end));
      const want = normalizeArabic(highlights[i].quote.exact);
      const m = search(got, want, Math.floor(want.length * 0.2));
      return m.length > 0 && got.length <= want.length * 1.3;
    }).length;
  const oursResults = runOurs();
  const methods = new Map<string, number>();
  for (const r of oursResults) methods.set(r?.method ?? 'orphan', (methods.get(r?.method ?? 'orphan') ?? 0) + 1);

  console.log(`\nRe-anchoring 200 highlights on an edited ${edited.length.toLocaleString('en')}-character Arabic article`);
  row('', 'Hamish', 'naive fuzzy', 'ratio');
  row('total time (ms, best run)', ours.toFixed(1), naive.toFixed(1), `${(naive / ours).toFixed(1)}×`);
  row('placed correctly (of 200)', String(right(oursResults)), String(right(runNaive())), '');
  console.log(`  methods: ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}   (target: < 100 ms total)`);
}
