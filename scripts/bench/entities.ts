/**
 * Entity matching and topic decision throughput on Arabic news text, next to
 * a naive baseline that searches every alias with indexOf.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createAnalyzer } from '../../lib/analyze';
import { extractPage } from '../../lib/page/extract';
import { DEFAULT_PACK } from '../../lib/topic/default-pack';
import { mb, row, time } from './harness';

const DEMO = join(import.meta.dirname, '../../demo/pages');

/** The demo articles' main texts (Arabic ones), as the extension sees them. */
function articles(): string[] {
  return readdirSync(DEMO)
    .filter((f) => f.endsWith('.html'))
    .map((f) => extractPage(parseHTML(readFileSync(join(DEMO, f), 'utf8')).document as unknown as Document, 'https://demo.example/' + f).text)
    .filter((t) => /[\u0600-\u06ff]/.test(t));
}

export function benchEntities(targetBytes = 4_000_000): void {
  const docs = articles();
  const corpus: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    for (const d of docs) {
      corpus.push(d);
      bytes += Buffer.byteLength(d, 'utf8');
    }
  }
  const analyzer = createAnalyzer(DEFAULT_PACK);
  const ours = time(() => {
    for (const text of corpus) analyzer.analyze({ text });
  });

  // Baseline: every alias of the pack looked up with indexOf in the text,
  // counting occurrences: no normalization, no clitics, no context, no topic.
  const aliases = [...new Set(DEFAULT_PACK.entities.flatMap((e) => e.aliases))];
  let hits = 0;
  const naive = time(() => {
    for (const text of corpus) {
      for (const a of aliases) for (let at = text.indexOf(a); at !== -1; at = text.indexOf(a, at + a.length)) hits++;
    }
  }, 3);
  if (hits === 0) throw new Error('the baseline found nothing: the corpus is wrong');

  const oursRate = mb(bytes) / (ours.best / 1000);
  const naiveRate = mb(bytes) / (naive.best / 1000);
  console.log(`\nEntity matching + topic decision: ${corpus.length} articles, ${mb(bytes).toFixed(1)} MB of UTF-8 Arabic text`);
  row('', 'Hamish', 'naive indexOf', 'ratio');
  row('throughput (MB/s, best of 5)', oursRate.toFixed(1), naiveRate.toFixed(1), `${(oursRate / naiveRate).toFixed(1)}×`);
  row('time (ms, median)', ours.median.toFixed(0), naive.median.toFixed(0), `${(naive.median / ours.median).toFixed(1)}×`);
  console.log(`  ${aliases.length} alias strings in the baseline; Hamish also handles clitics, context rules and traps.`);
}
