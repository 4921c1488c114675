import type BetterSqlite3 from 'better-sqlite3';
import { type Scope, SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { type OpenDatabase, openDatabase } from './open';
import { insertClientDefaults } from './reference-defaults';

/**
 * Test helpers for the schema: a database with two clients and one valid row per table, so a test
 * can break exactly one column and see the database refuse it. Not imported by app code.
 */

export const NOW = '2026-03-02T17:30:00Z';
export const ADMIN = 'U-ADMIN';
export const CLIENT_A = 'CLIENT-A';
export const CLIENT_B = 'CLIENT-B';

type Values = Record<string, string | number | null>;

export function syncValues(userId: string | null = ADMIN): Values {
  return { created_at: NOW, updated_at: NOW, created_by: userId, updated_by: userId };
}

/** Inserts one row with named parameters; the row's keys are the column names. */
export function insertRow(sqlite: BetterSqlite3.Database, table: string, row: Values): void {
  const cols = Object.keys(row);
  const names = cols.map((c) => (c === 'timestamp' ? '"timestamp"' : c));
  sqlite
    .prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)
    .run(row);
}

/** The valid row of each table for client A (ids suffixed `-A`), built on `seedTwoClients`. */
export const VALID_ROWS = {
  production_entry: (): Values => ({
    production_entry_id: 'PE-1',
    work_order_id: 'WO-A',
    job_id: 'J-A',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    units_produced: 100,
    units_defective: 5,
    run_time_hours: 8.5,
    employees_assigned: 12,
    employees_present: 11,
    shift_hours_scheduled: 9,
    entry_method: 'MANUAL_ENTRY',
    timestamp: '2026-03-02T15:00:00.000Z',
    data_collector_id: ADMIN,
    ...syncValues(),
  }),
  downtime_entry: (): Values => ({
    downtime_entry_id: 'DT-1',
    work_order_id: 'WO-A',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    downtime_reason: 'EQUIPMENT_FAILURE',
    downtime_duration_minutes: 30,
    downtime_start_time: '07:30',
    ...syncValues(),
  }),
  hold_entry: (): Values => ({
    hold_entry_id: 'H-1',
    work_order_id: 'WO-A',
    job_id: 'J-A',
    client_id: CLIENT_A,
    hold_status: 'RESUMED',
    hold_date: '2026-03-02',
    hold_time: '14:30',
    hold_reason: 'QUALITY_ISSUE',
    resume_date: '2026-03-04',
    resume_time: '09:00',
    ...syncValues(),
  }),
  attendance_entry: (): Values => ({
    attendance_entry_id: 'AT-1',
    employee_id: 'E-A',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    scheduled_hours: 9,
    actual_hours: 0,
    is_absent: 1,
    absence_type: 'VACATION',
    absence_hours: 9,
    ...syncValues(),
  }),
  coverage_entry: (): Values => ({
    coverage_entry_id: 'CV-1',
    absent_employee_id: 'E-A',
    floating_employee_id: 'F-1',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    coverage_duration_hours: 9,
    ...syncValues(),
  }),
  quality_entry: (): Values => ({
    quality_entry_id: 'QE-1',
    work_order_id: 'WO-A',
    job_id: 'J-A',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    operation_checked: 'FINAL_INSPECTION',
    units_inspected: 100,
    units_passed: 88,
    units_defective: 12,
    total_defects_count: 15,
    inspection_method: '100_PERCENT_INSPECTION',
    sample_size_percent: 100,
    ...syncValues(),
  }),
  defect_detail: (): Values => ({
    defect_detail_id: 'DD-1',
    quality_entry_id: 'Q-A',
    client_id: CLIENT_A,
    defect_type: 'STITCH',
    defect_description: 'Crooked seam',
    is_rework_required: 1,
    root_cause: 'OPERATOR_ERROR',
    ...syncValues(),
  }),
} as const satisfies Record<string, () => Values>;

/**
 * Two clients with their defaults; a user; employees E-A (client A), E-B (client B) and floating
 * F-1; work orders WO-A / WO-B with jobs J-A / J-B; quality entries Q-A / Q-B.
 */
