/**
 * npm run analyze -- [--json] FILE...
 * The extension's page analysis on files: language, article, title, outlet,
 * date, topic verdict and entities. Exit code 2 when a file could not be
 * read (the others are still analysed).
 */
import { createAnalyzer } from '../lib/analyze';
import { DEFAULT_PACK } from '../lib/topic/default-pack';
import { loadDocuments } from './cli/documents';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0 || args.includes('--help')) {
  console.error('usage: npm run analyze -- [--json] FILE...   (FILE: .txt, .html or .jsonl)');
  process.exit(files.length === 0 ? 2 : 0);
}

const analyzer = createAnalyzer(DEFAULT_PACK);
const { documents, errors } = loadDocuments(files);
const rows = documents.map((doc) => ({ ...(doc.key === 'file' ? { file: doc.name } : { id: doc.name }), ...analyzer.analyze(doc) }) as { file?: string; id?: string } & ReturnType<typeof analyzer.analyze>);

if (json) {
  for (const row of rows) console.log(JSON.stringify(row));
} else {
  const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  for (const row of rows) {
    const name = String(row.file ?? row.id);
    console.log(`${name}`);
    console.log(`  ${row.topic.onTopic ? 'ON topic ' : 'off topic'}  score ${row.topic.score.toFixed(2)}  lang ${row.lang} (${Math.round(row.arabicShare * 100)}% Arabic)  ${row.isArticle ? 'article' : 'not an article'}  date ${row.published ?? '—'}`);
    if (row.title) console.log(`  title    ${cut(row.title, 90)}`);
    if (row.outlet) console.log(`  outlet   ${row.outlet}`);
    console.log(`  entities ${row.entities.length ? row.entities.map((e) => `${e.id}×${e.count}`).join(' ') : '—'}`);
  }
  console.log(`\n${rows.length} document(s) analysed, ${rows.filter((r) => r.topic.onTopic).length} on the topic.`);
}
for (const e of errors) console.error(`error: ${e}`);
// Not process.exit: it may cut off what is still being written to a pipe.
process.exitCode = errors.length ? 2 : 0;
