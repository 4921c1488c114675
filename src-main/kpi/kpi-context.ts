import type { ShiftType } from '../../src-shared/domain/enums';
import type { Dimension } from '../../src-shared/kpi/dimensions';
import type { ReadConnection } from '../db/read-connection';
import { ROLLUPS_STALE } from '../rollups/rollup-current';
import type { Scope } from '../tenancy/scope';
import { type ScopedTables, scopedTables } from '../tenancy/scoped-tables';
import { KPI_PARAMS, type KpiQuery, type KpiShape, type KpiValues, kpiQueryKey } from './kpi-query';

/** Where the sums come from: the rollups when current ('auto'), or always the raw rows. */
export type KpiSource = 'auto' | 'raw';

/** Everything a KPI family needs to run its aggregates for one query. */
export interface KpiContext {
  db: ReadConnection;
  scope: Scope;
  /** The clients covered: the scope ∩ those asked for; null = every client (ADMIN/POWERUSER, none asked). */
  clients: readonly string[] | null;
  from: string;
  to: string;
  asOf: string;
  by: Dimension | null;
  /** The one shift type asked for (the dashboard's "This shift"), or null for every shift. */
  shift: ShiftType | null;
  /** Read the daily rollups (current for the whole range) instead of the raw rows where a family can. */
  rollups: boolean;
  /**
   * Runs a KPI query (kpi-query.ts) over the scope's tenant tables: the tenancy layer shadows
   * each table the query reads with the scope's rows (scoped-tables.ts). `limit`: for a list.
   */
  run<R>(query: KpiQuery<R>, shape: KpiShape, extra?: { limit: number }): R[];
}

/** Runs a KPI query for a scope's tables with a request's values, compiled once per shape and scope kind. */
export function runKpiQuery<R>(
  db: ReadConnection,
  tables: ScopedTables,
  query: KpiQuery<R>,
  shape: KpiShape,
  values: Partial<KpiValues> = {},
): R[] {
  // Only the values given are bound: a query reading another one fails loudly (MissingParamError).
  const bound: Record<string, unknown> = {};
  if (values.from !== undefined) bound.from = values.from;
  if (values.to !== undefined) bound.to = values.to;
  if (values.asOf !== undefined) bound.as_of = values.asOf;
  if (values.limit !== undefined) bound.limit = values.limit;
  if (values.shift !== undefined) bound.shift = values.shift;
  return db.all(tables.compileOnce(kpiQueryKey(query, shape), () => query.build(KPI_PARAMS, shape), bound));
}

/**
 * Builds the context of one KPI query. The tenant tables come from the tenancy layer, like every
 * other read's, so a KPI never counts a row of a client outside the user's scope.
 */
export function kpiContext(
  db: ReadConnection,
  scope: Scope,
  query: {
    clientIds?: readonly string[];
    from: string;
    to: string;
    asOf: string;
    by: Dimension | null;
    shift?: ShiftType | null;
  },
  /** 'raw': read every raw row even where rollups are current (the rollup checks compare both). */
  source: KpiSource = 'auto',
): KpiContext {
  const tables = scopedTables(scope, query.clientIds);
  const shift = query.shift ?? null;
  const values: KpiValues = { from: query.from, to: query.to, asOf: query.asOf, shift };
  const rollups =
    source === 'auto' && runKpiQuery(db, tables, ROLLUPS_STALE, null, values).every((r) => r.stale === 0);
  return {
    rollups,
    db,
    scope,
    clients: tables.clients,
    from: query.from,
    to: query.to,
    asOf: query.asOf,
    by: query.by,
    shift,
    run: (kpiQuery, shape, extra) => runKpiQuery(db, tables, kpiQuery, shape, { ...values, ...extra }),
  };
}