export function seedTwoClients(sqlite: BetterSqlite3.Database): void {
  insertRow(sqlite, 'app_user', { user_id: ADMIN, username: 'admin', role: 'ADMIN', ...syncValues(null) });
  for (const [client, suffix] of [
    [CLIENT_A, 'A'],
    [CLIENT_B, 'B'],
  ] as const) {
    insertRow(sqlite, 'client', { client_id: client, client_name: `Client ${suffix}`, ...syncValues() });
    insertClientDefaults(sqlite, client, { userId: ADMIN, now: NOW });
    insertRow(sqlite, 'employee', {
      employee_id: `E-${suffix}`,
      employee_name: `Emp ${suffix}`,
      ...syncValues(),
    });
    insertRow(sqlite, 'employee_client_assignment', {
      employee_id: `E-${suffix}`,
      client_id: client,
      ...syncValues(),
    });
    insertRow(sqlite, 'work_order', {
      work_order_id: `WO-${suffix}`,
      client_id: client,
      planned_quantity: 1000,
      ...syncValues(),
    });
    insertRow(sqlite, 'job', {
      job_id: `J-${suffix}`,
      work_order_id: `WO-${suffix}`,
      client_id: client,
      part_number: 'P-1',
      quantity_ordered: 1000,
      ...syncValues(),
    });
    insertRow(sqlite, 'quality_entry', {
      quality_entry_id: `Q-${suffix}`,
      work_order_id: `WO-${suffix}`,
      client_id: client,
      shift_date: '2026-03-01',
      ...syncValues(),
    });
  }
  insertRow(sqlite, 'employee', {
    employee_id: 'F-1',
    employee_name: 'Float 1',
    is_floating_pool: 1,
    ...syncValues(),
  });
  insertRow(sqlite, 'floating_pool', {
    floating_pool_id: 'F-1-20260301',
    employee_id: 'F-1',
    ...syncValues(),
  });
}

let absenceIds = 0;

/** An absence of `employeeId` at `clientId` on `date` and shift (9 h): what a coverage of it needs. */
export function addAbsenceRow(
  sqlite: BetterSqlite3.Database,
  employeeId: string,
  clientId: string,
  date: string,
  shiftType = 'SHIFT_1ST',
): void {
  absenceIds += 1;
  insertRow(sqlite, 'attendance_entry', {
    attendance_entry_id: `AT-ABSENT-${absenceIds}`,
    employee_id: employeeId,
    client_id: clientId,
    shift_date: date,
    shift_type: shiftType,
    is_absent: 1,
    absence_hours: 9,
    ...syncValues(),
  });
}

/** A leader of client A only: the scope the KPI tests hold their "never another client" checks to. */
export const LEADER_A: Scope = {
  userId: 'U-LEAD',
  username: 'lead',
  role: 'LEADER',
  clients: new Set([CLIENT_A]),
};

/** A fresh in-memory database with the two seeded clients. */
export function freshDb(): OpenDatabase {
  const database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
  return database;
}

/** The system writer: scope ALL, so fixtures write either client's rows as the app would accept them. */
export function systemStore(sqlite: BetterSqlite3.Database): ScopedStore {
  return new ScopedStore(sqlite, SYSTEM_SCOPE);
}

/** A leader (U-LEAD) and two operators (U-OP, U-OP2) with no client yet: the users the store's rule tests act as. */
export function insertFloorUsers(sqlite: BetterSqlite3.Database): void {
  for (const [id, role] of [
    ['U-LEAD', 'LEADER'],
    ['U-OP', 'OPERATOR'],
    ['U-OP2', 'OPERATOR'],
  ] as const) {
    sqlite
      .prepare(
        "INSERT INTO app_user (user_id, username, role, created_at, updated_at) VALUES (?, ?, ?, '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')",
      )
      .run(id, id.toLowerCase(), role);
  }
}

/** The command line that imports `file` into production_entry of database `db` as the administrator, then `more`. */
export function productionImportArgs(db: string, file: string, ...more: string[]): string[] {
  return ['import', '--db', db, '--as', 'admin', '--table', 'production_entry', '--file', file, ...more];
}
