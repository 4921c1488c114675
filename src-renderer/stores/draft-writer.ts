import type { AppErrorShape, Result } from '../../src-shared/contract';
import type { DraftBody } from '../../src-shared/contract/drafts';

/** What one grid asks to keep: its key, client, where its rows are saved, and the rows. */
export interface DraftPut {
  key: string;
  clientId: string | null;
  summary: string;
  body: DraftBody;
}

type Want = { kind: 'put'; draft: DraftPut } | { kind: 'delete' };

export interface DraftWriterDeps {
  put(draft: DraftPut): Promise<Result<{ kept: true; updatedAt: string }>>;
  remove(key: string): Promise<Result<{ deleted: boolean }>>;
  /** A draft reached the core (or, with `null`, was dropped there). */
  onWritten(key: string, kept: { draft: DraftPut; updatedAt: string } | null): void;
  /** Whether `key` has anything not yet written, or a refusal to show (null: none). */
  onState(key: string, state: { pending: boolean; problem: string | null }): void;
  setTimer?: (work: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** How long typing may pause before its draft is written: short, so a crash loses at most this. */
export const DRAFT_DEBOUNCE_MS = 400;

/**
 * Writes grids' drafts to the core, each key's latest state only, a moment after typing pauses,
 * one write per key at a time (in order). A write refused because the session ended is kept and
 * written again by the next `flush` (after the same person unlocks); one refused for what it holds
 * (too large) is reported to the grid. `flush` writes everything now: before an idle lock, a
 * switch of user, a sign-out or the page going away.
 */
export class DraftWriter {
  readonly #deps: DraftWriterDeps;
  readonly #wanted = new Map<string, Want>();
  readonly #timers = new Map<string, unknown>();
  readonly #writing = new Map<string, Promise<void>>();
  /** Rows of drafts the core refused for good (too large, too many): not kept anywhere. */
  readonly #refused = new Map<string, number>();

  constructor(deps: DraftWriterDeps) {
    this.#deps = deps;
  }

  /** Asks to keep `draft` under its key (or, with `delete`, to drop `key`) once typing pauses. */
  schedule(key: string, want: Want): void {
    this.#wanted.set(key, want);
    this.#deps.onState(key, { pending: true, problem: null });
    const timer = this.#timers.get(key);
    const clear =
      this.#deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    if (timer !== undefined) clear(timer);
    const set = this.#deps.setTimer ?? ((work, ms) => setTimeout(work, ms));
    this.#timers.set(
      key,
      set(() => {
        this.#timers.delete(key);
        void this.#write(key);
      }, DRAFT_DEBOUNCE_MS),
    );
  }

  /** True when `key` has a write waiting or on its way. */
  has(key: string): boolean {
    return this.#wanted.has(key) || this.#writing.has(key);
  }

  /** Rows asked to be kept that are not in the core yet (waiting, or refused). */
  unwrittenRows(): number {
    let rows = 0;
    for (const want of this.#wanted.values()) if (want.kind === 'put') rows += want.draft.body.rows.length;
    for (const count of this.#refused.values()) rows += count;
    return rows;
  }

  /** Writes every waiting draft now; resolves to the rows that could not be kept. */
  async flush(): Promise<number> {
    const clear =
      this.#deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    for (const timer of this.#timers.values()) clear(timer);
    this.#timers.clear();
    await Promise.all([...this.#wanted.keys()].map((key) => this.#write(key)));
    await Promise.all([...this.#writing.values()]);
    return this.unwrittenRows();
  }

  /** Forgets everything not written: the drafts belong to someone who is no longer here. */
  clear(): void {
    const clear =
      this.#deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    for (const timer of this.#timers.values()) clear(timer);
    this.#timers.clear();
    this.#wanted.clear();
    this.#refused.clear();
  }

  async #write(key: string): Promise<void> {
    // One write per key at a time, so an older state never lands after a newer one.
    const before = this.#writing.get(key);
    const job = (async () => {
      if (before) await before;
      const want = this.#wanted.get(key);
      if (!want) return;
      this.#wanted.delete(key);
      const answer: Result<unknown> =
        want.kind === 'put' ? await this.#deps.put(want.draft) : await this.#deps.remove(key);
      const newer = this.#wanted.has(key);
      if (answer.ok) {
        this.#refused.delete(key);
        if (want.kind === 'put') {
          const { updatedAt } = answer.data as { updatedAt: string };
          this.#deps.onWritten(key, { draft: want.draft, updatedAt });
        } else this.#deps.onWritten(key, null);
        if (!newer) this.#deps.onState(key, { pending: false, problem: null });
        return;
      }
      if (retryable(answer.error)) {
        // Kept for the next flush, unless something newer is already waiting.
        if (!newer) this.#wanted.set(key, want);
        this.#deps.onState(key, { pending: true, problem: null });
        return;
      }
      if (want.kind === 'put') this.#refused.set(key, want.draft.body.rows.length);
      this.#deps.onState(key, { pending: newer, problem: answer.error.message });
    })();
    this.#writing.set(key, job);
    try {
      await job;
    } finally {
      if (this.#writing.get(key) === job) this.#writing.delete(key);
    }
  }
}

/** A refusal that says nothing about the draft: the session ended, or the core was unreachable. */
function retryable(error: AppErrorShape): boolean {
  return error.code === 'UNAUTHENTICATED' || error.code === 'INTERNAL';
}
