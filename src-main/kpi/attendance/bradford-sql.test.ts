import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BradfordRow } from '../../../src-shared/kpi/report';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { freshDb, LEADER_A, runFamily, softDelete } from '../quality/quality.test-support';
import { addAttendance, addEmployee, datesBetween } from './attendance.test-support';
import { attendanceFamily } from './attendance-family';

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await database.close();
});

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

function bradford(query: Parameters<typeof runFamily>[2] = JANUARY, scope = SYSTEM_SCOPE): BradfordRow[] {
  return runFamily(attendanceFamily, database.sqlite, query, scope).bradford ?? [];
}

/** One record a day for the employee at the client, absent on the given days. */
function month(
  absent: readonly string[],
  employee = 'E-A',
  client = CLIENT_A,
  days = datesBetween('2026-01-01', '2026-01-31'),
): void {
  for (const day of days) {
    addAttendance(database.sqlite, {
      employee_id: employee,
      client_id: client,
      shift_date: day,
      is_absent: absent.includes(day) ? 1 : 0,
    });
  }
}

function isWeekday(day: string): boolean {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

describe('Bradford factor through SQL', () => {
  it('worked example: absent on 01-05, 01-10, 01-11, 01-12 and 01-20, present on every other day → S = 3, D = 5 → 45', () => {
    month(['2026-01-05', '2026-01-10', '2026-01-11', '2026-01-12', '2026-01-20']);
    expect(bradford()).toEqual([
      {
        employee_id: 'E-A',
        employee_name: 'Emp A',
        client_id: CLIENT_A,
        spells: 3,
        days: 5,
        score: 45,
        band: 'low',
      },
    ]);
  });

  it('a Friday and the next Monday with no record between are one spell', () => {
    month(
      ['2026-01-09', '2026-01-12'],
      'E-A',
      CLIENT_A,
      datesBetween('2026-01-01', '2026-01-31').filter(isWeekday),
    );
    expect(bradford()[0]).toMatchObject({ spells: 1, days: 2, score: 2 });
  });

  it('a present record between two absences makes two spells', () => {
    month(['2026-01-05', '2026-01-07']);
    expect(bradford()[0]).toMatchObject({ spells: 2, days: 2, score: 8 });
  });

  it('orders a day’s records by shift_type', () => {
    addAttendance(database.sqlite, { shift_date: '2026-01-05', shift_type: 'SHIFT_2ND', is_absent: 0 });
    addAttendance(database.sqlite, {
      shift_date: '2026-01-05',
      shift_type: 'SHIFT_1ST',
      is_absent: 1,
      actual_hours: 0,
    });
    addAttendance(database.sqlite, {
      shift_date: '2026-01-04',
      shift_type: 'SUN_OT',
      is_absent: 1,
      actual_hours: 0,
    });
    addAttendance(database.sqlite, {
      shift_date: '2026-01-06',
      shift_type: 'SHIFT_1ST',
      is_absent: 1,
      actual_hours: 0,
    });
    // 01-04 SUN_OT (absent), 01-05 SHIFT_1ST (absent), 01-05 SHIFT_2ND (present), 01-06 SHIFT_1ST (absent).
    expect(bradford()[0]).toMatchObject({ spells: 2, days: 3, score: 12 });
  });

  it('orders duplicate records of one date and shift present before absent, whatever their storage order', () => {
    const scores: number[] = [];
    for (const [suffix, flags] of [
      ['x', [1, 0]],
      ['y', [0, 1]],
    ] as const) {
      const employee = `E-DUP-${suffix}`;
      addEmployee(database.sqlite, employee, null, [CLIENT_A]);
      addAttendance(database.sqlite, {
        employee_id: employee,
        shift_date: '2026-01-05',
        is_absent: 1,
        actual_hours: 0,
      });
      for (const flag of flags)
        addAttendance(database.sqlite, {
          employee_id: employee,
          shift_date: '2026-01-06',
          is_absent: flag,
          actual_hours: flag ? 0 : 9,
        });
      addAttendance(database.sqlite, {
        employee_id: employee,
        shift_date: '2026-01-07',
        is_absent: 1,
        actual_hours: 0,
      });
      const row = bradford().find((r) => r.employee_id === employee);
      // 01-05 absent, 01-06 present, 01-06 absent, 01-07 absent: two spells of three absent records.
      expect(row).toMatchObject({ spells: 2, days: 3 });
      scores.push(row?.score ?? -1);
    }
    expect(scores).toEqual([12, 12]);
  });

  it('only is_absent = 1 counts: a blank is_absent is a present record', () => {
    addAttendance(database.sqlite, { shift_date: '2026-01-05', is_absent: 1, actual_hours: 0 });
    addAttendance(database.sqlite, { shift_date: '2026-01-06', is_absent: null });
    addAttendance(database.sqlite, { shift_date: '2026-01-07', is_absent: 1, actual_hours: 0 });
    expect(bradford()[0]).toMatchObject({ spells: 2, days: 2 });
  });

  it('counts only records in [from, to]: an absence the day before does not join the spell', () => {
    month(['2026-01-04', '2026-01-05', '2026-01-06', '2026-01-20']);
    expect(bradford({ from: '2026-01-05', to: '2026-01-19' })[0]).toMatchObject({
      spells: 1,
      days: 2,
      score: 2,
    });
  });

  it('ignores soft-deleted records (a deleted present record does not split a spell)', () => {
    month(['2026-01-05', '2026-01-07']);
    softDelete(database.sqlite, 'attendance_entry', 'shift_date = ?', '2026-01-06');
    expect(bradford()[0]).toMatchObject({ spells: 1, days: 2 });
  });

  it('bands: S = 5, D = 10 → 250 critical; a clean record → 0 low, still listed', () => {
    month([
      '2026-01-02',
      '2026-01-03',
      '2026-01-05',
      '2026-01-06',
      '2026-01-08',
      '2026-01-09',
      '2026-01-11',
      '2026-01-12',
      '2026-01-14',
      '2026-01-15',
    ]);
    month([], 'E-B', CLIENT_B);
    const rows = bradford();
    expect(rows.find((r) => r.employee_id === 'E-A')).toMatchObject({
      spells: 5,
      days: 10,
      score: 250,
      band: 'critical',
    });
    expect(rows.find((r) => r.employee_id === 'E-B')).toMatchObject({
      spells: 0,
      days: 0,
      score: 0,
      band: 'low',
      client_id: CLIENT_B,
    });
  });

  it('an employee of two clients gets one row per client, each from that client’s records only', () => {
    addEmployee(database.sqlite, 'E-AB', 'Both', [CLIENT_A, CLIENT_B]);
    addAttendance(database.sqlite, {
      employee_id: 'E-AB',
      shift_date: '2026-01-05',
      is_absent: 1,
      actual_hours: 0,
    });
    addAttendance(database.sqlite, {
      employee_id: 'E-AB',
      client_id: CLIENT_B,
      shift_date: '2026-01-06',
      is_absent: 0,
    });
    addAttendance(database.sqlite, {
      employee_id: 'E-AB',
      shift_date: '2026-01-07',
      is_absent: 1,
      actual_hours: 0,
    });
    const rows = bradford().sort((a, b) => a.client_id.localeCompare(b.client_id));
    expect(rows).toEqual([
      {
        employee_id: 'E-AB',
        employee_name: 'Both',
        client_id: CLIENT_A,
        spells: 1,
        days: 2,
        score: 2,
        band: 'low',
      },
      {
        employee_id: 'E-AB',
        employee_name: 'Both',
        client_id: CLIENT_B,
        spells: 0,
        days: 0,
        score: 0,
        band: 'low',
      },
    ]);
    // A leader of A sees the same row for A as an admin does.
    expect(bradford(JANUARY, LEADER_A)).toEqual([rows[0]]);
  });

  it('a deleted employee keeps its records but has no name', () => {
    month(['2026-01-05']);
    softDelete(database.sqlite, 'employee', 'employee_id = ?', 'E-A');
    expect(bradford()[0]).toMatchObject({ employee_name: null, days: 1 });
  });

  it('no records in range → no rows', () => {
    month(['2026-01-05']);
    expect(bradford({ from: '2026-02-01', to: '2026-02-28' })).toEqual([]);
  });
});
