import type BetterSqlite3 from 'better-sqlite3';

/** How far the running round's pull has got: rows of the hub's pages applied so far. */
export interface PullProgress {
  /** Rows received and applied (or found equal) in this round so far. */
  rows: number;
  /** Pages applied whole. */
  pages: number;
  /** True while the hub has said more pages follow. */
  more: boolean;
}

/**
 * The running pulls, by database file: the status is read on whichever connection a call gets
 * (the writer, or the reader while an import holds the writer), so the connection is no key.
 * Not stored in the database: a pull's progress means nothing once its process ended.
 */
const running = new Map<BetterSqlite3.Database | string, PullProgress>();

/** The file, or the connection itself for an in-memory database (each is its own). */
const keyOf = (sqlite: BetterSqlite3.Database) => (sqlite.memory ? sqlite : sqlite.name);

/** Records how far the pull of this database has got (after each committed step). */
export function notePullProgress(sqlite: BetterSqlite3.Database, progress: PullProgress): void {
  running.set(keyOf(sqlite), progress);
}

/** The pull ended (done or failed): the status says the round's outcome again. */
export function endPullProgress(sqlite: BetterSqlite3.Database): void {
  running.delete(keyOf(sqlite));
}

/** The progress of a pull running on this database now, or null. */
export function pullProgress(sqlite: BetterSqlite3.Database): PullProgress | null {
  return running.get(keyOf(sqlite)) ?? null;
}
