/**
 * `npm run zip` (run by `npm test` before the suites) produced both store
 * packages, and each installs and works in a clean browser profile.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launchChromium, launchFirefox } from '../../scripts/browsers';
import { startDemoServer } from '../../scripts/demo-server';
import { unzip, zipEntries } from './unzip';
import { chromiumHelpers } from './chromium-helpers';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

/** File names listed in a zip's central directory. */
function zipNames(file: string): string[] {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
  return zipEntries(buf).map((e) => e.name);
}

describe('store packages', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`${target} zip holds the manifest, scripts, pages and both locales`, () => {
      const name = `hamish-${version}-${target}.zip`;
      expect(readdirSync(join(ROOT, '.output'))).toContain(name);
      const entries = zipNames(join(ROOT, '.output', name));
      expect(entries).toEqual(expect.arrayContaining([
        'manifest.json', 'background.js', 'content-scripts/content.js', 'popup.html', 'sidepanel.html', 'options.html',
        '_locales/ar/messages.json', '_locales/en/messages.json', 'icon/128.png',
      ]));
    });
  }

  it('chrome zip, unpacked into a clean profile, runs: an on-topic article gets its badge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamish-chrome-zip-'));
    const server = await startDemoServer();
    unzip(join(ROOT, '.output', `hamish-${version}-chrome.zip`), dir);
    const chromium = await launchChromium({ extensionDir: dir });
    try {
      const { open, badgeOf } = chromiumHelpers(() => chromium, () => server);
      const page = await open('putin-assad-reconciliation.html');
      await expect.poll(() => badgeOf(page), { timeout: 15_000 }).toMatch(/^\d+$/);
    } finally {
      await chromium.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('firefox zip installs as a package in a clean profile and runs: an on-topic article gets its badge', async () => {
    const server = await startDemoServer();
    const firefox = await launchFirefox({ extensionZip: join(ROOT, '.output', `hamish-${version}-firefox.zip`) });
    try {
      expect(firefox.extensionId).toBe('hamish@hamish.example');
      const page = await firefox.browser.newPage();
      await page.goto(server.url('putin-assad-reconciliation.html'));
      await expect.poll(() => firefox.badge(), { timeout: 15_000 }).toMatch(/^\d+$/);
    } finally {
      await firefox.close();
      await server.close();
    }
  });
});
