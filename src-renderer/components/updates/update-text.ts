import type { UpdateStatus } from '../../../src-shared/contract/updates';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';

/** Where updates stand, in one sentence for the Admin screen, in the user's language. */
export function updateStateText(status: UpdateStatus): string {
  const t = i18next.t;
  switch (status.state) {
    case 'unavailable':
    case 'off':
      return status.message ?? t('update.state.unavailable');
    case 'idle':
      return t('update.state.idle');
    case 'checking':
      return t('update.state.checking');
    case 'up-to-date':
      return t('update.state.upToDate', { version: status.currentVersion });
    case 'downloading':
      return t('update.state.downloading', {
        version: status.availableVersion ?? '',
        percent: fmt.percent(status.percent ?? 0, 0),
      });
    case 'ready':
      return t('update.state.downloaded', { version: status.availableVersion ?? '' });
    case 'error':
      return status.message ?? t('update.state.failed');
  }
}

/** Where the feed address comes from, in words. */
export function feedSourceText(status: UpdateStatus): string {
  return i18next.t(`update.source.${status.feedSource ?? 'none'}`);
}

/** The restart question, or why it has to wait. */
export function restartText(version: string, unsavedRows: number): string {
  if (unsavedRows > 0) return i18next.t('update.waitRows', { version, count: unsavedRows });
  return i18next.t('update.ready', { version });
}
