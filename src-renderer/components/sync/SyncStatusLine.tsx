import { useEffect, useState } from 'react';
import type { SyncStatusView } from '../../../src-shared/contract/sync';
import { invoke } from '../../api/client';
import { syncStatusText } from './sync-status-text';

/** How often the footer reads the sync status (the sync itself runs in the core, never here). */
const REFRESH_MS = 15_000;

/** The footer's plant-hub line; nothing on a PC that is not connected to a hub. */
export function SyncStatusLine() {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void invoke('sync.status', {}).then((result) => {
        if (live && result.ok) setStatus(result.data);
      });
    read();
    const timer = setInterval(read, REFRESH_MS);
    const onChange = () => read();
    window.addEventListener('floorkpi:sync-changed', onChange);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('floorkpi:sync-changed', onChange);
    };
  }, []);
  const text = status ? syncStatusText(status) : null;
  if (!text) return null;
  return <span data-testid="sync-status">{text}</span>;
}

/** Tells the footer to read the status again now (after connecting, a manual sync, a resolution). */
export function announceSyncChange(): void {
  window.dispatchEvent(new Event('floorkpi:sync-changed'));
}
