/**
 * Starting real browsers with the built extension: Chromium through
 * playwright-core, Firefox through puppeteer-core (WebDriver BiDi). Both
 * use the system's browsers; nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

function which(names: string[]): string | null {
  for (const name of names) {
    if (name.includes('/') && existsSync(name)) return name;
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

export function chromiumPath(): string {
  const found = which([process.env.CHROMIUM_PATH ?? '', 'chromium', 'chromium-browser', '/usr/bin/chromium'].filter(Boolean));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

export function firefoxPath(): string {
  const found = which([process.env.FIREFOX_PATH ?? '', 'firefox-esr', 'firefox', '/usr/bin/firefox-esr'].filter(Boolean));
  if (!found) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH');
  return found;
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Chromium with the unpacked Chrome build loaded; resolves once its service worker runs. */
export async function launchChromium(options: { headless?: boolean; extensionDir?: string } = {}): Promise<ChromiumSession> {
  const dir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No extension build at ${dir}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'hamish-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--lang=en-US',
    ],
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (it may have been stopped and started again). */
export async function currentWorker(session: ChromiumSession): Promise<Worker> {
  const live = session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId));
  if (live) return live;
  return session.context.waitForEvent('serviceworker', { timeout: 20_000 });
}

export interface FirefoxSession {
  browser: import('puppeteer-core').Browser;
  extensionId: string;
  /** The badge text the extension shows for the selected tab. */
  badge(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Firefox ESR with the Firefox build installed as a temporary add-on over
 * WebDriver BiDi. System access lets tests read the toolbar badge from the
 * browser's own chrome, as a user would see it.
 */
export async function launchFirefox(options: { headless?: boolean; extensionDir?: string; extensionZip?: string } = {}): Promise<FirefoxSession> {
  const dir = options.extensionDir ?? FIREFOX_BUILD;
  if (options.extensionZip ? !existsSync(options.extensionZip) : !existsSync(join(dir, 'manifest.json')))
    throw new Error(`No extension build at ${options.extensionZip ?? dir}: run npm run build:firefox (or npm run zip) first`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'intl.locale.requested': 'en-US' },
  });
  const connection = (browser as unknown as { connection: { send(m: string, p: unknown): Promise<{ result: any }> } }).connection;
  // A store package installs as the archive it is; a build directory as a path.
  const extensionId = options.extensionZip
    ? ((await connection.send('webExtension.install', { extensionData: { type: 'archivePath', path: options.extensionZip } })).result.extension as string)
    : await browser.installExtension(dir);
  return {
    browser,
    extensionId,
    async badge() {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const context = tree.result.contexts[0].context;
      const expression = `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).extension;
        const action = ExtensionParent.apiManager.global.browserActionFor(extension);
        const tab = gBrowser.selectedTab;
        return String((action.action ?? action).getProperty(tab, 'badgeText') ?? '');
      })()`;
      const reply = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true, 'moz:scope': 'chrome' });
      if (reply.result.type !== 'success') throw new Error('Could not read the Firefox badge: ' + JSON.stringify(reply.result));
      return reply.result.result.value as string;
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
