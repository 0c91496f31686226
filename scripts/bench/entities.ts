/**
 * Entity matching and topic decision throughput on Arabic news text, next to
 * a naive baseline that searches every alias with indexOf.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createAnalyzer, pageInput } from '../../lib/analyze';
import { extractPage } from '../../lib/page/extract';
import { DEFAULT_PACK } from '../../lib/topic/default-pack';
import type { ExtractedPage } from '../../lib/types';
import { mb, row, timeInTurns } from './harness';

const DEMO = join(import.meta.dirname, '../../demo/pages');

/** The demo articles (Arabic ones), as the extension extracts them. */
function articles(): ExtractedPage[] {
  return readdirSync(DEMO)
    .filter((f) => f.endsWith('.html'))
    .map((f) => extractPage(parseHTML(readFileSync(join(DEMO, f), 'utf8')).document as unknown as Document, 'https://demo.example/' + f))
    .filter((p) => /[\u0600-\u06ff]/.test(p.text));
}

export function benchEntities(targetBytes = 4_000_000): void {
  const docs = articles();
  const corpus: ExtractedPage[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    for (const d of docs) {
      corpus.push(d);
      bytes += Buffer.byteLength(d.text, 'utf8');
    }
  }
  const analyzer = createAnalyzer(DEFAULT_PACK);
  // As the extension calls it: the page's text with its title and date from
  // the page's metadata.
  const inputs = corpus.map(pageInput);
  // Baseline: every alias of the pack looked up with indexOf in the text,
  // counting occurrences: no normalization, no clitics, no context, no topic.
  const aliases = [...new Set(DEFAULT_PACK.entities.flatMap((e) => e.aliases))];
  let hits = 0;
  const { ours, textOnly, naive } = timeInTurns({
    ours: () => {
      for (const input of inputs) analyzer.analyze(input);
    },
    // The text alone (a .txt file for npm run analyze): the title and the
    // date are also looked for in the text.
    textOnly: () => {
      for (const page of corpus) analyzer.analyze({ text: page.text });
    },
    naive: () => {
      for (const { text } of corpus) {
        for (const a of aliases) for (let at = text.indexOf(a); at !== -1; at = text.indexOf(a, at + a.length)) hits++;
      }
    },
  });
  if (hits === 0) throw new Error('the baseline found nothing: the corpus is wrong');

  const rate = (t: number) => mb(bytes) / (t / 1000);
  const naiveRate = rate(naive.best);
  console.log(`\nEntity matching + topic decision: ${corpus.length} articles (${docs.length} demo articles repeated), ${mb(bytes).toFixed(1)} MB of UTF-8 Arabic text`);
  row('', 'Hamish', 'naive indexOf', 'ratio');
  row('pages, MB/s (best of 7)', rate(ours.best).toFixed(1), naiveRate.toFixed(1), `${(rate(ours.best) / naiveRate).toFixed(1)}×`);
  row('pages, ms (median)', ours.median.toFixed(0), naive.median.toFixed(0), `${(naive.median / ours.median).toFixed(1)}×`);
  row('text alone, MB/s (best of 7)', rate(textOnly.best).toFixed(1), naiveRate.toFixed(1), `${(rate(textOnly.best) / naiveRate).toFixed(1)}×`);
  row('text alone, ms (median)', textOnly.median.toFixed(0), naive.median.toFixed(0), `${(naive.median / textOnly.median).toFixed(1)}×`);
  console.log(`  ${aliases.length} alias strings in the baseline; Hamish also handles clitics, context rules and traps, and finds`);
  console.log('  language, date and title. "pages": as the extension calls it, title and date from the page\'s metadata;');
  console.log('  "text alone": a bare text, its title and date looked for in the text. The three are timed in turns (a run');
  console.log('  of each per round, 7 rounds), so that the ratios compare runs made at the same moments, once each runs as');
  console.log('  fast as it has in the warm-up (its steady state: the extension analyses page after page in one worker).');
  benchHostile(analyzer, rate(ours.best));
}

/**
 * Pages built to be slow: long runs without a sentence end, full of the
 * parties' names, where reading back over a sentence for each mention would
 * cost the square of its length. Each is read at the rate of ordinary pages
 * or near it.
 */
function benchHostile(analyzer: ReturnType<typeof createAnalyzer>, pagesRate: number): void {
  const cases: [string, string][] = [
    ['one sentence, actors of one side', 'الرئيس التركي لقاء '.repeat(50_000)],
    ['one sentence, actors of both sides', 'الرئيس التركي والرئيس السوري في '.repeat(30_000)],
    ['one tag line of names', 'كلمات دلالية: ' + 'سوريا تركيا لقاء '.repeat(60_000)],
    ['names glued together', 'روسياوسورياوتركيا '.repeat(55_000)],
  ];
  console.log('\nPages built to be slow (1 MB, no sentence end), best of 3:');
  for (const [name, text] of cases) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      analyzer.analyze({ text });
      best = Math.min(best, performance.now() - t);
    }
    const rate = mb(Buffer.byteLength(text, 'utf8')) / (best / 1000);
    row(name, `${rate.toFixed(1)} MB/s`, `${best.toFixed(0)} ms`, `${(rate / pagesRate).toFixed(2)}× pages`);
  }
}
