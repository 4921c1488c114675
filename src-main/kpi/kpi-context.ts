import type BetterSqlite3 from 'better-sqlite3';
import type { Dimension } from '../../src-shared/kpi/dimensions';
import { effectiveClients, type Scope } from '../tenancy/scope';
import { inClients, type SqlFragment } from '../tenancy/sql-scope';

/** Everything a KPI family needs to run its aggregates for one query. */
export interface KpiContext {
  sqlite: BetterSqlite3.Database;
  scope: Scope;
  /** The clients covered: the scope ∩ those asked for; null = every client (ADMIN/POWERUSER, none asked). */
  clients: readonly string[] | null;
  from: string;
  to: string;
  asOf: string;
  by: Dimension | null;
  /** `alias.client_id IN (…)` for the covered clients (or always-true): the tenant filter of every KPI query. */
  clientFilter(alias: string): SqlFragment;
}

/**
 * Builds the context of one KPI query. The client filter comes from the tenancy layer, like every
 * other query's, so a KPI never counts a row of a client outside the user's scope.
 */
export function kpiContext(
  sqlite: BetterSqlite3.Database,
  scope: Scope,
  query: { clientIds?: readonly string[]; from: string; to: string; asOf: string; by: Dimension | null },
): KpiContext {
  const clients = effectiveClients(scope, query.clientIds);
  return {
    sqlite,
    scope,
    clients,
    from: query.from,
    to: query.to,
    asOf: query.asOf,
    by: query.by,
    clientFilter: (alias) =>
      clients === null ? { sql: '1 = 1', params: [] } : inClients(`${alias}.client_id`, clients),
  };
}
