import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHIFT_TYPES, WORK_ORDER_STATUSES } from '../../src-shared/domain/enums';
import { CLIENT_A, insertRow, NOW, seedTwoClients, syncValues, VALID_ROWS } from './db.test-support';
import { type OpenDatabase, openDatabase } from './open';

let database: OpenDatabase;
beforeEach(() => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
});
afterEach(async () => {
  await database.close();
});

type EntryTable = keyof typeof VALID_ROWS;
type Values = Record<string, string | number | null>;

function insert(table: string, row: Values): void {
  insertRow(database.sqlite, table, row);
}

/** The table's valid row with some columns replaced. */
function variant(table: EntryTable, changes: Values): Values {
  return { ...VALID_ROWS[table](), ...changes };
}

const CHECK_FAILED = /CHECK constraint failed/;

describe('valid rows', () => {
  it('accepts the valid row of every entry table', () => {
    for (const table of Object.keys(VALID_ROWS) as EntryTable[]) insert(table, VALID_ROWS[table]());
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('accepts every allowed shift_type and work order status', () => {
    for (const [i, shift] of SHIFT_TYPES.entries()) {
      insert(
        'production_entry',
        variant('production_entry', { production_entry_id: `S${i}`, shift_type: shift }),
      );
    }
    for (const [i, status] of WORK_ORDER_STATUSES.entries()) {
      insert('work_order', { work_order_id: `WO-S${i}`, client_id: CLIENT_A, status, ...syncValues() });
    }
    const count = database.sqlite
      .prepare('SELECT count(*) AS n FROM work_order WHERE work_order_id LIKE ?')
      .get('WO-S%');
    expect(count).toEqual({ n: WORK_ORDER_STATUSES.length });
  });

  it('accepts blanks in every column but keys, client, parents and the entry date', () => {
    insert('production_entry', {
      production_entry_id: 'PE-BLANK',
      work_order_id: 'WO-A',
      client_id: CLIENT_A,
      shift_date: '2026-03-02',
      ...syncValues(null),
    });
    expect(() =>
      insert('production_entry', {
        production_entry_id: 'PE-NODATE',
        work_order_id: 'WO-A',
        client_id: CLIENT_A,
        ...syncValues(),
      }),
    ).toThrow(/NOT NULL constraint failed: production_entry.shift_date/);
  });
});

describe('enumerations and ranges refused by the database', () => {
  // Each case names the constraint that must fire, so a fixture broken elsewhere cannot pass it.
  const refused: [string, EntryTable, Values, string][] = [
    ['a bad shift_type', 'production_entry', { shift_type: 'NIGHT' }, 'shift_type IN'],
    ['a lower-case shift_type', 'attendance_entry', { shift_type: 'shift_1st' }, 'shift_type IN'],
    ['negative units produced', 'production_entry', { units_produced: -1 }, 'units_produced >= 0'],
    [
      'more defective than produced',
      'production_entry',
      { units_defective: 101 },
      'units_defective <= units_produced',
    ],
    [
      'more present than assigned',
      'production_entry',
      { employees_present: 13 },
      'employees_present <= employees_assigned',
    ],
    ['a run time beyond a day', 'production_entry', { run_time_hours: 25 }, 'run_time_hours BETWEEN'],
    ['a bad entry method', 'production_entry', { entry_method: 'EMAIL' }, 'entry_method IN'],
    ['a malformed timestamp', 'production_entry', { timestamp: '2026-03-02 15:00:00' }, 'date("timestamp")'],
    [
      'a malformed date 2026-02-30',
      'production_entry',
      { shift_date: '2026-02-30' },
      'shift_date IS date(shift_date)',
    ],
    [
      'a date without leading zeros',
      'downtime_entry',
      { shift_date: '2026-3-2' },
      'shift_date IS date(shift_date)',
    ],
    ['a time 24:00', 'downtime_entry', { downtime_start_time: '24:00' }, "downtime_start_time < '24:00'"],
    [
      'a time without leading zero',
      'downtime_entry',
      { downtime_start_time: '7:30' },
      'downtime_start_time GLOB',
    ],
    [
      'zero downtime minutes',
      'downtime_entry',
      { downtime_duration_minutes: 0 },
      'downtime_duration_minutes BETWEEN 1',
    ],
    [
      'passed + defective > inspected',
      'quality_entry',
      { units_passed: 90, units_defective: 11 },
      'units_passed + units_defective <= units_inspected',
    ],
    [
      'passed > inspected',
      'quality_entry',
      { units_passed: 101, units_defective: null },
      'units_passed <= units_inspected',
    ],
    [
      'fewer defects than defective units',
      'quality_entry',
      { total_defects_count: 11 },
      'total_defects_count >= units_defective',
    ],
    [
      'a sample above 100 %',
      'quality_entry',
      { sample_size_percent: 100.5 },
      'sample_size_percent BETWEEN 0 AND 100',
    ],
    ['a bad inspection method', 'quality_entry', { inspection_method: 'GUESS' }, 'inspection_method IN'],
    [
      'absence hours > scheduled hours',
      'attendance_entry',
      { absence_hours: 9.5 },
      'absence_hours <= scheduled_hours',
    ],
    ['a boolean 2', 'attendance_entry', { is_absent: 2 }, 'is_absent IN (0, 1)'],
    ['resume before hold', 'hold_entry', { resume_date: '2026-03-01' }, 'resume_date >= hold_date'],
    [
      'resume before hold on the same day',
      'hold_entry',
      { resume_date: '2026-03-02', resume_time: '14:00' },
      'resume_time >= hold_time',
    ],
    ['a bad hold status', 'hold_entry', { hold_status: 'PAUSED' }, 'hold_status IN'],
    ['a bad root cause', 'defect_detail', { root_cause: 'BAD_LUCK' }, 'root_cause IN'],
    [
      'a floating employee covering themself',
      'coverage_entry',
      { absent_employee_id: 'F-1' },
      'floating_employee_id <> absent_employee_id',
    ],
    [
      'a text count in a STRICT table',
      'production_entry',
      { units_produced: 'many' },
      'cannot store TEXT value in INTEGER column production_entry.units_produced',
    ],
  ];

  it.each(refused)('refuses %s', (_name, table, changes, constraint) => {
    expect(() => insert(table, variant(table, changes))).toThrow(constraint);
  });

  it('refuses a bad work order status and a non-positive planned quantity', () => {
    const order = { work_order_id: 'WO-X', client_id: CLIENT_A, ...syncValues() };
    expect(() => insert('work_order', { ...order, status: 'OPEN' })).toThrow(CHECK_FAILED);
    expect(() => insert('work_order', { ...order, planned_quantity: 0 })).toThrow(CHECK_FAILED);
    expect(() => insert('work_order', { ...order, is_delay_justified: 3 })).toThrow(CHECK_FAILED);
    insert('work_order', order);
  });

  it('refuses a bad role, a duplicate username in other case, and a client id with spaces', () => {
    const user = { user_id: 'U-2', username: 'jsmith', role: 'LEADER', ...syncValues() };
    expect(() => insert('app_user', { ...user, role: 'LEADER_DATACONFIG' })).toThrow(CHECK_FAILED);
    insert('app_user', user);
    expect(() => insert('app_user', { ...user, user_id: 'U-3', username: 'JSmith' })).toThrow(
      /UNIQUE constraint failed/,
    );
    expect(() => insert('client', { client_id: 'CLIENT C', ...syncValues() })).toThrow(CHECK_FAILED);
  });

  it('refuses reference codes that are not UPPER_SNAKE and a break as long as the shift', () => {
    expect(() =>
      insert('downtime_reason', { client_id: CLIENT_A, code: 'robot jam', label: 'x', ...syncValues() }),
    ).toThrow(CHECK_FAILED);
    const shift = {
      client_id: CLIENT_A,
      shift_type: 'OTHER',
      start_time: '22:00',
      end_time: '02:00',
      ...syncValues(),
    };
    expect(() => insert('shift', { ...shift, break_minutes: 240 })).toThrow(CHECK_FAILED);
    insert('shift', { ...shift, break_minutes: 30 });
  });

  it('refuses client targets out of range', () => {
    const update = (sql: string) =>
      database.sqlite.prepare(`UPDATE client_config SET ${sql} WHERE client_id = ?`).run(CLIENT_A);
    expect(() => update('fpy_target = 101')).toThrow(CHECK_FAILED);
    expect(() => update('wip_critical_threshold_days = 5')).toThrow(CHECK_FAILED);
    expect(() => update('default_cycle_time_hours = 0')).toThrow(CHECK_FAILED);
    update('efficiency_target = 110');
  });
});

describe('coverage and audit log', () => {
  it('refuses a second coverage by the same floating employee on the same date and shift', () => {
    insert('employee', { employee_id: 'E-A2', ...syncValues() });
    insert('employee_client_assignment', { employee_id: 'E-A2', client_id: CLIENT_A, ...syncValues() });
    insert('coverage_entry', VALID_ROWS.coverage_entry());
    const second = variant('coverage_entry', { coverage_entry_id: 'CV-2', absent_employee_id: 'E-A2' });
    expect(() => insert('coverage_entry', second)).toThrow(/UNIQUE constraint failed/);
    insert('coverage_entry', { ...second, shift_type: 'SHIFT_2ND' });
    // A soft-deleted coverage no longer books the floating employee.
    database.sqlite
      .prepare('UPDATE coverage_entry SET deleted_at = ? WHERE coverage_entry_id = ?')
      .run(NOW, 'CV-1');
    insert('coverage_entry', { ...second, coverage_entry_id: 'CV-3' });
  });

  it('keeps the audit log append-only', () => {
    const entry = {
      at: NOW,
      user_id: 'U-ADMIN',
      client_id: CLIENT_A,
      table_name: 'work_order',
      row_id: 'WO-A',
      action: 'UPDATE',
      before_json: '{"status":"ACTIVE"}',
      after_json: '{"status":"ON_HOLD"}',
    };
    insert('audit_log', entry);
    expect(() => insert('audit_log', { ...entry, action: 'UPSERT' })).toThrow(CHECK_FAILED);
    expect(() => database.sqlite.prepare("UPDATE audit_log SET action = 'DELETE'").run()).toThrow(
      /append-only/,
    );
    expect(() => database.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
  });
});
