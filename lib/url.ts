/**
 * Canonical article URLs, so that the same article under another address
 * (tracking parameters, AMP, mobile hosts, a rel=canonical link) keeps the
 * same highlights and coverage record.
 */

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|at_medium|at_campaign|xtor|ito|s_cid|amp|outputType|output)$/i;
const HOST_PREFIX = /^(www\d?|m|mobile|amp|ar\.m|mob)\./i;

/** Strip what does not identify the article from a URL. */
export function cleanUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (!/^https?:$/.test(url.protocol)) return url.href;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(HOST_PREFIX, '');
  if (url.protocol === 'http:') url.protocol = 'https:';
  // forEach, not an iterator: Firefox content scripts see URLSearchParams through
  // an Xray wrapper whose iterators are not iterable.
  const keys: string[] = [];
  url.searchParams.forEach((_v, k) => keys.push(k));
  for (const key of keys) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  let path = url.pathname
    .replace(/\/amp(\/|$)/i, '/')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/+$/, '');
  path = path || '/';
  url.pathname = path;
  return url.href;
}

function siteOf(host: string): string {
  return host.toLowerCase().replace(HOST_PREFIX, '');
}

function sameSite(a: string, b: string): boolean {
  const x = siteOf(a), y = siteOf(b);
  return x === y || x.endsWith('.' + y) || y.endsWith('.' + x);
}

/**
 * The canonical URL of a page: its rel=canonical or og:url when they point
 * to the same site (a page may not claim another site's identity), else
 * the visited URL, cleaned.
 */
export function canonicalUrl(visited: string, canonicalHref?: string | null, ogUrl?: string | null): string {
  let base: URL | null = null;
  try {
    base = new URL(visited);
  } catch {
    return visited;
  }
  for (const candidate of [canonicalHref, ogUrl]) {
    if (!candidate) continue;
    try {
      const c = new URL(candidate, base);
      if (/^https?:$/.test(c.protocol) && sameSite(c.hostname, base.hostname)) return cleanUrl(c.href);
    } catch {
      /* a broken canonical link is ignored */
    }
  }
  return cleanUrl(base.href);
}
