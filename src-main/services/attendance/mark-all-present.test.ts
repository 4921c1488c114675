import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { CLIENT_A, seedTwoClients } from '../../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../../db/open';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { ScopedStore } from '../../tenancy/scoped-store';
import { markAllPresent } from './mark-all-present';

let database: OpenDatabase;
const store = () => new ScopedStore(database.sqlite, SYSTEM_SCOPE);

beforeEach(() => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
  for (const id of ['E-A2', 'E-A3']) {
    store().create(TABLE_SPECS.employee, { employee_id: id, employee_name: `Emp ${id}` });
    store().create(TABLE_SPECS.employee_client_assignment, { employee_id: id, client_id: CLIENT_A });
  }
});
afterEach(() => database.close());

describe('mark all present', () => {
  it('creates a present record with the calendar hours for each assigned employee, once', () => {
    const input = { client_id: CLIENT_A, shift_date: '2026-03-02', shift_type: 'SHIFT_2ND' };
    store().create(TABLE_SPECS.attendance_entry, {
      ...input,
      employee_id: 'E-A2',
      scheduled_hours: 9,
      is_absent: 1,
      absence_hours: 9,
    });
    const result = markAllPresent(store(), input);
    expect(result).toEqual({ created: 2, alreadyRecorded: 1, scheduledHours: 9 });
    const rows = database.sqlite
      .prepare('SELECT employee_id, is_absent, actual_hours FROM attendance_entry ORDER BY employee_id')
      .all();
    expect(rows).toEqual([
      { employee_id: 'E-A', is_absent: 0, actual_hours: 9 },
      { employee_id: 'E-A2', is_absent: 1, actual_hours: null },
      { employee_id: 'E-A3', is_absent: 0, actual_hours: 9 },
    ]);
    expect(markAllPresent(store(), input)).toEqual({ created: 0, alreadyRecorded: 3, scheduledHours: 9 });
  });
});
