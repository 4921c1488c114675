import type BetterSqlite3 from 'better-sqlite3';
import { ENTRY_WARNING_CODES } from '../../../src-shared/domain/entry-warnings';
import type { Dimension } from '../../../src-shared/kpi/dimensions';
import type { KpiResultOf } from '../../../src-shared/kpi/result';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { CLIENT_A, freshDb, LEADER_A, systemStore } from '../../db/db.test-support';
import { readThrough } from '../../db/read-connection';
import { type Scope } from '../../tenancy/scope';
import { type Row } from '../../tenancy/scoped-store';
import type { FamilyOutput, PartialKpis } from '../family';
import { kpiContext } from '../kpi-context';
import { productionFamily } from './production-family';

/**
 * Test fixtures of the production family: a database with clients A and B (seedTwoClients: work
 * orders WO-A / WO-B without cycle time, default calendar and config), and writers that go through
 * the scoped store so every row is one the app itself would accept. Not imported by app code.
 */

export const DAY = '2026-03-02';
export { freshDb, LEADER_A };

const store = systemStore;

/** A work order of client A unless told otherwise. */
export function addWorkOrder(sqlite: BetterSqlite3.Database, values: Row): Row {
  return store(sqlite).create(TABLE_SPECS.work_order, { client_id: CLIENT_A, ...values });
}

/**
 * A production entry: client A, WO-A, DAY, SHIFT_1ST, with every input recorded unless overridden
 * (100 units, 0 defective, 12 assigned, 9 h scheduled, 8 h run). Pass null to leave one empty.
 */
export function addProduction(sqlite: BetterSqlite3.Database, values: Row = {}): Row {
  return store(sqlite).create(
    TABLE_SPECS.production_entry,
    {
      client_id: CLIENT_A,
      work_order_id: 'WO-A',
      shift_date: DAY,
      shift_type: 'SHIFT_1ST',
      units_produced: 100,
      units_defective: 0,
      employees_assigned: 12,
      shift_hours_scheduled: 9,
      run_time_hours: 8,
      ...values,
    },
    // KPI fixtures build implausible rows on purpose (performance far above 100 %), and put every
    // shift type on one day (weekend overtime on a Monday) to read each calendar row: confirmed.
    { confirm: [...ENTRY_WARNING_CODES, 'off_day_shift'] },
  );
}

/** A downtime entry: client A, WO-A, DAY, SHIFT_1ST, 30 minutes unless overridden. */
export function addDowntime(sqlite: BetterSqlite3.Database, values: Row = {}): Row {
  return store(sqlite).create(TABLE_SPECS.downtime_entry, {
    client_id: CLIENT_A,
    work_order_id: 'WO-A',
    shift_date: DAY,
    shift_type: 'SHIFT_1ST',
    downtime_reason: 'EQUIPMENT_FAILURE',
    downtime_duration_minutes: 30,
    ...values,
  });
}

/** Soft-deletes a row created by one of the writers above. */
export function softDelete(
  sqlite: BetterSqlite3.Database,
  table: 'production_entry' | 'downtime_entry' | 'work_order',
  row: Row,
): void {
  const spec = TABLE_SPECS[table];
  const key = Object.fromEntries(spec.key.map((k) => [k, row[k]]));
  store(sqlite).remove(spec, key, Number(row.version));
}

export interface FamilyQuery {
  clientIds?: readonly string[];
  from?: string;
  to?: string;
  by?: Dimension;
  scope?: Scope;
}

/** Runs the production family as the engine does: through the context the engine builds. */
export function runFamily(sqlite: BetterSqlite3.Database, query: FamilyQuery = {}): FamilyOutput {
  const ctx = kpiContext(readThrough(sqlite), query.scope ?? LEADER_A, {
    clientIds: query.clientIds,
    from: query.from ?? DAY,
    to: query.to ?? DAY,
    asOf: query.to ?? DAY,
    by: query.by ?? null,
  });
  return productionFamily(ctx);
}

/** One KPI of a family's output; a test fails loudly if the family did not produce it. */
export function kpi<K extends keyof PartialKpis>(kpis: PartialKpis, key: K): KpiResultOf<K> {
  const result = kpis[key];
  if (!result) throw new Error(`${key} missing`);
  return result;
}
