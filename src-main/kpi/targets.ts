import { KPI_DEFINITIONS } from '../../src-shared/kpi/definitions/registry';
import type { KpiKey } from '../../src-shared/kpi/result';
import type { ReadConnection } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';
import { scopedTables } from '../tenancy/scoped-tables';
import { CLIENT_TARGETS } from './client-reads';
import { runKpiQuery } from './kpi-context';

export type Targets = Partial<Record<KpiKey, number>>;

/**
 * The targets of a scope from client_config (read through the scope's tables). One client: its own
 * targets. Several: the mean of theirs — a plant-wide card then compares against the typical
 * target, and the per-client comparison shows each client against its own.
 */
export function targetsFor(
  db: ReadConnection,
  scope: Scope,
  clientIds: readonly string[] | null,
): Map<string, Targets> & { scope: Targets } {
  const rows = runKpiQuery(db, scopedTables(scope, clientIds ?? undefined), CLIENT_TARGETS, null);
  const perClient = new Map<string, Targets>() as Map<string, Targets> & { scope: Targets };
  for (const row of rows) {
    const targets: Targets = {};
    for (const { key, targetColumn } of KPI_DEFINITIONS) {
      const value = targetColumn === null ? undefined : row[targetColumn];
      if (typeof value === 'number') targets[key] = value;
    }
    perClient.set(row.client_id, targets);
  }
  const mean: Targets = {};
  for (const { key } of KPI_DEFINITIONS) {
    const values = [...perClient.values()].map((t) => t[key]).filter((v): v is number => v !== undefined);
    if (values.length > 0) mean[key] = values.reduce((a, b) => a + b, 0) / values.length;
  }
  perClient.scope = mean;
  return perClient;
}
