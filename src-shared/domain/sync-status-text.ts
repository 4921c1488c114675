import type { SyncStatusView } from '../contract/sync';

/** `2026-03-02T10:42:07Z` as the plant reads it on this PC's clock: `10:42`. */
function clockTime(timestamp: string, timeZone?: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
}

function changes(n: number): string {
  return n === 1 ? '1 change waiting' : `${n} changes waiting`;
}

/**
 * The footer's sync line: "Synced 10:42 · 3 changes waiting", "Hub unreachable since 09:15 · 212
 * changes waiting", or the hub's own complaint; null when this PC is not connected to a hub.
 */
export function syncStatusText(status: SyncStatusView, timeZone?: string): string | null {
  if (!status.enrolled) return null;
  const conflicts =
    status.openConflicts > 0
      ? ` · ${status.openConflicts} conflict${status.openConflicts === 1 ? '' : 's'} to resolve`
      : '';
  const tail = ` · ${changes(status.waiting)}${conflicts}`;
  if (status.unreachableSince)
    return `Hub unreachable since ${clockTime(status.unreachableSince, timeZone)}${tail}`;
  if (status.lastError) return `Sync failed: ${status.lastError}${tail}`;
  if (!status.lastSuccessAt) return `Not synced yet${tail}`;
  return `Synced ${clockTime(status.lastSuccessAt, timeZone)}${tail}`;
}
