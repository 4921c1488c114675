import type BetterSqlite3 from 'better-sqlite3';
import { refreshStaleRollups } from '../rollups/rollup-refresh';

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

/** For a transaction the store runs by hand (an import in steps): the same recompute, right before COMMIT. */
export function refreshRollupsBeforeCommit(sqlite: BetterSqlite3.Database): void {
  refreshStaleRollups(sqlite);
}
