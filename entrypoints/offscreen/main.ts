// Chrome's background has no DOM parser: this hidden document parses feeds
// and pages for it, and answers nobody else.
import { browser } from '@/lib/platform/browser';
import { domFeedReader, isParseRequest } from '@/lib/coverage/dom-reader';
import { errorMessage } from '@/lib/errors';

const reader = domFeedReader(new DOMParser());

browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown; url?: string }) => {
  if (!isParseRequest(raw)) return undefined; // other messages are for the background
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const work = raw.kind === 'items' ? reader.items(raw.text, raw.url) : reader.page(raw.text, raw.url);
  return work.then(
    (data) => ({ ok: true, data }),
    (e: unknown) => ({ ok: false, error: errorMessage(e) }),
  );
});
