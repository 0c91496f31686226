/**
 * npm run eval:related -- FILE.jsonl...
 * Related-coverage quality on a labelled set: one JSON object a line with
 * "id", "text", optional "title", "url", "published", and the labels
 * "event" (the real-world event it reports) and "syndicated" (a group name
 * shared by copies of one text, or empty). Every document is matched
 * against all the others with the extension's coverage index, and prints:
 * - event precision of the top 3: of the (up to) three best matches that
 *   Hamish puts in the same event ("same event" or "same text"), the share
 *   that really report the same event; and the share of same-event pairs it
 *   finds in the top 3 (recall);
 * - syndicated-copy precision, recall and F1 over pairs marked "same text".
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/analyze';
import { CoverageIndex } from '../lib/coverage/index';
import { coverageDoc } from '../lib/coverage/record';
import { DEFAULT_PACK } from '../lib/topic/default-pack';

interface Labelled { id: string; text: string; title?: string; url?: string; published?: string; event: string; syndicated?: string }

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run eval:related -- FILE.jsonl...');
  process.exit(2);
}
const docs: Labelled[] = [];
for (const file of files) {
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Labelled;
    if (!row.id || !row.text || !row.event) throw new Error(`${file}:${i + 1}: needs id, text and event`);
    docs.push(row);
  }
}

const analyzer = createAnalyzer(DEFAULT_PACK);
const index = new CoverageIndex();
const features = docs.map((d, i) => {
  const analysis = analyzer.analyze({ text: d.text, title: d.title, publishedTime: d.published ?? null });
  return coverageDoc(d.id, d.url ?? d.id, d.text, analysis, i);
});
features.forEach((f) => index.add(f));
const byId = new Map(docs.map((d) => [d.id, d]));
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

let eventHits = 0, eventCalls = 0, eventFound = 0, eventPairs = 0;
const sameTextPredicted = new Set<string>();
const mistakes: string[] = [];
for (const [i, d] of docs.entries()) {
  const related = index.related(features[i], 10).filter((r) => r.id !== d.id);
  const inEvent = related.filter((r) => r.relation === 'same event' || r.relation === 'same text').slice(0, 3);
  for (const r of inEvent) {
    eventCalls++;
    if (byId.get(r.id)!.event === d.event) eventHits++;
    else mistakes.push(`${d.id} → ${r.id} called ${r.relation}, but ${d.event} ≠ ${byId.get(r.id)!.event}`);
  }
  const others = docs.filter((o) => o.id !== d.id && o.event === d.event);
  eventPairs += Math.min(3, others.length);
  eventFound += inEvent.filter((r) => byId.get(r.id)!.event === d.event).length;
  for (const r of related) if (r.relation === 'same text') sameTextPredicted.add(pairKey(d.id, r.id));
}
const sameTextGold = new Set<string>();
for (const a of docs) for (const b of docs) if (a.id < b.id && a.syndicated && a.syndicated === b.syndicated) sameTextGold.add(pairKey(a.id, b.id));
const tp = [...sameTextPredicted].filter((p) => sameTextGold.has(p)).length;
const precision = sameTextPredicted.size ? tp / sameTextPredicted.size : 1;
const recall = sameTextGold.size ? tp / sameTextGold.size : 1;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
for (const p of sameTextPredicted) if (!sameTextGold.has(p)) mistakes.push(`${p} called same text, but they are not copies`);
for (const p of sameTextGold) if (!sameTextPredicted.has(p)) mistakes.push(`${p} are copies, not called same text`);

const events = new Set(docs.map((d) => d.event)).size;
console.log(`${docs.length} documents, ${events} events, ${sameTextGold.size} syndicated pairs`);
console.log(`same event, top 3: precision ${(eventCalls ? eventHits / eventCalls : 1).toFixed(3)} (${eventHits}/${eventCalls}), recall ${(eventPairs ? eventFound / eventPairs : 1).toFixed(3)} (${eventFound}/${eventPairs})`);
console.log(`same text (syndicated copies): precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${tp} of ${sameTextGold.size} pairs, ${sameTextPredicted.size} called)`);
for (const m of mistakes) console.log(`  ${m}`);
