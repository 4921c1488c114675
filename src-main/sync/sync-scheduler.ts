import type BetterSqlite3 from 'better-sqlite3';
import { serialRound } from './sync-round';
import { syncStatus } from './sync-state';

/** Runs `work` on the writer connection when the database may be written now; false otherwise. */
export type WithWriter = (work: (sqlite: BetterSqlite3.Database) => Promise<boolean>) => Promise<boolean>;

/** How often the hub is asked when nothing waits; how often a waiting change is looked for. */
export const SYNC_EVERY_MS = 60_000;
export const SAVE_CHECK_MS = 5_000;

/**
 * The app's background sync, in the core (a worker thread: never the window's thread): a round
 * every minute while enrolled, and within seconds of a save (a change waiting in the outbox) while
 * the hub answers. An unreachable hub is asked once a minute, not after every save.
 */
export class SyncScheduler {
  readonly #withWriter: WithWriter;
  readonly #clock: () => number;
  #timer: NodeJS.Timeout | null = null;
  #lastAttempt = 0;
  #busy = false;

  constructor(withWriter: WithWriter, clock: () => number = Date.now) {
    this.#withWriter = withWriter;
    this.#clock = clock;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.tick(), SAVE_CHECK_MS);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** One look: syncs when a minute has passed, or a change waits and the hub answered last time. */
  async tick(): Promise<boolean> {
    if (this.#busy) return false;
    this.#busy = true;
    try {
      return await this.#withWriter(async (sqlite) => {
        const status = syncStatus(sqlite);
        if (!status.enrolled) return false;
        const now = this.#clock();
        const minute = now - this.#lastAttempt >= SYNC_EVERY_MS;
        const saved = status.waiting > 0 && status.unreachableSince === null;
        if (!minute && !saved) return false;
        this.#lastAttempt = now;
        await serialRound(sqlite);
        return true;
      });
    } catch {
      // A database error ends this round only; the status keeps the last outcome.
      return false;
    } finally {
      this.#busy = false;
    }
  }
}
