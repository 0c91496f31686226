import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/page/extract';

const load = (name: string) => parseHTML(readFileSync(join(import.meta.dirname, '../../demo/pages', name), 'utf8')).document;

describe('main-text extraction', () => {
  it('finds title, outlet, date, canonical URL and paragraph text of a demo article', () => {
    const doc = load('hmeimim-military-meeting.html');
    const page = extractPage(doc as unknown as Document, 'http://127.0.0.1:8080/articles/hmeimim-military-meeting.html?utm_source=x');
    expect(page.title).toContain('روسيا ترعى اجتماعا عسكريا');
    expect(page.siteName).toBe('موقع المعارضة السورية');
    expect(page.publishedTime).toMatch(/^2024-06-17/);
    expect(page.canonicalUrl).toBe('https://127.0.0.1:8080/articles/hmeimim-military-meeting.html');
    expect(page.isArticle).toBe(true);
    expect(page.text).toContain('قاعدة حميميم');
    expect(page.text).not.toContain('الرئيسية'); // the site menu is not main text
    expect(page.text.split('\n').length).toBeGreaterThan(5);
    expect(page.lang).toBe('ar');
  });

  describe('the day of publication where the page writes it', () => {
    const BODY = '<p>' + 'التقى وزير الدفاع التركي نظيره السوري في موسكو. '.repeat(12) + '</p>';
    const dateOf = (html: string) => extractPage(parseHTML(html).document as unknown as Document, 'https://news.example/a').publishedTime;

    it('reads the meta tags of news platforms and Dublin Core', () => {
      expect(dateOf(`<html><head><meta name="DC.date.issued" content="2023-05-10"></head><body><article>${BODY}</article></body></html>`)).toBe('2023-05-10');
      expect(dateOf(`<html><head><meta name="parsely-pub-date" content="2022-12-28T18:00:00Z"></head><body><article>${BODY}</article></body></html>`)).toBe('2022-12-28T18:00:00Z');
    });

    it("reads schema.org's datePublished on an element and a <time> marked as the publication", () => {
      expect(dateOf(`<html><body><article><span itemprop="datePublished" content="2024-07-12">12 تموز</span>${BODY}</article></body></html>`)).toBe('2024-07-12');
      const page = `<html><body><header><time datetime="2026-12-06">اليوم</time></header>
        <article><time class="entry-date published" datetime="2023-04-25T09:00:00+03:00">25 نيسان</time>${BODY}</article></body></html>`;
      expect(dateOf(page)).toBe('2023-04-25T09:00:00+03:00');
    });

    it("takes the article's first <time>, never today's date in the site's header", () => {
      expect(dateOf(`<html><body><header><time datetime="2026-12-06">اليوم</time></header><article><time datetime="2024-06-17">17 حزيران</time>${BODY}</article></body></html>`)).toBe('2024-06-17');
      expect(dateOf(`<html><body><header><time datetime="2026-12-06">اليوم</time></header><article>${BODY}</article></body></html>`)).toBeNull();
    });

    it('prefers the meta tags to what the elements say', () => {
      expect(dateOf(`<html><head><meta property="article:published_time" content="2023-01-05"></head><body><article><time datetime="2024-06-17">x</time>${BODY}</article></body></html>`)).toBe('2023-01-05');
    });
  });

  it('leaves the document untouched', () => {
    const doc = load('dates-festival.html');
    const before = doc.documentElement.outerHTML;
    extractPage(doc as unknown as Document, 'https://oasis.example/a');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('falls back to body text on a page that is not an article', () => {
    const { document } = parseHTML('<html><body><div>قائمة</div></body></html>');
    const page = extractPage(document as unknown as Document, 'https://x.example/');
    expect(page.isArticle).toBe(false);
    expect(page.text).toBe('قائمة');
  });
});
