import type { SyncStatusView } from '../../../src-shared/contract/sync';
import { syncFailureText } from '../../../src-shared/sync/hub-failure-text';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { ruleReader } from '../../i18n/rule-reader';

/** `2026-03-02T10:42:07Z` as the plant reads it on this PC's clock, in the user's format: `10:42`. */
function clockTime(timestamp: string, timeZone?: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const hhmm = date.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  });
  return fmt.time(hhmm);
}

/**
 * The footer's sync line, in the user's language: "Synced 10:42 · 3 changes waiting", "Hub
 * unreachable since 09:15 · 212 changes waiting", or the hub's own complaint; null when this PC is
 * not connected to a hub.
 */
export function syncStatusText(status: SyncStatusView, timeZone?: string): string | null {
  if (!status.enrolled) return null;
  const t = i18next.t;
  const conflicts = status.openConflicts > 0 ? t('hub.line.conflicts', { count: status.openConflicts }) : '';
  const tail = t('hub.line.waiting', { count: status.waiting }) + conflicts;
  if (typeof status.pulling === 'number')
    return t('hub.line.pulling', { rows: fmt.number(status.pulling, 0), tail });
  if (status.unreachableSince)
    return t('hub.line.unreachable', { time: clockTime(status.unreachableSince, timeZone), tail });
  if (status.lastError)
    return t('hub.line.failed', {
      message: syncFailureText(
        { code: status.lastErrorCode, message: status.lastError },
        'sync',
        ruleReader(),
      ),
      tail,
    });
  if (!status.lastSuccessAt) return t('hub.line.notYet', { tail });
  return t('hub.line.synced', { time: clockTime(status.lastSuccessAt, timeZone), tail });
}
