import type { MorningJobDeps } from './morning-job';
import { runMorningJob } from './morning-job';

/** How often the core looks whether the morning job is due (it runs at most once a day). */
export const CHECK_EVERY_MS = 10 * 60 * 1000;

/**
 * Runs the morning report job in the core: once at start (so a PC that was off catches up) and
 * every ten minutes after, never two runs at once. The job itself decides whether anything is due
 * from the time it stored, so restarts and several checks a day never make a day twice.
 */
export class ReportScheduler {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> | null = null;

  constructor(
    private readonly deps: () => MorningJobDeps | null,
    private readonly log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
  ) {}

  /** Checks now and then every CHECK_EVERY_MS. */
  start(): void {
    void this.check();
    this.#timer ??= setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.#timer.unref();
  }

  /** Runs the job if it is due and no run is going on; resolves when that run (if any) ends. */
  check(): Promise<unknown> {
    if (this.#running) return this.#running;
    const deps = this.deps();
    if (!deps) return Promise.resolve(null);
    this.#running = runMorningJob(deps)
      .catch((error: unknown) => this.log('FloorKPI: the daily report job failed', error))
      .finally(() => {
        this.#running = null;
      });
    return this.#running;
  }

  /** Stops checking and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }
}
