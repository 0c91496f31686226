/** Reading RSS 2.0 and Atom feeds (in an extension page, where DOMParser exists). */

export interface FeedItem {
  url: string;
  title: string;
  published: string | null;
}

const MAX_ITEMS = 500;

/** Items of a feed, newest first as the feed lists them; throws on what is not a feed. */
export function parseFeed(xml: string, base: string, parser: DOMParser = new DOMParser()): FeedItem[] {
  const doc = parser.parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('This is not a valid RSS or Atom feed (the XML does not parse)');
  const items: FeedItem[] = [];
  const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
  const absolute = (href: string) => {
    if (!href) return null;
    try {
      const u = new URL(href, base);
      return /^https?:$/.test(u.protocol) ? u.href : null;
    } catch {
      return null;
    }
  };
  const rss = doc.getElementsByTagName('item');
  for (let i = 0; i < rss.length && items.length < MAX_ITEMS; i++) {
    const it = rss[i];
    const url = absolute(text(it.getElementsByTagName('link')[0]) || text(it.getElementsByTagName('guid')[0]));
    if (url) items.push({ url, title: text(it.getElementsByTagName('title')[0]), published: text(it.getElementsByTagName('pubDate')[0]) || null });
  }
  const entries = doc.getElementsByTagName('entry');
  for (let i = 0; i < entries.length && items.length < MAX_ITEMS; i++) {
    const e = entries[i];
    const links = e.getElementsByTagName('link');
    let href = '';
    for (let k = 0; k < links.length && !href; k++) {
      const rel = links[k].getAttribute('rel');
      if (!rel || rel === 'alternate') href = links[k].getAttribute('href') ?? '';
    }
    const url = absolute(href);
    if (url) items.push({ url, title: text(e.getElementsByTagName('title')[0]), published: text(e.getElementsByTagName('published')[0]) || text(e.getElementsByTagName('updated')[0]) || null });
  }
  if (!rss.length && !entries.length && !doc.getElementsByTagName('rss').length && !doc.getElementsByTagName('feed').length) {
    throw new Error('This is not an RSS or Atom feed');
  }
  return items;
}

/** URLs from pasted text: one a line (or separated by spaces), http(s) only, no repeats. */
export function parseUrlList(text: string): { urls: string[]; rejected: string[] } {
  const urls: string[] = [];
  const rejected: string[] = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    try {
      const u = new URL(token);
      if (!/^https?:$/.test(u.protocol)) throw new Error();
      if (!urls.includes(u.href)) urls.push(u.href);
    } catch {
      rejected.push(token);
    }
  }
  return { urls, rejected };
}
