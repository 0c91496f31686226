/**
 * Related-coverage query latency (p50/p95) and index size per article at
 * 1k, 10k and 100k synthetic articles built from the pack's entities and a
 * news vocabulary, next to MiniSearch indexing and querying the same texts.
 */
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { CoverageIndex, type CoverageDoc } from '../../lib/coverage/index';
import { keywordVector, minhash } from '../../lib/coverage/features';
import { DEFAULT_PACK } from '../../lib/topic/default-pack';
import { row } from './harness';

const VOCAB = (
  'اجتماع محادثات تطبيع مصالحة وساطة قمة انسحاب قوات لاجئين عودة حدود اتفاق بيان وزير رئيس وفد مسار تسوية ' +
  'امن اقتصاد تجارة معبر طريق هجوم قصف غارة مفاوضات دستور انتخابات حكومة برلمان معارضة فصائل ارهاب مكافحة ' +
  'تعاون زيارة رسمية مؤتمر صحفي تصريحات مصادر مطلعة تقارير اعلام صحيفة وكالة رسالة دعوة شروط ضمانات منطقة'
).split(' ');

function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

interface Synthetic { doc: CoverageDoc; text: string }

function generate(n: number, rnd: () => number): Synthetic[] {
  const entities = DEFAULT_PACK.entities;
  const out: Synthetic[] = [];
  for (let i = 0; i < n; i++) {
    // Every tenth article reposts an earlier one (same text, other address).
    if (i > 10 && i % 10 === 0) {
      const src = out[Math.floor(rnd() * i)];
      out.push({ doc: { ...src.doc, id: `https://repost.example/${i}`, url: `https://repost.example/${i}` }, text: src.text });
      continue;
    }
    const picked = new Map<string, number>();
    const k = 3 + Math.floor(rnd() * 6);
    for (let j = 0; j < k; j++) {
      const e = entities[Math.floor(rnd() ** 2 * entities.length)];
      picked.set(e.id, (picked.get(e.id) ?? 0) + 1 + Math.floor(rnd() * 3));
    }
    const words: string[] = [];
    for (let j = 0; j < 60; j++) {
      words.push(rnd() < 0.2 ? entities.find((e) => e.id === [...picked.keys()][j % picked.size])!.label.ar : VOCAB[Math.floor(rnd() * VOCAB.length)] + (rnd() < 0.3 ? String(Math.floor(rnd() * 50)) : ''));
    }
    const text = words.join(' ');
    const day = new Date(Date.UTC(2022, 9, 1) + Math.floor(rnd() * 800) * 86_400_000).toISOString().slice(0, 10);
    out.push({
      text,
      doc: {
        id: `https://news.example/${i}`, url: `https://news.example/${i}`, title: words.slice(0, 8).join(' '), outlet: `outlet-${i % 40}`,
        published: day, visitedAt: i, entities: [...picked].map(([id, count]) => ({ id, count })), keywords: keywordVector(text), signature: minhash(text),
      },
    });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function benchCoverage(sizes = [1_000, 10_000, 100_000]): void {
  console.log('\nRelated coverage: query latency and index size on synthetic articles (200 queries each)');
  row('articles', 'Hamish p50/p95 ms', 'MiniSearch p50/p95', 'bytes/article');
  const rnd = random(7);
  const all = generate(Math.max(...sizes), rnd);
  for (const n of sizes) {
    const docs = all.slice(0, n);
    const index = new CoverageIndex();
    for (const d of docs) index.add(d.doc);
    const mini = new MiniSearch({ fields: ['text'], storeFields: [] });
    mini.addAll(docs.map((d, id) => ({ id, text: d.text })));
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let q = 0; q < 200; q++) {
      const d = docs[Math.floor(rnd() * n)];
      let t0 = performance.now();
      index.related(d.doc, 10);
      ours.push(performance.now() - t0);
      t0 = performance.now();
      mini.search(d.text.split(' ').slice(0, 30).join(' '), { combineWith: 'OR' }).slice(0, 10);
      theirs.push(performance.now() - t0);
    }
    ours.sort((a, b) => a - b);
    theirs.sort((a, b) => a - b);
    const bytes = docs.reduce((s, d) => s + JSON.stringify({ e: d.doc.entities, k: d.doc.keywords }).length + d.doc.signature.length * 8, 0) / n;
    row(n.toLocaleString('en'), `${percentile(ours, 0.5).toFixed(2)} / ${percentile(ours, 0.95).toFixed(2)}`, `${percentile(theirs, 0.5).toFixed(2)} / ${percentile(theirs, 0.95).toFixed(2)}`, bytes.toFixed(0));
  }
  console.log('  targets: p95 < 10 ms at 10k and < 50 ms at 100k; index ≤ 2 KB per article beyond the excerpt');
}
