/**
 * How a call uses the database:
 * - `shared`: an ordinary call, synchronous on the writer connection (or async but short);
 * - `exclusive`: a long write (an import) that holds the writer's transaction open across event
 *   loop turns, so the thread keeps answering others while it runs;
 * - `offline`: replaces the connections (create, restore): nothing else runs meanwhile.
 */
export type CallKind = 'shared' | 'exclusive' | 'offline';

/** Which connection a call was given: the writer, or the read-only reader while a long write runs. */
export type Lane = 'writer' | 'reader';

/** True when a call on the reader tried to write: SQLite refused before anything changed. */
export function isReadOnlyError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_READONLY')
  );
}

interface Waiting {
  kind: 'exclusive' | 'offline';
  start: () => void;
}

/**
 * Routes calls between the writer and the reader so that a long import never stops other users.
 *
 * While an exclusive call holds the writer (its transaction open between chunks), other calls run
 * on the reader connection and see the database as it was before the import, never its
 * uncommitted rows. A call that turns out to write is refused by SQLite on that read-only
 * connection before it changed anything; it then waits for the writer and runs again from the
 * start there. Exclusive and offline calls wait for the calls using the writer (and, for offline,
 * the reader) to finish, in the order they came. Nothing here blocks the thread: calls wait as
 * promises.
 */
export class CallRouter {
  #writerCalls = 0;
  #readerCalls = 0;
  #holder: 'exclusive' | 'offline' | null = null;
  readonly #queue: Waiting[] = [];
  #idle: (() => void)[] = [];
  readonly #hasReader: () => boolean;

  /** `hasReader` says whether a reader connection is open now (none for an in-memory database). */
  constructor(hasReader: () => boolean) {
    this.#hasReader = hasReader;
  }

  /** Runs `work` on the connection its kind allows, waiting (without blocking) when it must. */
  async run<T>(kind: CallKind, work: (lane: Lane) => Promise<T>): Promise<T> {
    if (kind !== 'shared') return this.#runAlone(kind, work);
    // Set once the call is known to write: from then on only the writer will do.
    let writes = false;
    for (;;) {
      if (this.#writerFree()) {
        this.#writerCalls += 1;
        try {
          return await work('writer');
        } finally {
          this.#writerCalls -= 1;
          this.#pump();
        }
      }
      if (!writes && this.#readerOpen()) {
        this.#readerCalls += 1;
        try {
          return await work('reader');
        } catch (error) {
          if (!isReadOnlyError(error)) throw error;
          writes = true;
        } finally {
          this.#readerCalls -= 1;
          this.#pump();
        }
        // The import may have ended while this call ran: look again before waiting.
        continue;
      }
      await new Promise<void>((resolve) => this.#idle.push(resolve));
    }
  }

  /** True while an import or a restore holds or waits for the writer (tests and diagnostics). */
  get busy(): boolean {
    return this.#holder !== null || this.#queue.length > 0;
  }

  #writerFree(): boolean {
    return this.#holder === null && this.#queue.length === 0;
  }

  /** The reader serves others only during an exclusive call, never while connections are replaced. */
  #readerOpen(): boolean {
    return this.#holder !== 'offline' && !this.#queue.some((w) => w.kind === 'offline') && this.#hasReader();
  }

  async #runAlone<T>(kind: 'exclusive' | 'offline', work: (lane: Lane) => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.#queue.push({ kind, start });
      this.#pump();
    });
    try {
      return await work('writer');
    } finally {
      this.#holder = null;
      this.#pump();
    }
  }

  #pump(): void {
    if (this.#holder !== null) return;
    const next = this.#queue[0];
    if (next) {
      const clear = this.#writerCalls === 0 && (next.kind === 'exclusive' || this.#readerCalls === 0);
      if (!clear) return;
      this.#queue.shift();
      this.#holder = next.kind;
      next.start();
      return;
    }
    const waiting = this.#idle;
    this.#idle = [];
    for (const resolve of waiting) resolve();
  }
}
