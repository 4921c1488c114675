import { useEffect, useId } from 'react';
import { useUnsavedStore } from '../../stores/unsaved-store';

/**
 * Reports this grid's unsaved rows to the shell (which asks before switching screen) and, while
 * there are any, asks the browser to confirm closing or reloading the window.
 */
export function useUnsavedGuard(count: number): void {
  const id = useId();
  const pending = count > 0;

  useEffect(() => {
    useUnsavedStore.getState().report(id, count);
  }, [id, count]);

  useEffect(() => () => useUnsavedStore.getState().forget(id), [id]);

  useEffect(() => {
    if (!pending) return;
    const hold = (event: BeforeUnloadEvent) => {
      // preventDefault is what makes the browser ask "Leave site?"; the text is the browser's own.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [pending]);
}
