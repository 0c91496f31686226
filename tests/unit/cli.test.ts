import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The analyze CLI as a reader runs it. With `slowReader`, its output goes
 *  through a shell pipe whose reader starts a second late, as a pager or a
 *  script does: what the CLI still had to write when it finished must arrive. */
function analyze(args: string[], slowReader = false) {
  const cli = [process.execPath, '--import', 'tsx', 'scripts/analyze.ts', ...args];
  const quoted = cli.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = slowReader
    ? spawnSync('bash', ['-c', `set -o pipefail; ${quoted} | (sleep 1; cat)`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(cli[0], cli.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hamish-cli-'));
  const sentence = 'قال وزير الخارجية التركي إن أنقرة مستعدة للحوار مع دمشق، وإن لقاء بين أردوغان والأسد قد يعقد قريبا برعاية روسية. ';

  it('prints one JSON object for every document, however many, through a pipe', () => {
    // Enough output to fill a pipe many times over: all of it must arrive.
    const lines = Array.from({ length: 600 }, (_, i) => JSON.stringify({ id: `d${i}`, text: sentence.repeat(4) }));
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const { code, out } = analyze(['--json', file], true);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(600);
    expect(rows[599].id).toBe('d599');
    expect(rows[0].topic.onTopic).toBe(true);
  });

  it('names a file it cannot read, exits with 2, and still analyses the others', () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, sentence);
    const { code, out, err } = analyze(['--json', join(dir, 'missing.txt'), file]);
    expect(code).toBe(2);
    expect(err).toContain('missing.txt');
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.file)).toEqual([file]);
  });
});
