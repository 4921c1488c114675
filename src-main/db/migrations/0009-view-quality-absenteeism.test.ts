import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KpiSet } from '../../../src-shared/kpi/report';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { addEmployee, addFloating } from '../../kpi/attendance/attendance.test-support';
import { computeKpis } from '../../kpi/engine';
import { addPartOpportunities, softDelete, store } from '../../kpi/quality/quality.test-support';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../db.test-support';
import { migrate } from '../migrate';
import { type OpenDatabase, openDatabase } from '../open';
import { readThrough } from '../read-connection';
import { viewQualityAbsenteeism } from './0009-view-quality-absenteeism';
import { MIGRATIONS } from './index';

let database: OpenDatabase;
beforeEach(() => {
  database = openDatabase(':memory:', { migrate: false });
  migrate(
    database.sqlite,
    MIGRATIONS.includes(viewQualityAbsenteeism) ? MIGRATIONS : [...MIGRATIONS, viewQualityAbsenteeism],
  );
  seedTwoClients(database.sqlite);
});
afterEach(async () => {
  await database.close();
});

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

function pick<T>(rnd: () => number, values: readonly T[]): T {
  const value = values[Math.floor(rnd() * values.length)];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** Quality entries of both clients with blanks, several operations, parts with and without opportunities. */
function seedQuality(rnd: () => number): void {
  const sqlite = database.sqlite;
  addPartOpportunities(sqlite, CLIENT_A, 'P-1', 12);
  addPartOpportunities(sqlite, CLIENT_B, 'P-1', null);
  sqlite.prepare('UPDATE client_config SET dpmo_opportunities_default = 3 WHERE client_id = ?').run(CLIENT_B);
  for (const [client, suffix] of [
    [CLIENT_A, 'A'],
    [CLIENT_B, 'B'],
  ] as const) {
    store(sqlite).create(TABLE_SPECS.job, {
      job_id: `J2-${suffix}`,
      work_order_id: `WO-${suffix}`,
      client_id: client,
      part_number: 'P-9',
    });
    for (const day of DAYS) {
      const entries = 2 + Math.floor(rnd() * 6);
      for (let i = 0; i < entries; i++) {
        const inspected = rnd() < 0.1 ? null : rnd() < 0.05 ? 0 : 10 + Math.floor(rnd() * 200);
        const cap = inspected ?? 200;
        const defective = rnd() < 0.1 ? null : Math.floor(rnd() * cap * 0.2);
        const passed = rnd() < 0.1 ? null : Math.max(0, cap - (defective ?? 0) - Math.floor(rnd() * 3));
        const row = store(sqlite).create(TABLE_SPECS.quality_entry, {
          client_id: client,
          work_order_id: `WO-${suffix}`,
          job_id: pick(rnd, [null, `J-${suffix}`, `J2-${suffix}`]),
          shift_date: day,
          shift_type: pick(rnd, ['SHIFT_1ST', 'SHIFT_2ND', null]),
          operation_checked: pick(rnd, [null, 'CUTTING', 'SEWING', 'FINISHING']),
          units_inspected: inspected,
          units_defective: defective,
          units_passed: passed,
          total_defects_count: rnd() < 0.1 ? null : (defective ?? 0) + Math.floor(rnd() * 10),
        });
        if (rnd() < 0.08) softDelete(sqlite, 'quality_entry', 'quality_entry_id = ?', row.quality_entry_id);
      }
    }
  }
}

/** Attendance with absences, coverage entries (some blank, some deleted) and covered_by flags. */
function seedAttendance(rnd: () => number): void {
  const sqlite = database.sqlite;
  const floats = ['F-2', 'F-3', 'F-4'];
  for (const id of floats) addFloating(sqlite, id);
  addEmployee(sqlite, 'E-A2', 'Emp A2', [CLIENT_A]);
  addEmployee(sqlite, 'E-A3', 'Emp A3', [CLIENT_A]);
  addEmployee(sqlite, 'E-B2', 'Emp B2', [CLIENT_B]);
  const staff = [
    [CLIENT_A, 'E-A'],
    [CLIENT_A, 'E-A2'],
    [CLIENT_A, 'E-A3'],
    [CLIENT_B, 'E-B'],
    [CLIENT_B, 'E-B2'],
  ] as const;
  for (const day of DAYS) {
    const used = new Set<string>();
    for (const [client, employee] of staff) {
      const shift = pick(rnd, ['SHIFT_1ST', 'SHIFT_2ND', null]);
      const scheduled = pick(rnd, [null, 0, 8, 9, 9, 9]);
      const absent = pick(rnd, [0, 0, 1, 1, null]);
      const row = store(sqlite).create(TABLE_SPECS.attendance_entry, {
        employee_id: employee,
        client_id: client,
        shift_date: day,
        shift_type: shift,
        scheduled_hours: scheduled,
        actual_hours: pick(rnd, [null, 0, 4, 8, 10]),
        is_absent: absent,
        absence_hours: rnd() < 0.5 || scheduled === null ? null : Math.floor(rnd() * scheduled),
        covered_by_floating_employee_id: rnd() < 0.3 ? 'F-1' : null,
      });
      if (rnd() < 0.05)
        softDelete(sqlite, 'attendance_entry', 'attendance_entry_id = ?', row.attendance_entry_id);
      if (absent !== 1 || shift === null) continue;
      for (const floating of floats) {
        if (rnd() < 0.5 || used.has(`${floating}|${shift}`)) continue;
        used.add(`${floating}|${shift}`);
        const cover = store(sqlite).create(TABLE_SPECS.coverage_entry, {
          absent_employee_id: employee,
          floating_employee_id: floating,
          client_id: client,
          shift_date: day,
          shift_type: shift,
          coverage_duration_hours: pick(rnd, [null, 2, 4, 9]),
        });
        if (rnd() < 0.1)
          softDelete(sqlite, 'coverage_entry', 'coverage_entry_id = ?', cover.coverage_entry_id);
      }
    }
  }
}

/** The engine's KPIs for one client and day, as a dashboard would ask for them. */
function engine(client: string, day: string): KpiSet {
  return computeKpis(readThrough(database.sqlite), SYSTEM_SCOPE, {
    clientIds: [client],
    from: day,
    to: day,
    asOf: day,
  }).kpis;
}

/** Equal as numbers (to 1e-9 relative), or both null. */
function same(view: number | null, value: number | null | undefined): void {
  if (view === null || value === null || value === undefined) expect(view).toBe(value ?? null);
  else expect(view).toBeCloseTo(value, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(value) + 1))));
}

