import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KpiResultOf } from '../../../src-shared/kpi/result';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import type { FamilyOutput } from '../family';
import { DAY, freshDb, LEADER_A, runFamily, softDelete } from '../quality/quality.test-support';
import {
  addAbsence,
  addAttendance,
  addCoverage,
  addEmployee,
  addFloating,
  datesBetween,
} from './attendance.test-support';
import { attendanceFamily } from './attendance-family';

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await database.close();
});

function run(
  query: Parameters<typeof runFamily>[2] = {},
  scope?: Parameters<typeof runFamily>[3],
): FamilyOutput {
  return runFamily(attendanceFamily, database.sqlite, query, scope);
}

function absenteeism(output: FamilyOutput, group?: string): KpiResultOf<'absenteeism'> {
  const result = group === undefined ? output.total.absenteeism : output.groups.get(group)?.absenteeism;
  if (!result) throw new Error(`no absenteeism ${group ?? 'total'}`);
  return result;
}

describe('worked example (KPIS.md), through SQL', () => {
  it('9 absence hours of 90 scheduled, none covered → 10.00 %', () => {
    const days = datesBetween('2026-03-02', '2026-03-11');
    for (const [i, day] of days.entries()) {
      if (i === 3) addAbsence(database.sqlite, { shift_date: day, absence_hours: 9 });
      else addAttendance(database.sqlite, { shift_date: day, scheduled_hours: 9 });
    }
    const result = absenteeism(run({ from: '2026-03-02', to: '2026-03-11' }));
    expect(result.value).toBeCloseTo(10, 12);
    expect(result).toMatchObject({
      numerator: 9,
      denominator: 90,
      unit: '%',
      rows: 10,
      inferred_rows: 0,
      estimated: false,
      confidence: 1,
    });
    expect(result.details).toEqual({ gross: 10, absence_hours: 9, covered_hours: 0, skipped: 0 });
  });
});

describe('absence hours of a row', () => {
  // One row per day, so each rule is read in its own day group.
  function absenceOf(values: Parameters<typeof addAttendance>[1]): number {
    addAttendance(database.sqlite, values);
    return absenteeism(run()).numerator;
  }

  it('absent: absence_hours when recorded', () => {
    expect(absenceOf({ is_absent: 1, scheduled_hours: 9, actual_hours: 9, absence_hours: 4 })).toBe(4);
  });

  it('absent, no absence_hours: scheduled − actual', () => {
    expect(absenceOf({ is_absent: 1, scheduled_hours: 9, actual_hours: 6, absence_hours: null })).toBe(3);
  });

  it('absent, no absence_hours nor actual: scheduled', () => {
    expect(absenceOf({ is_absent: 1, scheduled_hours: 8, actual_hours: null, absence_hours: null })).toBe(8);
  });

  it('absent with more hours worked than scheduled: 0, never negative', () => {
    expect(absenceOf({ is_absent: 1, scheduled_hours: 8, actual_hours: 10, absence_hours: null })).toBe(0);
  });

  it('a present row has 0 absence hours, whatever absence_hours says', () => {
    expect(absenceOf({ is_absent: 0, scheduled_hours: 9, actual_hours: 4, absence_hours: 5 })).toBe(0);
  });

  it('a blank is_absent is not an absence', () => {
    expect(absenceOf({ is_absent: null, scheduled_hours: 9, actual_hours: 0, absence_hours: 9 })).toBe(0);
  });

  it('none of these is inference: confidence stays 1', () => {
    addAttendance(database.sqlite, {
      is_absent: 1,
      scheduled_hours: 8,
      actual_hours: null,
      absence_hours: null,
    });
    expect(absenteeism(run())).toMatchObject({ inferred_rows: 0, estimated: false, confidence: 1 });
  });
});

