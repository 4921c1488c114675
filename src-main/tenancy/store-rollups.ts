import type BetterSqlite3 from 'better-sqlite3';
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