interface QualityViewRow {
  client_id: string;
  shift_date: string;
  entries: number;
  ppm_rows: number;
  units_defective: number;
  ppm_units_inspected: number;
  ppm: number | null;
  dpmo_rows: number;
  dpmo_inferred_rows: number;
  dpmo_confidence: number;
  total_defects: number;
  opportunities: number;
  dpmo: number | null;
  fpy_rows: number;
  units_passed: number;
  fpy_units_inspected: number;
  fpy: number | null;
  rty_operations: number;
  rty: number | null;
}

interface AbsenteeismViewRow {
  client_id: string;
  shift_date: string;
  entries: number;
  absenteeism_rows: number;
  scheduled_hours: number;
  absence_hours: number;
  covered_hours: number;
  absenteeism: number | null;
  gross: number | null;
}

describe('v_quality_summary', () => {
  it('agrees with the engine for every client and day', () => {
    seedQuality(prng(20260302));
    const rows = database.sqlite
      .prepare('SELECT * FROM v_quality_summary ORDER BY client_id, shift_date')
      .all() as QualityViewRow[];
    const expected = database.sqlite
      .prepare(
        'SELECT DISTINCT client_id, shift_date FROM quality_entry WHERE deleted_at IS NULL ORDER BY 1, 2',
      )
      .all();
    expect(rows.map((r) => ({ client_id: r.client_id, shift_date: r.shift_date }))).toEqual(expected);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    let nullRty = 0;
    for (const row of rows) {
      const total = engine(row.client_id, row.shift_date);
      const ppm = total.ppm;
      const dpmo = total.dpmo;
      const fpy = total.fpy;
      const rty = total.rty;
      expect([ppm.numerator, ppm.denominator, ppm.rows, ppm.details?.skipped]).toEqual([
        row.units_defective,
        row.ppm_units_inspected,
        row.ppm_rows,
        row.entries - row.ppm_rows,
      ]);
      same(row.ppm, ppm.value);
      expect([dpmo.numerator, dpmo.denominator, dpmo.rows, dpmo.inferred_rows]).toEqual([
        row.total_defects,
        row.opportunities,
        row.dpmo_rows,
        row.dpmo_inferred_rows,
      ]);
      same(row.dpmo_confidence, dpmo.confidence);
      same(row.dpmo, dpmo.value);
      expect([fpy.numerator, fpy.denominator, fpy.rows]).toEqual([
        row.units_passed,
        row.fpy_units_inspected,
        row.fpy_rows,
      ]);
      same(row.fpy, fpy.value);
      expect(rty.details?.operations).toHaveLength(row.rty_operations);
      same(row.rty, rty.value);
      if (row.rty === null) nullRty++;
    }
    // The data must exercise the interesting cases, or the agreement proves little.
    expect(rows.some((r) => r.dpmo_inferred_rows > 0 && r.dpmo_inferred_rows < r.dpmo_rows)).toBe(true);
    expect(rows.some((r) => r.rty_operations > 1)).toBe(true);
    expect(rows.some((r) => r.ppm_rows < r.entries)).toBe(true);
    expect(nullRty).toBeLessThan(rows.length);
  });

  it('a day with only blank counts has a row with null values; a day with no entry has no row', () => {
    const rows = database.sqlite.prepare('SELECT * FROM v_quality_summary').all() as QualityViewRow[];
    // seedTwoClients' blank entries Q-A and Q-B of 2026-03-01.
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      entries: 1,
      ppm_rows: 0,
      ppm: null,
      dpmo: null,
      fpy: null,
      rty: null,
      rty_operations: 0,
      dpmo_confidence: 1,
    });
    expect(engine(CLIENT_A, '2026-03-01').ppm).toMatchObject({
      value: null,
      details: { skipped: 1 },
    });
  });
});

