/** Fetching a page or feed for coverage: no cookies, a size limit, clear errors. */

export const MAX_PAGE_BYTES = 20_000_000;

/** An error when a page of `size` (characters, or a declared length in bytes) is over the limit. */
function checkSize(size: number): void {
  if (size > MAX_PAGE_BYTES) throw new Error('larger than 20 MB');
}

/** `text` itself, or an error when it is over the limit. */
export function withinPageLimit(text: string): string {
  checkSize(text.length);
  return text;
}

export async function fetchText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  const res = await fetcher(url, { credentials: 'omit', redirect: 'follow' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  checkSize(Number(res.headers.get('content-length') ?? 0));
  return withinPageLimit(await res.text());
}

/** The host permission pattern that covers `url`. */
export const originPattern = (url: string) => `${new URL(url).origin}/*`;
