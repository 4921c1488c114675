import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DataTableName, TABLE_SPECS } from '../../src-shared/tables/registry';
import { ADMIN, CLIENT_A, CLIENT_B, insertRow, NOW, syncValues } from '../db/db.test-support';
import { openDatabase } from '../db/open';
import { LEADER_A, openImportDb, rowsOf, storeAs } from './csv.test-support';
import { exportRows } from './export-table';
import { importRows } from './import-table';

/** The tables that round-trip, parents before children (the order an import into an empty db needs). */
const TABLES: readonly DataTableName[] = [
  'client',
  'employee',
  'employee_client_assignment',
  'work_order',
  'job',
  'production_entry',
  'downtime_entry',
  'quality_entry',
  'defect_detail',
];

/** Who wrote a row and when differs between the two databases by design; everything else must not. */
const SYNC_STAMPS = ['created_at', 'updated_at', 'created_by', 'updated_by'];

function comparable(sqlite: Parameters<typeof rowsOf>[0], table: DataTableName) {
  const spec = TABLE_SPECS[table];
  return rowsOf(sqlite, table, spec.key.join(', ')).map((row) =>
    Object.fromEntries(Object.entries(row).filter(([name]) => !SYNC_STAMPS.includes(name))),
  );
}

let source: ReturnType<typeof openImportDb>;
beforeEach(() => {
  source = openImportDb();
  // The app always stamps a recorder; the schema fixture's raw rows lack one, and import fills a
  // blank recorder with the importing user (DATA.md), so give them the one the app would have.
  source.sqlite
    .prepare('UPDATE quality_entry SET recorded_by_user_id = ?, recorded_at = ? WHERE recorded_at IS NULL')
    .run(ADMIN, NOW);
  const store = source.store();
  store.create(TABLE_SPECS.work_order, {
    work_order_id: 'WO-A2',
    client_id: CLIENT_A,
    style_model: 'ROPER-BOOT',
    planned_quantity: 500,
    planned_start_date: '2026-03-01',
    planned_ship_date: '2026-03-20',
    ideal_cycle_time: 0.083,
    status: 'ON_HOLD',
    priority_level: 'RUSH',
    po_number: '=PO-2026-1',
    notes: 'Rush, "special" packaging\nsecond line',
    is_delay_justified: 0,
  });
  store.create(TABLE_SPECS.job, {
    job_id: 'J-A2',
    work_order_id: 'WO-A2',
    client_id: CLIENT_A,
    part_number: 'P-2',
    quantity_ordered: 500,
  });
  const entries = [
    { work_order_id: 'WO-A2', job_id: 'J-A2', units_produced: 120, units_defective: 3, run_time_hours: 8.5 },
    {
      work_order_id: 'WO-A',
      units_produced: 0,
      notes: '-no output, material short',
      data_collector_id: LEADER_A,
    },
    {
      work_order_id: 'WO-A',
      employees_assigned: 12,
      employees_present: 11,
      timestamp: '2026-03-02T15:00:00Z',
    },
  ];
  for (const [i, values] of entries.entries())
    store.create(TABLE_SPECS.production_entry, {
      client_id: CLIENT_A,
      shift_date: `2026-03-0${i + 1}`,
      shift_type: 'SHIFT_1ST',
      entry_method: 'MANUAL_ENTRY',
      efficiency_target: 85.5,
      ...values,
    });
  // An entry method is always recorded: a blank one would come back as CSV_UPLOAD (the import rule).
  store.create(TABLE_SPECS.production_entry, {
    work_order_id: 'WO-B',
    client_id: CLIENT_B,
    shift_date: '2026-03-02',
    entry_method: 'QR_SCAN',
  });
  store.create(TABLE_SPECS.downtime_entry, {
    work_order_id: 'WO-A2',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    downtime_reason: 'EQUIPMENT_FAILURE',
    downtime_duration_minutes: 45,
    downtime_start_time: '07:30',
    responsible_person_id: 'E-A',
    is_resolved: 0,
  });
  const inspection = store.create(TABLE_SPECS.quality_entry, {
    work_order_id: 'WO-A2',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    units_inspected: 100,
    units_passed: 90,
    units_defective: 10,
    total_defects_count: 12,
    inspection_method: '100_PERCENT_INSPECTION',
    sample_size_percent: 100,
    notes: '+ crooked seams on the left boot',
  });
  store.create(TABLE_SPECS.defect_detail, {
    quality_entry_id: inspection.quality_entry_id,
    client_id: CLIENT_A,
    defect_type: 'STITCHING',
    defect_description: '@seam: crooked',
    is_rework_required: 1,
    root_cause: 'OPERATOR_ERROR',
  });
});
afterEach(async () => {
  await source.database.close();
});

/** An empty database with the same users and client access as the source (clients come by import). */
function emptyTarget() {
  const database = openDatabase(':memory:');
  insertRow(database.sqlite, 'app_user', {
    user_id: ADMIN,
    username: 'admin',
    role: 'ADMIN',
    ...syncValues(null),
  });
  insertRow(database.sqlite, 'app_user', {
    user_id: LEADER_A,
    username: 'lena',
    role: 'LEADER',
    ...syncValues(),
  });
  return database;
}

describe('export then import', () => {
  it('gives the same rows in an empty database, table by table', () => {
    const target = emptyTarget();
    try {
      const into = storeAs(target.sqlite, ADMIN);
      for (const table of TABLES) {
        const text = exportRows(source.store(), TABLE_SPECS[table]);
        const result = importRows(into, TABLE_SPECS[table], text);
        expect({ table, ...result }).toMatchObject({ table, rejected: [], inserted: result.total });
        expect(result.total).toBeGreaterThan(0);
        if (table === 'client')
          insertRow(target.sqlite, 'user_client_access', {
            user_id: LEADER_A,
            client_id: CLIENT_A,
            ...syncValues(),
          });
      }
      for (const table of TABLES)
        expect({ table, rows: comparable(target.sqlite, table) }).toEqual({
          table,
          rows: comparable(source.sqlite, table),
        });
      // The clients created by import got the same default lists as the source's.
      expect(comparable(target.sqlite, 'downtime_reason')).toEqual(
        comparable(source.sqlite, 'downtime_reason'),
      );
    } finally {
      target.sqlite.close();
    }
  });

  it("round-trips a leader's export of their own clients into a database where they import it", () => {
    const target = emptyTarget();
    try {
      importRows(
        storeAs(target.sqlite, ADMIN),
        TABLE_SPECS.client,
        exportRows(source.store(), TABLE_SPECS.client),
      );
      insertRow(target.sqlite, 'user_client_access', {
        user_id: LEADER_A,
        client_id: CLIENT_A,
        ...syncValues(),
      });
      for (const table of ['work_order', 'job', 'production_entry'] as const) {
        const text = exportRows(source.store(LEADER_A), TABLE_SPECS[table]);
        expect(importRows(storeAs(target.sqlite, LEADER_A), TABLE_SPECS[table], text).rejected).toEqual([]);
      }
      const clientsOf = (rows: Record<string, unknown>[]) => new Set(rows.map((r) => r.client_id));
      expect(clientsOf(comparable(target.sqlite, 'production_entry'))).toEqual(new Set([CLIENT_A]));
      expect(comparable(target.sqlite, 'production_entry')).toEqual(
        comparable(source.sqlite, 'production_entry').filter((r) => r.client_id === CLIENT_A),
      );
    } finally {
      target.sqlite.close();
    }
  });
});
