import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { compileQuery } from '../db/compiled';
import { DEFERRABLE_MARK_TABLES } from '../db/migrations/0031-rollup-marks-deferred';
import { cachedStatement } from '../db/statement-cache';
import { DEFER_MARKS, RESUME_MARKS } from '../rollups/marks-deferred';
import { refreshStaleRollups, refreshStaleRollupsInSteps } from '../rollups/rollup-refresh';

/**
 * The store's one hook into the daily rollups (issue 14): `work` followed, when it is the
 * outermost transaction of the connection, by the recompute of the cells its writes marked stale
 * (the triggers of migration 0021 mark them), so the sums commit with the rows. A nested write
 * (a savepoint, a seed's batch) leaves the recompute to the transaction around it.
 */
export function withRollupRefresh<T>(sqlite: BetterSqlite3.Database, work: () => T): () => T {
  if (sqlite.inTransaction) return work;
  return () => {
    const result = work();
    refreshStaleRollups(sqlite);
    return result;
  };
}

/**
 * For writes the store does not wrap (a page pulled from the hub, applied in steps that each
 * commit: apply-page.ts): the same recompute, in the caller's open transaction, before its COMMIT.
 */
export function refreshRollupsInTransaction(sqlite: BetterSqlite3.Database): void {
  refreshStaleRollups(sqlite);
}

/** Steps of the recompute before an import's COMMIT: as long as the import's own (import-table.ts). */
const STEP_MS = 20;

/** For a transaction the store holds open in steps (an import): the same recompute, in steps, before COMMIT. */
export async function refreshRollupsBeforeCommit(sqlite: BetterSqlite3.Database): Promise<void> {
  await refreshStaleRollupsInSteps(sqlite, STEP_MS);
}

/** The stale mark of one client-day (rollup upkeep: the same mark as the entry tables' triggers, 0021). */
export const MARK_DAY = compileQuery(
  sql`INSERT OR IGNORE INTO rollup_stale (client_id, day) VALUES (${'client'}, ${'day'})`,
);
const DEFERRABLE = new Set(DEFERRABLE_MARK_TABLES);

/**
 * A batch's stale marks (an import, the seed's rows): each client-day the batch inserts entries
 * into is marked once, from here, instead of by the insert trigger per row (migration 0031). Held
 * by the store from its batch's start to its end, inside the batch's transaction.
 */
export class BatchMarks {
  readonly #sqlite: BetterSqlite3.Database;
  /** Client-days marked by this batch (client and day joined by NUL). */
  readonly #marked = new Set<string>();
  /** Whether this batch took the marks over (a batch inside another's leaves them to the outer one). */
  readonly #deferred: boolean;

  /** Takes the entry tables' insert marks over, in the open transaction. */
  constructor(sqlite: BetterSqlite3.Database) {
    this.#sqlite = sqlite;
    this.#deferred = cachedStatement(sqlite, DEFER_MARKS.sql).run(...DEFER_MARKS.parameters).changes === 1;
  }

  /** Marks the client-day of a row just inserted into `table`, the first time the batch meets it. */
  inserted(table: string, row: Readonly<Record<string, unknown>>): void {
    if (!DEFERRABLE.has(table)) return;
    const key = `${String(row.client_id)}\u0000${String(row.shift_date)}`;
    if (this.#marked.has(key)) return;
    cachedStatement(this.#sqlite, MARK_DAY.sql).run(row.client_id, row.shift_date);
    this.#marked.add(key);
  }

  /** A savepoint rolled back: the marks written since may be gone with it, so each is written again. */
  forget(): void {
    this.#marked.clear();
  }

  /** Gives the marks back to the triggers: before the batch's COMMIT (and harmless before its ROLLBACK). */
  end(): void {
    if (this.#deferred) cachedStatement(this.#sqlite, RESUME_MARKS.sql).run(...RESUME_MARKS.parameters);
  }
}
