import { autoUpdater, type ProgressInfo } from 'electron-updater';
import type { UpdateEngine } from './update-engine';

/**
 * electron-updater behind the UpdateEngine interface. It downloads only when the controller says
 * so (after its own checks), never installs on quit before the download was verified, and never
 * downgrades.
 */
export function electronUpdaterEngine(log: (message: string) => void): UpdateEngine {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.logger = {
    info: (message?: unknown) => log(String(message)),
    warn: (message?: unknown) => log(`warning: ${String(message)}`),
    error: (message?: unknown) => log(`error: ${String(message)}`),
  };
  return {
    setFeedUrl(url) {
      autoUpdater.setFeedURL({ provider: 'generic', url, channel: 'latest' });
    },
    async check() {
      const result = await autoUpdater.checkForUpdates();
      return result?.isUpdateAvailable ? result.updateInfo : null;
    },
    async download(onProgress) {
      const relay = (progress: ProgressInfo): void => onProgress(progress.percent);
      autoUpdater.on('download-progress', relay);
      try {
        const [installer] = await autoUpdater.downloadUpdate();
        if (!installer) throw new Error('the updater saved no installer');
        return installer;
      } finally {
        autoUpdater.removeListener('download-progress', relay);
      }
    },
    setInstallOnQuit(allowed) {
      autoUpdater.autoInstallOnAppQuit = allowed;
    },
    installAndRestart() {
      // Silent (the person already agreed in FloorKPI), then start FloorKPI again.
      autoUpdater.quitAndInstall(true, true);
    },
  };
}
