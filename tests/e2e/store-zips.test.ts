/** `npm run zip` (run by `npm test` before the suites) produced both store packages. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/browsers';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

/** File names listed in a zip's central directory. */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
  const names: string[] = [];
  for (let at = buf.indexOf('PK\x01\x02', 0, 'binary'); at !== -1; at = buf.indexOf('PK\x01\x02', at + 4, 'binary')) {
    const nameLength = buf.readUInt16LE(at + 28);
    names.push(buf.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
  }
  return names;
}

describe('store packages', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`${target} zip holds the manifest, scripts, pages and both locales`, () => {
      const name = `hamish-${version}-${target}.zip`;
      expect(readdirSync(join(ROOT, '.output'))).toContain(name);
      const entries = zipEntries(join(ROOT, '.output', name));
      expect(entries).toEqual(expect.arrayContaining([
        'manifest.json', 'background.js', 'content-scripts/content.js', 'popup.html', 'sidepanel.html', 'options.html',
        '_locales/ar/messages.json', '_locales/en/messages.json', 'icon/128.png',
      ]));
    });
  }
});
