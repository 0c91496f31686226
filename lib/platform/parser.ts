/**
 * Where the background parses feeds and pages: its own DOM parser when it has
 * one (Firefox's background page), else Chrome's offscreen document, opened
 * for the work and closed after it.
 */
import { browser } from './browser';
import { domFeedReader, type ParseRequest } from '../coverage/dom-reader';
import type { FeedReader } from '../coverage/follow';
import type { ExtractedPage } from '../types';
import type { FeedItem } from '../coverage/feeds';
import type { Reply } from '../messages';

const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreen = () => (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

export function backgroundReader(): FeedReader & { done(): Promise<void> } {
  if (typeof DOMParser !== 'undefined') return { ...domFeedReader(new DOMParser()), done: async () => {} };
  const api = offscreen();
  let opening: Promise<void> | null = null;
  const open = () =>
    (opening ??= (async () => {
      if (!api) throw new Error('This browser cannot read pages in the background');
      if (api.hasDocument && (await api.hasDocument())) return;
      await api.createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Read followed RSS/Atom feeds and their articles' }).catch((e: unknown) => {
        // Already open (another check): fine.
        if (!String(e).includes('single offscreen')) throw e;
      });
    })().catch((e) => {
      opening = null;
      throw e;
    }));
  const ask = async <T>(kind: ParseRequest['kind'], text: string, url: string): Promise<T> => {
    await open();
    const message: ParseRequest = { target: 'hamish-parser', kind, text, url };
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    if (!reply) throw new Error('The page reader did not answer');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  };
  return {
    items: (xml, base) => ask<FeedItem[]>('items', xml, base),
    page: (html, url) => ask<ExtractedPage>('page', html, url),
    async done() {
      if (!opening) return;
      opening = null;
      await api?.closeDocument().catch(() => {});
    },
  };
}
