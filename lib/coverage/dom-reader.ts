/** Reading feeds and pages with a DOM parser (wherever the platform has one). */
import { extractPage } from '../page/extract';
import { parseFeed } from './feeds';
import { withinPageLimit } from './fetch-page';
import type { FeedReader } from './follow';

export function domFeedReader(parser: DOMParser): FeedReader {
  return {
    async items(xml, base) {
      return parseFeed(withinPageLimit(xml), base, parser);
    },
    async page(html, url) {
      return extractPage(parser.parseFromString(withinPageLimit(html), 'text/html'), url);
    },
  };
}

/** A request to the document that parses for a background without DOM (Chrome's offscreen document). */
export interface ParseRequest {
  target: 'hamish-parser';
  kind: 'items' | 'page';
  text: string;
  url: string;
}

export function isParseRequest(m: unknown): m is ParseRequest {
  const r = m as Partial<ParseRequest> | null;
  return (
    !!r && typeof r === 'object' && r.target === 'hamish-parser' && (r.kind === 'items' || r.kind === 'page') &&
    typeof r.text === 'string' && typeof r.url === 'string' && /^https?:\/\//.test(r.url)
  );
}
