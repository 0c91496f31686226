/** The Firefox build passes Mozilla's add-on linter with no errors and no warnings. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FIREFOX_BUILD, ROOT } from '../../scripts/browsers';

describe('web-ext lint', () => {
  it('reports 0 errors and 0 warnings on the Firefox build', () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    let out = '';
    try {
      out = execFileSync(bin, ['lint', '--source-dir', FIREFOX_BUILD, '--self-hosted', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    } catch (err) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      out = (err as { stdout?: string }).stdout ?? '';
    }
    type Finding = { code: string; message: string; file?: string };
    const report = JSON.parse(out) as { summary: { errors: number; warnings: number }; errors: Finding[]; warnings: Finding[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.warnings.map((w) => `${w.code} in ${w.file}: ${w.message}`)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });
});
