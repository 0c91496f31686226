import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/errors';

/** A Dexie query that re-runs whenever the data changes, here or in another context. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): [T | undefined, string | null] {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        setValue(() => v);
        setError(null);
      },
      error: (e: unknown) => setError(errorMessage(e)),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return [value, error];
}
