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
