import type { UpdateStatus } from '../../../src-shared/contract/updates';

const SOURCE_TEXT: Record<NonNullable<UpdateStatus['feedSource']>, string> = {
  environment: 'set for this PC by IT (FLOORKPI_UPDATE_URL)',
  setting: 'set in Admin on this PC',
  'built-in': 'built into the installer',
};

/** Where updates stand, in one sentence for the Admin screen. */
export function updateStateText(status: UpdateStatus): string {
  switch (status.state) {
    case 'unavailable':
    case 'off':
      return status.message ?? 'Updates are not available here.';
    case 'idle':
      return 'FloorKPI checks for updates once a day.';
    case 'checking':
      return 'Checking the plant hub for updates…';
    case 'up-to-date':
      return `FloorKPI ${status.currentVersion} is the latest version.`;
    case 'downloading':
      return `Downloading FloorKPI ${status.availableVersion ?? ''} in the background… ${status.percent ?? 0} %`;
    case 'ready':
      return `FloorKPI ${status.availableVersion ?? ''} is downloaded and ready to install.`;
    case 'error':
      return status.message ?? 'The last update check failed.';
  }
}

/** Where the feed address comes from, in words. */
export function feedSourceText(status: UpdateStatus): string {
  return status.feedSource ? SOURCE_TEXT[status.feedSource] : 'not set';
}

/** The restart question, or why it has to wait. */
export function restartText(version: string, unsavedRows: number): string {
  if (unsavedRows > 0) {
    const rows = `${unsavedRows} unsaved ${unsavedRows === 1 ? 'row' : 'rows'}`;
    return `FloorKPI ${version} is ready. Save or discard your ${rows}, then restart to install it.`;
  }
  return `FloorKPI ${version} is ready. Restart now to install it (takes about a minute).`;
}
