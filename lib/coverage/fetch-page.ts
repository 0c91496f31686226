/** Fetching a page or feed for coverage: no cookies, a size limit, clear errors. */

export const MAX_PAGE_BYTES = 20_000_000;

export async function fetchText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  const res = await fetcher(url, { credentials: 'omit', redirect: 'follow' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_PAGE_BYTES) throw new Error('larger than 20 MB');
  const text = await res.text();
  if (text.length > MAX_PAGE_BYTES) throw new Error('larger than 20 MB');
  return text;
}

/** The host permission pattern that covers `url`. */
export const originPattern = (url: string) => `${new URL(url).origin}/*`;
