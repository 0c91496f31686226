/**
 * npm run related -- [--json] --corpus FILE... --query FILE...
 * Indexes the corpus documents with the extension's coverage matcher and
 * prints, for each query document, its ten most related documents (never
 * itself) with score, relation and shared entities. Files as in analyze:
 * .txt, .html, .jsonl. Exit code 2 when a file could not be read.
 */
import { createAnalyzer } from '../lib/analyze';
import { CoverageIndex } from '../lib/coverage/index';
import { coverageDoc } from '../lib/coverage/record';
import { DEFAULT_PACK } from '../lib/topic/default-pack';
import { loadDocuments, type Document } from './cli/documents';

function parseArgs(argv: string[]) {
  const out = { json: false, corpus: [] as string[], query: [] as string[] };
  let list: string[] | null = null;
  for (const a of argv) {
    if (a === '--json') out.json = true;
    else if (a === '--corpus') list = out.corpus;
    else if (a === '--query') list = out.query;
    else if (list) list.push(a);
    else throw new Error(`unexpected argument ${a}: files follow --corpus or --query`);
  }
  return out;
}

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(process.argv.slice(2));
  if (!args.corpus.length || !args.query.length) throw new Error('both --corpus and --query need at least one file');
} catch (err) {
  console.error(`error: ${(err as Error).message}\nusage: npm run related -- [--json] --corpus FILE... --query FILE...`);
  process.exit(2);
}

const analyzer = createAnalyzer(DEFAULT_PACK);
const toDoc = (d: Document, i: number) => {
  const analysis = analyzer.analyze(d);
  return coverageDoc(d.name, d.url ?? d.name, d.text, analysis, i);
};
const corpus = loadDocuments(args.corpus);
const queries = loadDocuments(args.query);
const index = new CoverageIndex();
corpus.documents.forEach((d, i) => index.add(toDoc(d, i)));

for (const [i, q] of queries.documents.entries()) {
  const related = index.related(toDoc(q, i), 10);
  if (args.json) {
    console.log(JSON.stringify({ query: q.name, related: related.map((r) => ({ id: r.id, score: r.score, relation: r.relation, sharedEntities: r.sharedEntities, daysApart: r.daysApart })) }));
  } else {
    console.log(q.name);
    if (!related.length) console.log('  (nothing related)');
    for (const r of related) console.log(`  ${r.score.toFixed(3)}  ${r.relation.padEnd(10)}  ${r.id}${r.daysApart !== null ? `  (${r.daysApart} days)` : ''}  [${r.sharedEntities.join(' ')}]`);
  }
}
const errors = [...corpus.errors, ...queries.errors];
for (const e of errors) console.error(`error: ${e}`);
// Not process.exit: it may cut off what is still being written to a pipe.
process.exitCode = errors.length ? 2 : 0;
