/**
 * Main-text extraction from a page, the same in the content script and in
 * the CLIs (on a parsed HTML file). Readability works on a clone, so the
 * page itself is never touched.
 */
import { Readability } from '@mozilla/readability';
import { canonicalUrl } from '../url';
import type { ExtractedPage } from '../types';

export const MIN_ARTICLE_CHARS = 400;

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** datePublished from JSON-LD blocks, if any (bounded, errors ignored). */
function jsonLdDate(doc: Document): string | null {
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(blocks.length, 10); i++) {
    const text = blocks[i].textContent ?? '';
    if (text.length > 200_000) continue;
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(text);
    if (m) return m[1];
  }
  return null;
}

/** Names of meta tags that hold the day of publication, most specific first
 *  (Open Graph, schema.org, Dublin Core, and what news platforms print). */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publish-date', 'publish_date', 'publishdate',
  'DC.date.issued', 'dcterms.issued', 'dcterms.created', 'DC.date', 'parsely-pub-date', 'sailthru.date', 'article.published', 'dateCreated', 'date',
];

/** Marks of a <time> that is the article's own day, not today's date in the
 *  site's header or the day of a linked article. */
const PUBLISHED_TIME = 'time[pubdate][datetime], time[itemprop="datePublished"][datetime], time.published[datetime], time.entry-date[datetime], time.post-date[datetime]';

/**
 * The day of publication written in the page's elements rather than its
 * meta tags: schema.org's datePublished on any element, a <time> marked as
 * the publication, else the first <time> inside the article element.
 */
function elementDate(doc: Document): string | null {
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const fromItemprop = itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime');
  if (fromItemprop?.trim()) return fromItemprop.trim();
  const time = doc.querySelector(PUBLISHED_TIME) ?? doc.querySelector('article time[datetime]');
  return time?.getAttribute('datetime')?.trim() || null;
}

/** Paragraph-preserving text of Readability's content element. */
function textOf(box: Element): string {
  const blocks = box.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td');
  if (!blocks.length) return (box.textContent ?? '').trim();
  const out: string[] = [];
  blocks.forEach((b) => {
    // Nested blocks (li > p) would repeat text: take leaves only.
    if (b.querySelector('p, li, blockquote, h1, h2, h3, h4, h5, h6')) return;
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  });
  return out.join('\n');
}

/** The page's canonical URL from its rel=canonical and og:url (see lib/url.ts). */
export function documentCanonicalUrl(doc: Document, url: string): string {
  return canonicalUrl(url, doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), meta(doc, 'og:url'));
}

export function extractPage(doc: Document, url: string): ExtractedPage {
  const html = doc.documentElement;
  const lang = html?.getAttribute('lang') ?? '';
  const dir = html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '';
  const canonical = documentCanonicalUrl(doc, url);
  const publishedMeta = meta(doc, ...PUBLISHED_META) ?? jsonLdDate(doc);
  let title = meta(doc, 'og:title') ?? doc.title ?? '';
  let text = '';
  let siteName = meta(doc, 'og:site_name', 'application-name') ?? '';
  let published = publishedMeta;
  let isArticle = false;
  try {
    const clone = doc.cloneNode(true) as Document;
    // The content comes back as an element of the clone: no HTML is serialized and parsed again.
    const article = new Readability(clone, { charThreshold: 200, serializer: (el: Node) => el as Element }).parse();
    if (article) {
      title = article.title?.trim() || title;
      text = article.content ? textOf(article.content) : (article.textContent ?? '').trim();
      if (!text) text = (article.textContent ?? '').trim();
      siteName = article.siteName?.trim() || siteName;
      published = published ?? article.publishedTime ?? null;
      isArticle = text.length >= MIN_ARTICLE_CHARS;
    }
  } catch {
    /* a page Readability cannot handle falls back to its body text */
  }
  // What the elements say is a weaker sign than any metadata, Readability's included.
  published ??= elementDate(doc);
  if (!text) text = (doc.body?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
  return { url, canonicalUrl: canonical, title: title.trim(), text, siteName, publishedTime: published, lang, dir, isArticle };
}