describe('v_absenteeism_summary', () => {
  it('agrees with the engine for every client and day', () => {
    seedAttendance(prng(7));
    const rows = database.sqlite
      .prepare('SELECT * FROM v_absenteeism_summary ORDER BY client_id, shift_date')
      .all() as AbsenteeismViewRow[];
    const expected = database.sqlite
      .prepare(
        'SELECT DISTINCT client_id, shift_date FROM attendance_entry WHERE deleted_at IS NULL ORDER BY 1, 2',
      )
      .all();
    expect(rows.map((r) => ({ client_id: r.client_id, shift_date: r.shift_date }))).toEqual(expected);
    for (const row of rows) {
      const result = engine(row.client_id, row.shift_date).absenteeism;
      expect(result.denominator).toBe(row.scheduled_hours);
      same(result.numerator, row.absence_hours - row.covered_hours);
      expect(result.rows).toBe(row.absenteeism_rows);
      expect(result.details?.skipped).toBe(row.entries - row.absenteeism_rows);
      same(row.absence_hours, Number(result.details?.absence_hours));
      same(row.covered_hours, Number(result.details?.covered_hours));
      same(row.absenteeism, result.value);
      same(row.gross, result.details?.gross as number | null);
    }
    expect(rows.some((r) => r.covered_hours > 0 && r.covered_hours < r.absence_hours)).toBe(true);
    expect(rows.some((r) => r.absenteeism_rows < r.entries)).toBe(true);
  });

  it('is empty without attendance', () => {
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM v_absenteeism_summary').get()).toEqual({
      n: 0,
    });
  });
});
