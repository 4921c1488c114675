import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../src-shared/contract';
import { errorText } from '../../api/client';

/** A load's state: first load running, the data (kept while a reload runs), or why it failed. */
export type Loaded<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; data: T; reloading: boolean }
  | { kind: 'failed'; message: string };

/**
 * Runs `load` when `key` changes (and on `reload()`), keeping only the answer to the latest call:
 * a slow answer for an earlier client or period must not replace the current one. `key` is a
 * string so callers spell out exactly what the load depends on.
 */
export function useLoad<T>(key: string | null, load: () => Promise<Result<T>>): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` reads; `tick` forces a reload.
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((before) => (before.kind === 'ready' ? { ...before, reloading: true } : { kind: 'loading' }));
    void load().then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { kind: 'ready', data: result.data, reloading: false }
          : { kind: 'failed', message: errorText(result.error) },
      );
    });
    return () => {
      current = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return [state, reload];
}