describe('covered hours', () => {
  beforeEach(() => {
    addFloating(database.sqlite, 'F-2');
  });

  function covered(): { net: number; gross: unknown; covered: unknown } {
    const result = absenteeism(run());
    return { net: result.numerator, gross: result.details?.gross, covered: result.details?.covered_hours };
  }

  it('Σ coverage_duration_hours of the coverage entries for the employee, date and shift', () => {
    addAbsence(database.sqlite, { absence_hours: 9 });
    addCoverage(database.sqlite, { floating_employee_id: 'F-1', coverage_duration_hours: 3 });
    addCoverage(database.sqlite, { floating_employee_id: 'F-2', coverage_duration_hours: 4 });
    expect(covered()).toEqual({ net: 2, gross: 100, covered: 7 });
    expect(absenteeism(run()).value).toBeCloseTo((2 / 9) * 100, 12);
  });

  it('at most the absence hours', () => {
    addAbsence(database.sqlite, { absence_hours: 6 });
    addCoverage(database.sqlite, { floating_employee_id: 'F-1', coverage_duration_hours: 5 });
    addCoverage(database.sqlite, { floating_employee_id: 'F-2', coverage_duration_hours: 5 });
    expect(covered()).toMatchObject({ net: 0, covered: 6 });
  });

  it('covered_by_floating_employee_id without coverage entries: all the absence hours', () => {
    addAbsence(database.sqlite, { absence_hours: 9, covered_by_floating_employee_id: 'F-1' });
    expect(covered()).toMatchObject({ net: 0, covered: 9 });
    expect(absenteeism(run()).value).toBe(0);
  });

  it('coverage entries take precedence over covered_by_floating_employee_id', () => {
    addAbsence(database.sqlite, { absence_hours: 9, covered_by_floating_employee_id: 'F-1' });
    addCoverage(database.sqlite, { coverage_duration_hours: 4 });
    expect(covered()).toMatchObject({ net: 5, covered: 4 });
  });

  it('a coverage entry of another shift, date or employee does not cover', () => {
    addAbsence(database.sqlite, { absence_hours: 9 });
    addCoverage(database.sqlite, { floating_employee_id: 'F-1', shift_type: 'SHIFT_2ND' });
    addCoverage(database.sqlite, { floating_employee_id: 'F-2', shift_date: '2026-03-03' });
    addEmployee(database.sqlite, 'E-A2', 'Other', [CLIENT_A]);
    addFloating(database.sqlite, 'F-3');
    addCoverage(database.sqlite, { floating_employee_id: 'F-3', absent_employee_id: 'E-A2' });
    expect(covered()).toMatchObject({ net: 9, covered: 0 });
  });

  it('a coverage entry at another client does not cover this client’s absence', () => {
    addEmployee(database.sqlite, 'E-AB', 'Both', [CLIENT_A, CLIENT_B]);
    addAbsence(database.sqlite, { employee_id: 'E-AB', absence_hours: 9 });
    addCoverage(database.sqlite, { absent_employee_id: 'E-AB', client_id: CLIENT_B });
    expect(covered()).toMatchObject({ net: 9, covered: 0 });
  });

  it('a coverage entry with a blank duration is not counted (the flag rule then applies)', () => {
    addAbsence(database.sqlite, { absence_hours: 9 });
    addCoverage(database.sqlite, { coverage_duration_hours: null });
    expect(covered()).toMatchObject({ net: 9, covered: 0 });
    database.sqlite.prepare('UPDATE attendance_entry SET covered_by_floating_employee_id = ?').run('F-1');
    expect(covered()).toMatchObject({ net: 0, covered: 9 });
  });

  it('a soft-deleted coverage entry is ignored', () => {
    addAbsence(database.sqlite, { absence_hours: 9 });
    const entry = addCoverage(database.sqlite, { coverage_duration_hours: 9 });
    softDelete(database.sqlite, 'coverage_entry', 'coverage_entry_id = ?', entry.coverage_entry_id);
    expect(covered()).toMatchObject({ net: 9, covered: 0 });
  });

  it('a present row is never covered', () => {
    addAttendance(database.sqlite, { covered_by_floating_employee_id: 'F-1' });
    addCoverage(database.sqlite);
    expect(covered()).toMatchObject({ net: 0, covered: 0, gross: 0 });
  });
});

describe('no data is not zero', () => {
  it('no rows → null', () => {
    expect(absenteeism(run())).toMatchObject({ value: null, rows: 0, details: { gross: null } });
  });

  it('0 scheduled hours → null', () => {
    addAttendance(database.sqlite, { scheduled_hours: 0, actual_hours: 0 });
    expect(absenteeism(run())).toMatchObject({ value: null, rows: 1, denominator: 0 });
  });

  it('a row with no scheduled_hours feeds nothing and is counted as skipped', () => {
    addAttendance(database.sqlite, {
      scheduled_hours: null,
      is_absent: 1,
      actual_hours: null,
      absence_hours: 8,
    });
    expect(absenteeism(run())).toMatchObject({ value: null, rows: 0, details: { skipped: 1 } });
    addAttendance(database.sqlite, { scheduled_hours: 8, shift_type: 'SHIFT_2ND' });
    expect(absenteeism(run())).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 8,
      rows: 1,
      details: { skipped: 1 },
    });
  });
});

