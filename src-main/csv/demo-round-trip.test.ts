import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../src-shared/kpi/dimensions';
import type { KpiReport } from '../../src-shared/kpi/report';
import { type DataTableName, TABLE_SPECS } from '../../src-shared/tables/registry';
import { insertRow } from '../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../db/open';
import { readThrough } from '../db/read-connection';
import { computeKpis } from '../kpi/engine';
import { seedDemo } from '../seed/seed-demo';
import { SYSTEM_SCOPE, scopeForUser } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { exportRows } from './export-table';
import { type ImportResult, importRows } from './import-table';

// The demo's last day is a Friday; its 60 working days start on 2025-12-15.
const NOW = '2026-03-06T15:00:00Z';
const FROM = '2025-12-01';
const TO = '2026-03-06';
const AS_OF = '2026-03-06';
const IMPORTER = 'U-IMPORTER';

/**
 * Every data table in an order an empty database accepts: employees before the clients that name
 * them as supervisors, users and clients before access and pool rows, parents before children.
 */
const IMPORT_ORDER: readonly DataTableName[] = [
  'employee',
  'client',
  'app_user',
  'user_client_access',
  'employee_client_assignment',
  'floating_pool',
  'client_config',
  'shift',
  'product',
  'part_opportunities',
  'defect_type',
  'downtime_reason',
  'hold_reason',
  'absence_type',
  'work_order',
  'job',
  'production_entry',
  'downtime_entry',
  'hold_entry',
  'attendance_entry',
  'coverage_entry',
  'quality_entry',
  'defect_detail',
];

let source: OpenDatabase;
let target: OpenDatabase;
const results = new Map<DataTableName, ImportResult>();

beforeAll(async () => {
  source = openDatabase(':memory:');
  await seedDemo(source.sqlite, { now: NOW });
  target = openDatabase(':memory:');
  // The person doing the migration: an administrator of the new file, not one of the demo's users.
  insertRow(target.sqlite, 'app_user', {
    user_id: IMPORTER,
    username: 'importer',
    role: 'ADMIN',
    created_at: NOW,
    updated_at: NOW,
  });
  const from = new ScopedStore(source.sqlite, SYSTEM_SCOPE);
  const into = new ScopedStore(target.sqlite, scopeForUser(target.sqlite, IMPORTER));
  for (const table of IMPORT_ORDER)
    results.set(table, importRows(into, TABLE_SPECS[table], exportRows(from, TABLE_SPECS[table])));
}, 120_000);
afterAll(async () => {
  await source.close();
  await target.close();
});

/** The KPI report of a scope, in each database, as an administrator of that database sees it. */
function reports(clientIds: string[], by?: (typeof DIMENSIONS)[number]): [KpiReport, KpiReport] {
  const query = { clientIds, from: FROM, to: TO, asOf: AS_OF, ...(by ? { by } : {}) };
  return [
    computeKpis(readThrough(source.sqlite), SYSTEM_SCOPE, query),
    computeKpis(readThrough(target.sqlite), scopeForUser(target.sqlite, IMPORTER), query),
  ];
}

const CLIENTS = ['BOOT-LINE-A', 'APPAREL-B', 'TEXTILE-C', 'FOOTWEAR-D', 'GARMENT-E'];

describe('the demo plant exported table by table and imported into a new database', () => {
  it('imports every file without a rejected row', () => {
    for (const table of IMPORT_ORDER) {
      const result = results.get(table);
      expect({ table, rejected: result?.rejected }).toEqual({ table, rejected: [] });
      expect({ table, total: result?.total }).not.toEqual({ table, total: 0 });
    }
  });

  it("finds each client's settings already made by the client import, and sets them as the file says", () => {
    // The demo keeps the default targets and calendar, so every row matches what the client got.
    expect(results.get('client_config')).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: CLIENTS.length,
    });
    expect(results.get('shift')).toMatchObject({ inserted: 0, updated: 0 });
  });

  it('keeps the holds in every workflow state, verification and coverage', () => {
    const count = (db: OpenDatabase, sql: string) => (db.sqlite.prepare(sql).get() as { n: number }).n;
    for (const sql of [
      "SELECT count(*) AS n FROM hold_entry WHERE hold_status = 'RESUMED' AND total_hold_duration_hours > 0",
      "SELECT count(*) AS n FROM hold_entry WHERE hold_status IN ('ON_HOLD', 'PENDING_RESUME_APPROVAL')",
      'SELECT count(*) AS n FROM production_entry WHERE verified_by IS NOT NULL',
      'SELECT count(*) AS n FROM attendance_entry WHERE coverage_confirmed = 1',
      'SELECT count(*) AS n FROM coverage_entry WHERE verified = 1',
    ]) {
      const original = count(source, sql);
      expect(original).toBeGreaterThan(0);
      expect({ sql, n: count(target, sql) }).toEqual({ sql, n: original });
    }
  });

  for (const client of CLIENTS)
    it(`gives ${client} the same KPIs, in total and by every grouping`, () => {
      const [before, after] = reports([client]);
      expect(after).toEqual(before);
      for (const by of DIMENSIONS) {
        const [groupedBefore, groupedAfter] = reports([client], by);
        expect({ by, groups: groupedAfter.groups }).toEqual({ by, groups: groupedBefore.groups });
      }
    });

  it('gives the whole plant the same KPIs by client', () => {
    const [before, after] = reports([], 'client');
    expect(after).toEqual(before);
  });
});
