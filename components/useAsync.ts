import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/errors';

/** Run `load` when `deps` change; returns [value, error, reload]. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): [T | undefined, string | null, () => void] {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load()
      .then((v) => live && (setValue(() => v), setError(null)))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return [value, error, () => setTick((n) => n + 1)];
}
