import { basename } from 'node:path';
import { AppError } from '../../src-shared/contract';
import type { UpdateState, UpdateStatus } from '../../src-shared/contract/updates';
import { type FeedFile, fileOfDownload, type UpdateOffer, validateOffer } from './feed';
import type { FeedChoice } from './feed-url';
import type { UpdateEngine } from './update-engine';
import { judgeOffer } from './version-policy';

export const FIRST_CHECK_DELAY_MS = 60_000;
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface UpdateControllerDeps {
  /** null where the app cannot update itself (run from source); `unavailableReason` says why. */
  engine: UpdateEngine | null;
  unavailableReason?: string;
  currentVersion: string;
  /** Read at every use, so a changed setting applies to the next check. */
  feed: () => FeedChoice;
  /** Compares the downloaded file with the feed's size and SHA-512. */
  verify: (path: string, file: FeedFile) => Promise<boolean>;
  /** Closes the windows (each may still keep unsaved rows) and the database; false if one stayed. */
  prepareRestart: () => Promise<boolean>;
  now?: () => Date;
  allowPrerelease?: boolean;
  onChange?: (status: UpdateStatus) => void;
  log?: (message: string, error?: unknown) => void;
}

type Phase = 'idle' | 'checking' | 'up-to-date' | 'downloading' | 'ready' | 'error';

export interface Scheduler {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The first line of an error, short enough for a status line. */
function briefly(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 200);
}

/**
 * The update cycle of one desktop app: check (daily and on demand), download in the background,
 * verify the file against the feed, then wait for a person to restart. A restart is refused while
 * any window reports unsaved rows, and the windows are closed through their own unload guard
 * before the installer runs.
 */
export class UpdateController {
  private phase: Phase = 'idle';
  private offer: UpdateOffer | null = null;
  private percent: number | null = null;
  private message: string | null = null;
  private lastCheckedAt: string | null = null;
  private inFlight: Promise<UpdateStatus> | null = null;
  private restarting = false;
  private readonly unsaved = new Map<string, number>();
  private timer: unknown = null;

  constructor(private readonly deps: UpdateControllerDeps) {}

  /** Where updates stand, for the Admin screen and the restart prompt. */
  status(): UpdateStatus {
    const feed = this.deps.feed();
    const base = {
      currentVersion: this.deps.currentVersion,
      availableVersion: this.offer?.version ?? null,
      percent: this.phase === 'downloading' ? this.percent : null,
      lastCheckedAt: this.lastCheckedAt,
      feedUrl: feed.url,
      feedSource: feed.source,
      unsavedRows: this.unsavedRows(),
    };
    const plain = (state: UpdateState, message: string | null): UpdateStatus => ({ ...base, state, message });
    if (!this.deps.engine) {
      return plain(
        'unavailable',
        this.deps.unavailableReason ?? 'This copy of FloorKPI cannot update itself.',
      );
    }
    // A verified download stays installable whatever happens to the feed setting afterwards.
    if (this.phase === 'ready') return plain('ready', null);
    if (feed.off)
      return plain(
        'off',
        'Updates are switched off on this PC (FLOORKPI_UPDATE_URL=off); IT installs new versions.',
      );
    if (feed.problem) return plain('error', feed.problem);
    if (!feed.url)
      return plain(
        'unavailable',
        'No update address is set for this PC: an administrator sets one in Admin → Updates.',
      );
    return plain(this.phase, this.message);
  }

  /** Unsaved rows across every window, as last reported. */
  unsavedRows(): number {
    let total = 0;
    for (const rows of this.unsaved.values()) total += rows;
    return total;
  }

  /** Records one window's unsaved rows (0 clears it). */
  reportUnsaved(windowKey: string, rows: number): void {
    if (rows > 0) this.unsaved.set(windowKey, rows);
    else this.unsaved.delete(windowKey);
    this.changed();
  }

  /** A closed window keeps no rows. */
  forgetWindow(windowKey: string): void {
    if (this.unsaved.delete(windowKey)) this.changed();
  }

