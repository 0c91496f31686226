import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl } from '@/lib/url';

describe('canonical URLs', () => {
  it('drops tracking parameters, fragments and AMP or mobile variants', () => {
    const base = 'https://news.example/2023/03/assad-moscow';
    expect(cleanUrl(`${base}?utm_source=tw&utm_medium=x&fbclid=1&gclid=2#comments`)).toBe(base);
    expect(cleanUrl('https://m.news.example/2023/03/assad-moscow/')).toBe(base);
    expect(cleanUrl('https://amp.news.example/2023/03/assad-moscow/amp/')).toBe(base);
    expect(cleanUrl('http://www.news.example/2023/03/assad-moscow?amp=1')).toBe(base);
    expect(cleanUrl('https://news.example/a?id=7&utm_campaign=x')).toBe('https://news.example/a?id=7');
  });

  it('uses rel=canonical or og:url on the same site only', () => {
    const visited = 'https://m.news.example/a?utm_source=x';
    expect(canonicalUrl(visited, '/2023/story', null)).toBe('https://news.example/2023/story');
    expect(canonicalUrl(visited, null, 'https://www.news.example/og-story')).toBe('https://news.example/og-story');
    // A page may not claim another site's identity.
    expect(canonicalUrl(visited, 'https://other.example/story', null)).toBe('https://news.example/a');
    expect(canonicalUrl(visited, 'http://[broken', null)).toBe('https://news.example/a');
  });
});
