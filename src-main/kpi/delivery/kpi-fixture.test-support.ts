import type BetterSqlite3 from 'better-sqlite3';
import type { KpiQuery, KpiReport } from '../../../src-shared/kpi/report';
import { ADMIN, CLIENT_A, CLIENT_B, insertRow, LEADER_A, NOW, syncValues } from '../../db/db.test-support';
import { migrate } from '../../db/migrate';
import type { Migration } from '../../db/migration';
import { MIGRATIONS } from '../../db/migrations/index';
import { openDatabase } from '../../db/open';
import { readThrough } from '../../db/read-connection';
import { insertClientDefaults } from '../../db/reference-defaults';
import { type Scope, SYSTEM_SCOPE } from '../../tenancy/scope';
import { computeKpis } from '../engine';
import { type KpiContext, kpiContext } from '../kpi-context';

/**
 * Test fixtures of the delivery and aging families: clients A and B with their default calendar
 * and config and no work order, and writers that insert rows straight into the schema (its CHECKs
 * and foreign keys still apply). Hold statuses are set directly: the workflow is not under test.
 * Not imported by app code.
 */

export { CLIENT_A, CLIENT_B };

type Values = Record<string, string | number | null>;

export { LEADER_A };

/** A fresh in-memory database (every migration, plus `extra`) with clients A and B. */
export function kpiDb(extra: readonly Migration[] = []): BetterSqlite3.Database {
  const { sqlite } = openDatabase(':memory:', { migrate: false });
  // Extra migrations not yet registered are added; registered ones are not applied twice.
  migrate(sqlite, [...MIGRATIONS, ...extra.filter((m) => !MIGRATIONS.includes(m))]);
  insertRow(sqlite, 'app_user', { user_id: ADMIN, username: 'admin', role: 'ADMIN', ...syncValues(null) });
  for (const client of [CLIENT_A, CLIENT_B]) {
    insertRow(sqlite, 'client', { client_id: client, client_name: client, ...syncValues() });
    insertClientDefaults(sqlite, client, { userId: ADMIN, now: NOW });
  }
  return sqlite;
}

/** A work order of client A unless `client_id` says otherwise. */
export function addOrder(sqlite: BetterSqlite3.Database, id: string, values: Values = {}): void {
  insertRow(sqlite, 'work_order', { work_order_id: id, client_id: CLIENT_A, ...values, ...syncValues() });
}

/** A hold of an order (the order's client), approved (ON_HOLD) unless told otherwise. */
export function addHold(
  sqlite: BetterSqlite3.Database,
  id: string,
  orderId: string,
  holdDate: string,
  values: Values = {},
): void {
  insertRow(sqlite, 'hold_entry', {
    hold_entry_id: id,
    work_order_id: orderId,
    client_id: clientOf(sqlite, orderId),
    hold_status: 'ON_HOLD',
    hold_date: holdDate,
    ...values,
    ...syncValues(),
  });
}

/** A production entry of an order (the order's client) on a date, SHIFT_1ST. */
export function addProduction(
  sqlite: BetterSqlite3.Database,
  id: string,
  orderId: string,
  shiftDate: string,
  values: Values = {},
): void {
  insertRow(sqlite, 'production_entry', {
    production_entry_id: id,
    work_order_id: orderId,
    client_id: clientOf(sqlite, orderId),
    shift_date: shiftDate,
    shift_type: 'SHIFT_1ST',
    units_produced: 10,
    ...values,
    ...syncValues(),
  });
}

/** Soft-deletes a row, as the store does. */
export function softDelete(
  sqlite: BetterSqlite3.Database,
  table: string,
  keyColumn: string,
  id: string,
): void {
  sqlite
    .prepare(`UPDATE ${table} SET deleted_at = ?, version = version + 1 WHERE ${keyColumn} = ?`)
    .run(NOW, id);
}

function clientOf(sqlite: BetterSqlite3.Database, orderId: string): string {
  const row = sqlite
    .prepare<[string], { client_id: string }>('SELECT client_id FROM work_order WHERE work_order_id = ?')
    .get(orderId);
  if (!row) throw new Error(`no work order ${orderId}`);
  return row.client_id;
}

/** The engine's report (every family) for a query, as the system actor unless a scope is given. */
export function report(
  sqlite: BetterSqlite3.Database,
  query: KpiQuery,
  scope: Scope = SYSTEM_SCOPE,
): KpiReport {
  return computeKpis(readThrough(sqlite), scope, query);
}

/** A family context for a query (default as-of: the query's `to`). */
export function context(
  sqlite: BetterSqlite3.Database,
  query: KpiQuery,
  scope: Scope = SYSTEM_SCOPE,
): KpiContext {
  return kpiContext(readThrough(sqlite), scope, {
    clientIds: query.clientIds,
    from: query.from,
    to: query.to,
    asOf: query.asOf ?? query.to,
    by: query.by ?? null,
  });
}