  /** Checks the feed now and, if it offers a newer version, downloads it; one check at a time. */
  check(): Promise<UpdateStatus> {
    this.inFlight ??= this.runCheck().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async runCheck(): Promise<UpdateStatus> {
    const engine = this.deps.engine;
    const feed = this.deps.feed();
    if (!engine || this.phase === 'ready' || !feed.url || feed.off || feed.problem) return this.status();
    this.set('checking', null);
    let offer: UpdateOffer;
    try {
      engine.setFeedUrl(feed.url);
      const info = await engine.check();
      this.lastCheckedAt = (this.deps.now?.() ?? new Date()).toISOString();
      if (info === null) return this.set('up-to-date', null);
      offer = validateOffer(info);
    } catch (error) {
      this.deps.log?.('update check failed', error);
      return this.set('error', `The update check failed: ${briefly(error)}`);
    }
    const verdict = judgeOffer(this.deps.currentVersion, offer.version, {
      allowPrerelease: this.deps.allowPrerelease === true,
    });
    if (verdict !== 'newer') return this.set('up-to-date', null);
    return this.download(engine, offer);
  }

  private async download(engine: UpdateEngine, offer: UpdateOffer): Promise<UpdateStatus> {
    this.offer = offer;
    this.percent = 0;
    this.set('downloading', null);
    try {
      const path = await engine.download((percent) => {
        this.percent = Math.max(0, Math.min(100, Math.round(percent)));
        this.changed();
      });
      const file = fileOfDownload(offer, basename(path));
      if (!file || !(await this.deps.verify(path, file))) {
        engine.setInstallOnQuit(false);
        this.offer = null;
        return this.set(
          'error',
          `The downloaded installer for ${offer.version} does not match the hub's checksum; it will not be installed.`,
        );
      }
      engine.setInstallOnQuit(true);
      return this.set('ready', null);
    } catch (error) {
      this.deps.log?.('update download failed', error);
      engine.setInstallOnQuit(false);
      this.offer = null;
      return this.set('error', `The download of ${offer.version} failed: ${briefly(error)}`);
    }
  }

  /** Installs the verified download and restarts, unless some window still has unsaved rows. */
  async restart(): Promise<UpdateStatus> {
    const engine = this.deps.engine;
    if (!engine || this.phase !== 'ready')
      throw new AppError('CONFLICT', 'No update is ready to install yet.');
    const rows = this.unsavedRows();
    if (rows > 0) {
      throw new AppError(
        'CONFLICT',
        `Save or discard the ${rows} unsaved ${rows === 1 ? 'row' : 'rows'} first; FloorKPI was not restarted.`,
      );
    }
    if (this.restarting) return this.status();
    this.restarting = true;
    const closed = await this.deps.prepareRestart();
    if (!closed) {
      this.restarting = false;
      throw new AppError('CONFLICT', 'A window kept its unsaved rows; FloorKPI was not restarted.');
    }
    engine.installAndRestart();
    return this.status();
  }

  /** Checks once shortly after start, then every day while the app runs. */
  startSchedule(
    scheduler: Scheduler = globalThis,
    firstDelayMs = FIRST_CHECK_DELAY_MS,
    intervalMs = CHECK_INTERVAL_MS,
  ): () => void {
    let stopped = false;
    const plan = (ms: number): void => {
      if (stopped) return;
      this.timer = scheduler.setTimeout(() => {
        void this.check().finally(() => plan(intervalMs));
      }, ms);
    };
    plan(firstDelayMs);
    return () => {
      stopped = true;
      scheduler.clearTimeout(this.timer);
    };
  }

  private set(phase: Phase, message: string | null): UpdateStatus {
    this.phase = phase;
    this.message = message;
    if (phase !== 'downloading') this.percent = null;
    return this.changed();
  }

  private changed(): UpdateStatus {
    const status = this.status();
    this.deps.onChange?.(status);
    return status;
  }
}
