/** Errors the reader can act on, said plainly. */

/** An error's own message, whatever was thrown. */
export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** A sentence for a storage or database failure; other errors keep their own message. */
export function explainError(err: unknown): string {
  const e = err as { name?: string; message?: string; inner?: { name?: string } } | null;
  const name = e?.inner?.name ?? e?.name ?? '';
  const message = e?.message ?? String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(message))
    return 'Storage is full: the browser refused to save more for Hamish. Nothing already saved was lost; free some space or export and remove old highlights.';
  if (name === 'OpenFailedError' || name === 'DatabaseClosedError' || name === 'VersionError' || name === 'InvalidStateError')
    return `Hamish could not open its database (${name}). Nothing was changed; close other windows of the browser and try again.`;
  if (name === 'AbortError' || name === 'TransactionInactiveError')
    return 'The save was interrupted and nothing was written. Try again.';
  return message;
}

/** Run `fn`, trying again after short pauses; the last error is thrown. */
export async function withRetry<T>(fn: () => Promise<T>, delays: number[] = [250, 1000]): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    try {
      return await fn();
    } catch (err) {
      last = err;
      // Refusals (bad input) will not change on a retry.
      if (err instanceof Error && /^(Bad message|Refused|Invalid|No highlight)/.test(err.message)) break;
      if (attempt < delays.length) await new Promise((r) => setTimeout(r, delays[attempt]));
    }
  }
  throw last;
}
