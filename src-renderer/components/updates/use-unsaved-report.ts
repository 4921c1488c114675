import { useEffect } from 'react';
import { invoke } from '../../api/client';
import { unsavedTotal, useUnsavedStore } from '../../stores/unsaved-store';

/**
 * Tells the desktop shell how many rows this window has not saved, whenever that changes, so
 * an update never restarts the app over them (the shell refuses a restart while any are left).
 */
export function useUnsavedReport(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let last = -1;
    const send = (rows: number): void => {
      if (rows === last) return;
      last = rows;
      void invoke('updates.reportUnsaved', { rows });
    };
    send(unsavedTotal(useUnsavedStore.getState().counts));
    const unsubscribe = useUnsavedStore.subscribe((state) => send(unsavedTotal(state.counts)));
    return () => {
      unsubscribe();
      send(0);
    };
  }, [enabled]);
}
