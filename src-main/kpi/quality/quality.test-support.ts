import type BetterSqlite3 from 'better-sqlite3';
import type { KpiQuery } from '../../../src-shared/kpi/report';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { CLIENT_A, freshDb, LEADER_A, systemStore } from '../../db/db.test-support';
import { readThrough } from '../../db/read-connection';
import { type Scope, SYSTEM_SCOPE } from '../../tenancy/scope';
import { type Row } from '../../tenancy/scoped-store';
import type { FamilyOutput, KpiFamily } from '../family';
import { kpiContext } from '../kpi-context';

/**
 * Fixtures of the quality and attendance family tests: clients A and B from seedTwoClients (work
 * orders WO-A / WO-B with jobs J-A / J-B of part P-1, employees E-A / E-B, floating F-1; blank
 * quality entries Q-A / Q-B dated 2026-03-01, so tests use other days), written through the scoped
 * store so every row is one the app itself accepts. Not imported by app code.
 */

export const DAY = '2026-03-02';
export { freshDb, LEADER_A };

/** The system writer (scope ALL). */
export const store = systemStore;

/** A quality entry: client A, WO-A, no job, DAY, SHIFT_1ST, operation SEWING, counts as given. */
export function addQuality(sqlite: BetterSqlite3.Database, values: Row = {}): Row {
  return store(sqlite).create(TABLE_SPECS.quality_entry, {
    client_id: CLIENT_A,
    work_order_id: 'WO-A',
    shift_date: DAY,
    shift_type: 'SHIFT_1ST',
    operation_checked: 'SEWING',
    ...values,
  });
}

/** The opportunities per unit of a client's part. */
export function addPartOpportunities(
  sqlite: BetterSqlite3.Database,
  clientId: string,
  part: string,
  n: number | null,
): Row {
  return store(sqlite).create(TABLE_SPECS.part_opportunities, {
    client_id: clientId,
    part_number: part,
    opportunities_per_unit: n,
  });
}

/** Soft-deletes a row the way the app does (a tombstone that every KPI ignores). */
export function softDelete(
  sqlite: BetterSqlite3.Database,
  table: string,
  where: string,
  ...params: unknown[]
): void {
  sqlite.prepare(`UPDATE ${table} SET deleted_at = '2026-03-10T00:00:00Z' WHERE ${where}`).run(...params);
}

/** Runs one family for a query, as the engine does. */
export function runFamily(
  family: KpiFamily,
  sqlite: BetterSqlite3.Database,
  query: Partial<KpiQuery> = {},
  scope: Scope = SYSTEM_SCOPE,
): FamilyOutput {
  const ctx = kpiContext(readThrough(sqlite), scope, {
    clientIds: query.clientIds,
    from: query.from ?? DAY,
    to: query.to ?? DAY,
    asOf: query.asOf ?? DAY,
    by: query.by ?? null,
  });
  return family(ctx);
}
