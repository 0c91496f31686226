import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION, detectsOn, siteFromInput, validDetection } from '@/lib/detection';

describe('where Hamish looks at pages', () => {
  it('looks everywhere by default', () => {
    expect(detectsOn(DEFAULT_DETECTION, 'https://any.example/x')).toBe(true);
  });
  it('with a list, looks only at the listed sites and their subdomains', () => {
    const s = validDetection({ mode: 'listed', sites: ['aljazeera.net', 'https://www.enabbaladi.net/archives/1'] });
    expect(s.sites).toEqual(['aljazeera.net', 'enabbaladi.net']);
    expect(detectsOn(s, 'https://www.aljazeera.net/news/1')).toBe(true);
    expect(detectsOn(s, 'https://arabic.aljazeera.net/x')).toBe(true);
    expect(detectsOn(s, 'https://enabbaladi.net/x')).toBe(true);
    expect(detectsOn(s, 'https://notaljazeera.net/x')).toBe(false);
    expect(detectsOn(s, 'https://aljazeera.net.evil.example/x')).toBe(false);
    expect(detectsOn(s, 'not a url')).toBe(false);
  });
  it('reads site names as typed and refuses what is not one', () => {
    expect(siteFromInput(' WWW.Example.COM ')).toBe('example.com');
    expect(siteFromInput('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteFromInput('localhost')).toBe('localhost');
    expect(siteFromInput('نص')).toBeNull();
    expect(siteFromInput('javascript:alert(1)')).toBeNull();
    expect(siteFromInput('')).toBeNull();
  });
  it('treats stored nonsense as the default, and drops bad entries', () => {
    expect(validDetection(null)).toEqual(DEFAULT_DETECTION);
    expect(validDetection({ mode: 'evil', sites: 'x' })).toEqual(DEFAULT_DETECTION);
    expect(validDetection({ mode: 'listed', sites: [1, '<b>x</b>', 'a.example', 'a.example'] })).toEqual({ mode: 'listed', sites: ['a.example'] });
  });
});
