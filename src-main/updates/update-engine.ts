/**
 * What the controller needs from electron-updater, so it can be tested without Electron
 * (electron-engine.ts is the real one).
 */
export interface UpdateEngine {
  /** Points the next check at this feed folder (generic provider). */
  setFeedUrl(url: string): void;
  /** Reads the feed: its update description when it offers another version, else null. */
  check(): Promise<unknown | null>;
  /** Downloads the release the last check described; resolves with the saved installer's path. */
  download(onProgress: (percent: number) => void): Promise<string>;
  /** Whether a normal quit may install the downloaded update (only once it was verified). */
  setInstallOnQuit(allowed: boolean): void;
  /** Runs the installer and starts FloorKPI again afterwards. */
  installAndRestart(): void;
}
