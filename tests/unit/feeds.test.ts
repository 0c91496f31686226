import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseFeed, parseUrlList } from '@/lib/coverage/feeds';

const parser = new new JSDOM('').window.DOMParser();

describe('feeds and URL lists', () => {
  it('reads RSS 2.0 items with relative links', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار</title>
      <item><title>الأسد في موسكو</title><link>/2023/03/assad</link><pubDate>Tue, 14 Mar 2023 18:00:00 GMT</pubDate></item>
      <item><title>بلا رابط</title></item>
      <item><title>خبيث</title><link>javascript:alert(1)</link></item></channel></rss>`;
    expect(parseFeed(xml, 'https://news.example/feed.xml', parser)).toEqual([{ url: 'https://news.example/2023/03/assad', title: 'الأسد في موسكو', published: 'Tue, 14 Mar 2023 18:00:00 GMT' }]);
  });
  it('reads Atom entries', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>لقاء حميميم</title><link rel="alternate" href="https://a.example/x"/><updated>2024-06-17T10:00:00Z</updated></entry></feed>`;
    expect(parseFeed(xml, 'https://a.example/', parser)).toEqual([{ url: 'https://a.example/x', title: 'لقاء حميميم', published: '2024-06-17T10:00:00Z' }]);
  });
  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://a.example/', parser)).toThrow(/not an RSS or Atom feed/);
    expect(() => parseFeed('<rss><unclosed>', 'https://a.example/', parser)).toThrow(/not a valid/);
  });
  it('takes http(s) URLs from pasted text and lists the rest', () => {
    expect(parseUrlList('https://a.example/1\n  http://b.example/2 https://a.example/1 ftp://x javascript:alert(1) نص')).toEqual({
      urls: ['https://a.example/1', 'http://b.example/2'],
      rejected: ['ftp://x', 'javascript:alert(1)', 'نص'],
    });
  });
});
