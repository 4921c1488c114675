import { useEffect, useId } from 'react';
import { useUnsavedStore } from '../../stores/unsaved-store';

/**
 * Reports this grid's unsaved rows, and where they would be saved, to the shell (which asks
 * before switching screen, client, date or shift) and, while any of them is not yet kept as a
 * draft, asks the browser to confirm closing or reloading the window. Once kept, a reload or a
 * closed window loses nothing: the rows are offered back after sign-in.
 */
export function useUnsavedGuard(count: number, place?: string, kept = false): void {
  const id = useId();
  const exposed = count > 0 && !kept;

  useEffect(() => {
    useUnsavedStore.getState().report(id, count, place);
  }, [id, count, place]);

  useEffect(() => () => useUnsavedStore.getState().forget(id), [id]);

  useEffect(() => {
    if (!exposed) return;
    const hold = (event: BeforeUnloadEvent) => {
      // preventDefault is what makes the browser ask "Leave site?"; the text is the browser's own.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [exposed]);
}