describe('rows in scope', () => {
  it('counts the range inclusively and ignores soft-deleted rows', () => {
    addAbsence(database.sqlite, { shift_date: '2026-03-01' });
    addAbsence(database.sqlite, { shift_date: '2026-03-02', absence_hours: 2 });
    addAttendance(database.sqlite, { shift_date: '2026-03-03' });
    const gone = addAbsence(database.sqlite, { shift_date: '2026-03-03', shift_type: 'SHIFT_2ND' });
    softDelete(database.sqlite, 'attendance_entry', 'attendance_entry_id = ?', gone.attendance_entry_id);
    addAbsence(database.sqlite, { shift_date: '2026-03-04' });
    expect(absenteeism(run({ from: '2026-03-02', to: '2026-03-03' }))).toMatchObject({
      numerator: 2,
      denominator: 18,
      rows: 2,
    });
  });

  it('a user of client A never gets a row of client B counted', () => {
    addAbsence(database.sqlite, { absence_hours: 3 });
    addAttendance(database.sqlite, { shift_type: 'SHIFT_2ND' });
    for (const day of datesBetween('2026-03-01', '2026-03-31')) {
      addAbsence(database.sqlite, {
        employee_id: 'E-B',
        client_id: CLIENT_B,
        shift_date: day,
        scheduled_hours: 24,
        absence_hours: 24,
        actual_hours: 0,
      });
    }
    const output = run({ by: 'client', from: '2026-03-01', to: '2026-03-31' }, LEADER_A);
    expect(absenteeism(output)).toMatchObject({ numerator: 3, denominator: 18, rows: 2 });
    expect([...output.groups.keys()]).toEqual([CLIENT_A]);
    expect(output.bradford?.map((row) => row.client_id)).toEqual([CLIENT_A]);
    expect(() => run({ clientIds: [CLIENT_B] }, LEADER_A)).toThrow(/not one of your clients/);
  });
});

describe('grouping', () => {
  beforeEach(() => {
    addAbsence(database.sqlite, { shift_date: '2026-03-02', shift_type: 'SHIFT_1ST', absence_hours: 9 });
    addAttendance(database.sqlite, { shift_date: '2026-03-02', shift_type: 'SHIFT_2ND' });
    addAbsence(database.sqlite, { shift_date: '2026-03-09', shift_type: 'SHIFT_1ST', absence_hours: 3 });
    addAttendance(database.sqlite, { shift_date: '2026-04-01', shift_type: null, employee_id: 'E-A' });
    addAttendance(database.sqlite, { employee_id: 'E-B', client_id: CLIENT_B, shift_date: '2026-04-01' });
  });
  const range = { from: '2026-03-01', to: '2026-04-30' };

  function keys(output: FamilyOutput): string[] {
    return [...output.groups.keys()].sort();
  }

  it('the total is the same whatever the grouping', () => {
    for (const by of [
      undefined,
      'client',
      'day',
      'week',
      'month',
      'shift',
      'work_order',
      'style',
      'operation',
    ] as const) {
      expect(absenteeism(run({ ...range, by }))).toMatchObject({ numerator: 12, denominator: 45, rows: 5 });
    }
  });

  it('by client', () => {
    const output = run({ ...range, by: 'client' });
    expect(keys(output)).toEqual([CLIENT_A, CLIENT_B]);
    expect(absenteeism(output, CLIENT_A)).toMatchObject({ numerator: 12, denominator: 36 });
    expect(absenteeism(output, CLIENT_B)).toMatchObject({ value: 0, denominator: 9 });
  });

  it('by day, week and month (shift_date)', () => {
    expect(keys(run({ ...range, by: 'day' }))).toEqual(['2026-03-02', '2026-03-09', '2026-04-01']);
    const week = run({ ...range, by: 'week' });
    expect(keys(week)).toEqual(['2026-W10', '2026-W11', '2026-W14']);
    expect(absenteeism(week, '2026-W10').value).toBeCloseTo(50, 12);
    const month = run({ ...range, by: 'month' });
    expect(keys(month)).toEqual(['2026-03', '2026-04']);
    expect(absenteeism(month, '2026-03')).toMatchObject({ numerator: 12, denominator: 27 });
  });

  it('by shift (shift_type); a row with no shift belongs to no group', () => {
    const output = run({ ...range, by: 'shift' });
    expect(keys(output)).toEqual(['SHIFT_1ST', 'SHIFT_2ND']);
    expect(absenteeism(output, 'SHIFT_1ST')).toMatchObject({ numerator: 12, denominator: 27, rows: 3 });
  });

  it('by work_order, style or operation: no groups (the engine shows absenteeism null in each)', () => {
    for (const by of ['work_order', 'style', 'operation'] as const)
      expect(run({ ...range, by }).groups.size).toBe(0);
  });
});

describe('gross', () => {
  it('is the rate without coverage', () => {
    addAbsence(database.sqlite, { absence_hours: 9, covered_by_floating_employee_id: 'F-1' });
    addAbsence(database.sqlite, { absence_hours: 9, shift_type: 'SHIFT_2ND' });
    addAttendance(database.sqlite, { shift_type: 'SAT_OT', scheduled_hours: 18, actual_hours: 18 });
    const result = absenteeism(run());
    expect(result.value).toBeCloseTo(25, 12);
    expect(result.details).toEqual({ gross: 50, absence_hours: 18, covered_hours: 9, skipped: 0 });
  });
});

it('an employee known to no client of the scope does not appear (DAY is inside the range)', () => {
  expect(run({ from: DAY, to: DAY }).bradford).toEqual([]);
});
