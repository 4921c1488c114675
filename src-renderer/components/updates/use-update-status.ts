import { useCallback, useEffect, useState } from 'react';
import type { UpdateStatus } from '../../../src-shared/contract/updates';
import { invoke } from '../../api/client';

/** How often an open window re-reads the update status (a download finishes in the background). */
export const UPDATE_POLL_MS = 60_000;
/** Faster while a download runs, so its percentage moves. */
export const DOWNLOAD_POLL_MS = 2_000;

/** The update status, kept fresh while the component is shown; `replace` takes a fresher answer. */
export function useUpdateStatus(): {
  status: UpdateStatus | null;
  replace(next: UpdateStatus): void;
} {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const busy = status?.state === 'downloading' || status?.state === 'checking';

  useEffect(() => {
    let live = true;
    const read = async (): Promise<void> => {
      const answer = await invoke('updates.status', {});
      if (live && answer.ok) setStatus(answer.data);
    };
    void read();
    const timer = setInterval(() => void read(), busy ? DOWNLOAD_POLL_MS : UPDATE_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [busy]);

  const replace = useCallback((next: UpdateStatus) => setStatus(next), []);
  return { status, replace };
}
