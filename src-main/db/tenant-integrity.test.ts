import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_A, CLIENT_B, insertRow, seedTwoClients, syncValues, VALID_ROWS } from './db.test-support';
import { type OpenDatabase, openDatabase } from './open';

// Every case first shows the valid row is accepted, so a refusal is the rule under test and not
// a broken fixture.

let database: OpenDatabase;
beforeEach(() => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
});
afterEach(async () => {
  await database.close();
});

const FK_FAILED = /FOREIGN KEY constraint failed/;

function insert(table: string, row: Record<string, string | number | null>): void {
  insertRow(database.sqlite, table, row);
}

describe('tenant integrity enforced by SQLite', () => {
  it('refuses a production_entry of client B on client A work order', () => {
    insert('production_entry', VALID_ROWS.production_entry());
    const row = {
      ...VALID_ROWS.production_entry(),
      production_entry_id: 'PE-2',
      job_id: null,
      client_id: CLIENT_B,
    };
    expect(() => insert('production_entry', row)).toThrow(FK_FAILED);
  });

  it('refuses a production_entry whose job belongs to another client or another work order', () => {
    const otherClientJob = { ...VALID_ROWS.production_entry(), production_entry_id: 'PE-2', job_id: 'J-B' };
    expect(() => insert('production_entry', otherClientJob)).toThrow(FK_FAILED);
    insert('work_order', { work_order_id: 'WO-A2', client_id: CLIENT_A, ...syncValues() });
    const otherOrderJob = {
      ...VALID_ROWS.production_entry(),
      production_entry_id: 'PE-3',
      work_order_id: 'WO-A2',
    };
    expect(() => insert('production_entry', otherOrderJob)).toThrow(FK_FAILED);
  });

  it('refuses a job of client B on client A work order', () => {
    insert('job', { job_id: 'J-A2', work_order_id: 'WO-A', client_id: CLIENT_A, ...syncValues() });
    expect(() =>
      insert('job', { job_id: 'J-X', work_order_id: 'WO-A', client_id: CLIENT_B, ...syncValues() }),
    ).toThrow(FK_FAILED);
  });

  it('refuses a defect_detail of client B on client A quality_entry', () => {
    insert('defect_detail', VALID_ROWS.defect_detail());
    const row = { ...VALID_ROWS.defect_detail(), defect_detail_id: 'DD-2', client_id: CLIENT_B };
    expect(() => insert('defect_detail', row)).toThrow(FK_FAILED);
  });

  it('refuses downtime, hold and quality entries of client B on client A work order', () => {
    insert('downtime_entry', VALID_ROWS.downtime_entry());
    insert('hold_entry', VALID_ROWS.hold_entry());
    insert('quality_entry', VALID_ROWS.quality_entry());
    const cases = [
      ['downtime_entry', { ...VALID_ROWS.downtime_entry(), downtime_entry_id: 'DT-2', client_id: CLIENT_B }],
      ['hold_entry', { ...VALID_ROWS.hold_entry(), hold_entry_id: 'H-2', job_id: null, client_id: CLIENT_B }],
      [
        'quality_entry',
        { ...VALID_ROWS.quality_entry(), quality_entry_id: 'QE-2', job_id: null, client_id: CLIENT_B },
      ],
    ] as const;
    for (const [table, row] of cases) expect(() => insert(table, row), table).toThrow(FK_FAILED);
  });

  it('refuses attendance for an employee not assigned to that client', () => {
    insert('attendance_entry', VALID_ROWS.attendance_entry());
    const row = { ...VALID_ROWS.attendance_entry(), attendance_entry_id: 'AT-2', employee_id: 'E-B' };
    expect(() => insert('attendance_entry', row)).toThrow(FK_FAILED);
  });

  it('refuses coverage of an absent employee not assigned to that client', () => {
    insert('coverage_entry', VALID_ROWS.coverage_entry());
    const row = {
      ...VALID_ROWS.coverage_entry(),
      coverage_entry_id: 'CV-2',
      absent_employee_id: 'E-B',
      shift_date: '2026-03-03',
    };
    expect(() => insert('coverage_entry', row)).toThrow(FK_FAILED);
  });

  it('refuses a floating employee who is not in the floating pool', () => {
    const row = { ...VALID_ROWS.coverage_entry(), floating_employee_id: 'E-B' };
    expect(() => insert('coverage_entry', row)).toThrow(/must be in the floating pool/);
    expect(() =>
      insert('floating_pool', { floating_pool_id: 'E-B-1', employee_id: 'E-B', ...syncValues() }),
    ).toThrow(/is_floating_pool = 1/);
  });

  it('refuses a downtime reason that exists only in another client list', () => {
    insert('downtime_reason', {
      client_id: CLIENT_B,
      code: 'ROBOT_JAM',
      label: 'Robot jam',
      ...syncValues(),
    });
    insert('downtime_entry', {
      ...VALID_ROWS.downtime_entry(),
      downtime_entry_id: 'DT-B',
      work_order_id: 'WO-B',
      client_id: CLIENT_B,
      downtime_reason: 'ROBOT_JAM',
    });
    const row = { ...VALID_ROWS.downtime_entry(), downtime_reason: 'ROBOT_JAM' };
    expect(() => insert('downtime_entry', row)).toThrow(FK_FAILED);
    expect(() => insert('downtime_entry', { ...row, downtime_reason: 'free text' })).toThrow(FK_FAILED);
  });

  it('refuses defect, hold and absence codes outside the client lists', () => {
    const cases = [
      ['defect_detail', { ...VALID_ROWS.defect_detail(), defect_type: 'NOT_A_CODE' }],
      ['hold_entry', { ...VALID_ROWS.hold_entry(), hold_reason: 'NOT_A_CODE' }],
      ['attendance_entry', { ...VALID_ROWS.attendance_entry(), absence_type: 'NOT_A_CODE' }],
    ] as const;
    for (const [table, row] of cases) expect(() => insert(table, row), table).toThrow(FK_FAILED);
  });

  it('refuses changing a row client_id after insert', () => {
    insert('production_entry', VALID_ROWS.production_entry());
    const tables = [
      ['work_order', 'work_order_id', 'WO-A'],
      ['job', 'job_id', 'J-A'],
      ['quality_entry', 'quality_entry_id', 'Q-A'],
      ['production_entry', 'production_entry_id', 'PE-1'],
      ['client_config', 'client_id', CLIENT_A],
      ['employee_client_assignment', 'employee_id', 'E-A'],
    ] as const;
    for (const [table, key, id] of tables) {
      expect(
        () => database.sqlite.prepare(`UPDATE ${table} SET client_id = ? WHERE ${key} = ?`).run(CLIENT_B, id),
        table,
      ).toThrow(/client_id cannot change/);
    }
    // Rewriting the same value (a full-row update) is not a change.
    database.sqlite
      .prepare('UPDATE work_order SET client_id = ? WHERE work_order_id = ?')
      .run(CLIENT_A, 'WO-A');
  });
});
