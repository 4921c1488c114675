import type BetterSqlite3 from 'better-sqlite3';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { CLIENT_A, insertRow, syncValues } from '../../db/db.test-support';
import type { Row } from '../../tenancy/scoped-store';
import { DAY, store } from '../quality/quality.test-support';

/**
 * Fixtures of the attendance family tests, on the quality fixtures' database (clients A and B,
 * employees E-A / E-B, floating F-1). Not imported by app code.
 */

/** An attendance entry: E-A at client A on DAY, SHIFT_1ST, 9 h scheduled and worked, present. */
export function addAttendance(sqlite: BetterSqlite3.Database, values: Row = {}): Row {
  return store(sqlite).create(TABLE_SPECS.attendance_entry, {
    employee_id: 'E-A',
    client_id: CLIENT_A,
    shift_date: DAY,
    shift_type: 'SHIFT_1ST',
    scheduled_hours: 9,
    actual_hours: 9,
    is_absent: 0,
    ...values,
  });
}

/** An absent entry with the given absence hours (9 h scheduled, 0 worked). */
export function addAbsence(sqlite: BetterSqlite3.Database, values: Row = {}): Row {
  return addAttendance(sqlite, { actual_hours: 0, is_absent: 1, absence_hours: 9, ...values });
}

/** A coverage entry of E-A's absence at client A on DAY, SHIFT_1ST, by floating F-1 unless told. */
export function addCoverage(sqlite: BetterSqlite3.Database, values: Row = {}): Row {
  return store(sqlite).create(TABLE_SPECS.coverage_entry, {
    absent_employee_id: 'E-A',
    floating_employee_id: 'F-1',
    client_id: CLIENT_A,
    shift_date: DAY,
    shift_type: 'SHIFT_1ST',
    coverage_duration_hours: 9,
    ...values,
  });
}

/** A regular employee assigned to the given clients. */
export function addEmployee(
  sqlite: BetterSqlite3.Database,
  id: string,
  name: string | null,
  clients: readonly string[],
): void {
  store(sqlite).create(TABLE_SPECS.employee, { employee_id: id, employee_name: name });
  for (const client of clients) {
    store(sqlite).create(TABLE_SPECS.employee_client_assignment, { employee_id: id, client_id: client });
  }
}

/**
 * A floating-pool employee (one floating employee covers one absence per date and shift). The pool
 * row is written directly: the store's floating_employee reference check wants a pool row to exist
 * already, so it refuses an employee's first one.
 */
export function addFloating(sqlite: BetterSqlite3.Database, id: string): void {
  store(sqlite).create(TABLE_SPECS.employee, { employee_id: id, employee_name: id, is_floating_pool: 1 });
  insertRow(sqlite, 'floating_pool', { floating_pool_id: `${id}-POOL`, employee_id: id, ...syncValues() });
}

/** Every date from `from` through `to` (inclusive), `YYYY-MM-DD`. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    dates.push(d.toISOString().slice(0, 10));
  }
  return dates;
}
