import { useEffect, useRef, useState } from 'react';
import type { ChannelName, RequestOf, ResponseOf } from '../../../src-shared/contract';
import { errorText, invoke } from '../../api/client';

/** A channel's answer as a screen shows it. */
export interface Loaded<T> {
  /** The latest answer; kept while a new request is on its way, so charts do not blink. */
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Calls a read channel whenever its payload changes (compared by value) and keeps the answer.
 * A null payload asks nothing. A slower answer to an earlier payload never replaces a later one.
 */
export function useInvoke<K extends ChannelName>(
  channel: K,
  payload: RequestOf<K> | null,
): Loaded<ResponseOf<K>> {
  const key = payload === null ? null : JSON.stringify(payload);
  // The effect runs per key, not per render; the ref hands it the payload that key stands for.
  const latest = useRef(payload);
  latest.current = payload;
  const [state, setState] = useState<Loaded<ResponseOf<K>>>({
    data: null,
    error: null,
    loading: key !== null,
  });

  useEffect(() => {
    const request = latest.current;
    if (key === null || request === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    void invoke(channel, request).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { data: result.data, error: null, loading: false }
          : { data: null, error: errorText(result.error), loading: false },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, key]);

  return state;
}
