/**
 * The one place that touches the WebExtension API. Everything else in lib/
 * takes plain data, so it runs in Node tests and CLIs.
 */
import { browser } from 'wxt/browser';
import type { ContentCommand, Reply, Request, Responses } from '../messages';

export { browser };

/** Send a request to the background and unwrap its reply. */
export async function ask<T extends Request>(message: T): Promise<Responses[T['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Responses[T['type']]> | undefined;
  if (!reply) throw new Error('No answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** Send a command to a tab's content script; resolves false when none listens. */
export async function tellTab(tabId: number, command: ContentCommand): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, command);
    return true;
  } catch {
    return false;
  }
}

export function t(key: string, substitutions?: string | string[]): string {
  // i18n.getMessage is typed narrowly by WXT; our keys come from _locales.
  return (browser.i18n.getMessage as (k: string, s?: string | string[]) => string)(key, substitutions) || key;
}

export function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'rtl' : 'ltr';
}
