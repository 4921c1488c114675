import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { readThrough } from '../../db/read-connection';
import { computeKpis } from '../engine';
import { addQuality, DAY, freshDb, LEADER_A } from '../quality/quality.test-support';
import { addAbsence, addAttendance, datesBetween } from './attendance.test-support';

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await database.close();
});

describe('absenteeism and Bradford through computeKpis', () => {
  it('worked examples: 10.00 % absenteeism; S = 3, D = 5 → 45', () => {
    const absent = ['2026-01-05', '2026-01-10', '2026-01-11', '2026-01-12', '2026-01-20'];
    for (const day of datesBetween('2026-01-01', '2026-01-31')) {
      if (absent.includes(day)) addAbsence(database.sqlite, { shift_date: day, absence_hours: 9 });
      else addAttendance(database.sqlite, { shift_date: day });
    }
    const ten = computeKpis(readThrough(database.sqlite), LEADER_A, {
      from: '2026-01-03',
      to: '2026-01-12',
      asOf: DAY,
    });
    expect(ten.kpis.absenteeism).toMatchObject({ numerator: 36, denominator: 90 });
    const report = computeKpis(readThrough(database.sqlite), LEADER_A, {
      from: '2026-01-01',
      to: '2026-01-31',
      asOf: DAY,
    });
    expect(report.bradford).toEqual([
      {
        employee_id: 'E-A',
        employee_name: 'Emp A',
        client_id: 'CLIENT-A',
        spells: 3,
        days: 5,
        score: 45,
        band: 'low',
      },
    ]);
    const oneAbsence = computeKpis(readThrough(database.sqlite), LEADER_A, {
      from: '2026-01-15',
      to: '2026-01-24',
      asOf: DAY,
    });
    expect(oneAbsence.kpis.absenteeism.value).toBeCloseTo(10, 12);
  });

  it('no rows → null; B’s absences never reach a user of A', () => {
    addAbsence(database.sqlite, { employee_id: 'E-B', client_id: CLIENT_B, absence_hours: 9 });
    const report = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY, asOf: DAY });
    expect(report.kpis.absenteeism).toMatchObject({ value: null, rows: 0 });
    expect(report.bradford).toEqual([]);
  });

  it('grouped by work_order, style or operation: absenteeism is null in every group', () => {
    addAbsence(database.sqlite, { absence_hours: 9 });
    addQuality(database.sqlite, {
      units_inspected: 10,
      units_passed: 10,
      units_defective: 0,
      total_defects_count: 0,
    });
    for (const by of ['work_order', 'style', 'operation'] as const) {
      const report = computeKpis(readThrough(database.sqlite), LEADER_A, {
        from: DAY,
        to: DAY,
        asOf: DAY,
        by,
      });
      expect(report.kpis.absenteeism.value).toBeCloseTo(100, 12);
      for (const group of report.groups)
        expect(group.kpis.absenteeism).toMatchObject({ value: null, rows: 0 });
    }
  });
});
