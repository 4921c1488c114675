import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoWeekKey } from '../../../src-shared/kpi/dimensions';
import type { KpiResultOf } from '../../../src-shared/kpi/result';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import type { FamilyOutput } from '../family';
import {
  addPartOpportunities,
  addQuality,
  freshDb,
  LEADER_A,
  runFamily,
  softDelete,
  store,
} from './quality.test-support';
import { qualityFamily } from './quality-family';

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
  return runFamily(qualityFamily, database.sqlite, query, scope);
}

function kpi<K extends 'ppm' | 'dpmo' | 'fpy' | 'rty'>(output: FamilyOutput, key: K): KpiResultOf<K> {
  const result = output.total[key];
  if (!result) throw new Error(`no ${key}`);
  return result;
}

function groupKpi<K extends 'ppm' | 'dpmo' | 'fpy' | 'rty'>(
  output: FamilyOutput,
  group: string,
  key: K,
): KpiResultOf<K> {
  const result = output.groups.get(group)?.[key];
  if (!result) throw new Error(`no ${key} in group ${group}`);
  return result;
}

describe('worked examples (KPIS.md), through SQL', () => {
  it('PPM: 5 defective of 500 inspected → 10,000', () => {
    addQuality(database.sqlite, {
      units_inspected: 500,
      units_defective: 5,
      units_passed: 495,
      total_defects_count: 5,
    });
    const ppm = kpi(run(), 'ppm');
    expect(ppm.value).toBeCloseTo(10_000, 9);
    expect(ppm).toMatchObject({
      numerator: 5,
      denominator: 500,
      unit: 'ppm',
      rows: 1,
      inferred_rows: 0,
      estimated: false,
      confidence: 1,
    });
  });

  it('DPMO: 15 defects; 500 inspected × 47 opportunities → 638.30, with its sigma', () => {
    addPartOpportunities(database.sqlite, CLIENT_A, 'P-1', 47);
    addQuality(database.sqlite, {
      job_id: 'J-A',
      units_inspected: 500,
      units_defective: 10,
      units_passed: 490,
      total_defects_count: 15,
    });
    const dpmo = kpi(run(), 'dpmo');
    expect(dpmo.value).toBeCloseTo(638.2978723, 6);
    expect(dpmo.value?.toFixed(2)).toBe('638.30');
    expect(dpmo).toMatchObject({
      numerator: 15,
      denominator: 23_500,
      unit: 'dpmo',
      rows: 1,
      estimated: false,
      confidence: 1,
    });
    expect(dpmo.details?.sigma).toBeCloseTo(4.72119, 4);
  });

  it('DPMO → sigma: 6,210 DPMO → 4.00', () => {
    addQuality(database.sqlite, {
      units_inspected: 100_000,
      units_defective: 621,
      units_passed: 99_379,
      total_defects_count: 621,
    });
    const dpmo = kpi(run(), 'dpmo');
    expect(dpmo.value).toBeCloseTo(6210, 9);
    expect(Number(dpmo.details?.sigma).toFixed(2)).toBe('4.00');
  });

  it('FPY: 88 passed of 100 inspected → 88.00 %', () => {
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_passed: 88,
      units_defective: 12,
      total_defects_count: 12,
    });
    const fpy = kpi(run(), 'fpy');
    expect(fpy.value).toBeCloseTo(88, 9);
    expect(fpy).toMatchObject({ numerator: 88, denominator: 100, unit: '%', rows: 1 });
  });

  it('RTY: operations with FPY 98 %, 95 %, 97 % → 90.31 %', () => {
    for (const [operation, passed] of [
      ['CUTTING', 98],
      ['SEWING', 95],
      ['FINISHING', 97],
    ] as const) {
      addQuality(database.sqlite, {
        operation_checked: operation,
        units_inspected: 100,
        units_passed: passed,
        units_defective: 100 - passed,
        total_defects_count: 100 - passed,
      });
    }
    const rty = kpi(run(), 'rty');
    expect(rty.value).toBeCloseTo(90.307, 9);
    expect(rty.value?.toFixed(2)).toBe('90.31');
    expect(rty).toMatchObject({ unit: '%', rows: 3, denominator: 1 });
    expect(rty.numerator).toBeCloseTo(0.90307, 12);
    expect(rty.details?.operations).toHaveLength(3);
  });
});

describe('RTY', () => {
  it('one operation gives RTY = FPY, however many entries it has', () => {
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_passed: 90,
      units_defective: 10,
      total_defects_count: 10,
    });
    addQuality(database.sqlite, {
      units_inspected: 300,
      units_passed: 250,
      units_defective: 50,
      total_defects_count: 60,
    });
    const output = run();
    expect(kpi(output, 'rty').value).toBeCloseTo(kpi(output, 'fpy').value ?? Number.NaN, 12);
    expect(kpi(output, 'fpy').value).toBeCloseTo(85, 12);
  });

  it('multiplies each operation’s ratio of sums, not per-entry yields', () => {
    addQuality(database.sqlite, {
      operation_checked: 'A',
      units_inspected: 100,
      units_passed: 100,
      units_defective: 0,
      total_defects_count: 0,
    });
    addQuality(database.sqlite, {
      operation_checked: 'A',
      units_inspected: 100,
      units_passed: 80,
      units_defective: 20,
      total_defects_count: 20,
    });
    addQuality(database.sqlite, {
      operation_checked: 'B',
      units_inspected: 50,
      units_passed: 45,
      units_defective: 5,
      total_defects_count: 5,
    });
    expect(kpi(run(), 'rty').value).toBeCloseTo(0.9 * 0.9 * 100, 12);
  });

  it('entries with no operation_checked form one unnamed operation', () => {
    addQuality(database.sqlite, {
      operation_checked: null,
      units_inspected: 100,
      units_passed: 90,
      units_defective: 10,
      total_defects_count: 10,
    });
    addQuality(database.sqlite, {
      operation_checked: null,
      units_inspected: 100,
      units_passed: 70,
      units_defective: 30,
      total_defects_count: 30,
    });
    addQuality(database.sqlite, {
      operation_checked: 'SEWING',
      units_inspected: 100,
      units_passed: 50,
      units_defective: 50,
      total_defects_count: 50,
    });
    const rty = kpi(run(), 'rty');
    expect(rty.value).toBeCloseTo(0.8 * 0.5 * 100, 12);
    expect(rty.details?.operations).toEqual([
      { operation: null, passed: 160, inspected: 200, fpy: 80 },
      { operation: 'SEWING', passed: 50, inspected: 100, fpy: 50 },
    ]);
  });

  it('is null when an operation inspected no unit (its yield is unknown, not 100 %)', () => {
    addQuality(database.sqlite, {
      operation_checked: 'A',
      units_inspected: 100,
      units_passed: 90,
      units_defective: 10,
      total_defects_count: 10,
    });
    addQuality(database.sqlite, {
      operation_checked: 'B',
      units_inspected: 0,
      units_passed: 0,
      units_defective: 0,
      total_defects_count: 0,
    });
    const output = run();
    expect(kpi(output, 'rty')).toMatchObject({ value: null, numerator: 0, denominator: 0, rows: 2 });
    expect(kpi(output, 'fpy').value).toBeCloseTo(90, 12);
  });

  it('is 0 when an operation passed nothing', () => {
    addQuality(database.sqlite, {
      operation_checked: 'A',
      units_inspected: 100,
      units_passed: 90,
      units_defective: 10,
      total_defects_count: 10,
    });
    addQuality(database.sqlite, {
      operation_checked: 'B',
      units_inspected: 10,
      units_passed: 0,
      units_defective: 10,
      total_defects_count: 10,
    });
    expect(kpi(run(), 'rty').value).toBe(0);
  });
});

describe('opportunities per unit (inference)', () => {
  it('rule 1: the part_opportunities row of the entry’s client for its job’s part (confidence 1.0)', () => {
    addPartOpportunities(database.sqlite, CLIENT_A, 'P-1', 10);
    // Client B defines the same part number differently: it must not leak into A's entry.
    addPartOpportunities(database.sqlite, CLIENT_B, 'P-1', 3);
    addQuality(database.sqlite, {
      job_id: 'J-A',
      units_inspected: 100,
      units_defective: 5,
      units_passed: 95,
      total_defects_count: 5,
    });
    const dpmo = kpi(run(), 'dpmo');
    expect(dpmo).toMatchObject({
      numerator: 5,
      denominator: 1000,
      rows: 1,
      inferred_rows: 0,
      estimated: false,
      confidence: 1,
    });
    expect(dpmo.value).toBeCloseTo(5000, 9);
  });

  it('rule 2: the client’s dpmo_opportunities_default when the part has no row (confidence 0.5)', () => {
    database.sqlite
      .prepare('UPDATE client_config SET dpmo_opportunities_default = 4 WHERE client_id = ?')
      .run(CLIENT_A);
    addQuality(database.sqlite, {
      job_id: 'J-A',
      units_inspected: 100,
      units_defective: 5,
      units_passed: 95,
      total_defects_count: 8,
    });
    const dpmo = kpi(run(), 'dpmo');
    expect(dpmo).toMatchObject({
      numerator: 8,
      denominator: 400,
      rows: 1,
      inferred_rows: 1,
      estimated: true,
      confidence: 0.5,
    });
    expect(dpmo.value).toBeCloseTo(20_000, 9);
  });

  it('rule 2 also for an entry with no job, a job with no part_number, or a part row with no count', () => {
    database.sqlite
      .prepare('UPDATE client_config SET dpmo_opportunities_default = 2 WHERE client_id = ?')
      .run(CLIENT_A);
    store(database.sqlite).create(TABLE_SPECS.job, {
      job_id: 'J-NOPART',
      work_order_id: 'WO-A',
      client_id: CLIENT_A,
    });
    store(database.sqlite).create(TABLE_SPECS.job, {
      job_id: 'J-P2',
      work_order_id: 'WO-A',
      client_id: CLIENT_A,
      part_number: 'P-2',
    });
    addPartOpportunities(database.sqlite, CLIENT_A, 'P-2', null);
    for (const job_id of [null, 'J-NOPART', 'J-P2']) {
      addQuality(database.sqlite, {
        job_id,
        units_inspected: 10,
        units_defective: 1,
        units_passed: 9,
        total_defects_count: 1,
      });
    }
    expect(kpi(run(), 'dpmo')).toMatchObject({
      numerator: 3,
      denominator: 60,
      rows: 3,
      inferred_rows: 3,
      confidence: 0.5,
    });
  });

  it('the client default is 1 when the client has no (live) config row', () => {
    softDelete(database.sqlite, 'client_config', 'client_id = ?', CLIENT_A);
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_defective: 5,
      units_passed: 95,
      total_defects_count: 5,
    });
    expect(kpi(run(), 'dpmo')).toMatchObject({ denominator: 100, inferred_rows: 1, confidence: 0.5 });
  });

  it('ignores a soft-deleted part row or job (they fill nothing)', () => {
    addPartOpportunities(database.sqlite, CLIENT_A, 'P-1', 47);
    softDelete(database.sqlite, 'part_opportunities', 'client_id = ? AND part_number = ?', CLIENT_A, 'P-1');
    addQuality(database.sqlite, {
      job_id: 'J-A',
      units_inspected: 100,
      units_defective: 5,
      units_passed: 95,
      total_defects_count: 5,
    });
    expect(kpi(run(), 'dpmo')).toMatchObject({ denominator: 100, inferred_rows: 1 });
    database.sqlite.prepare('UPDATE part_opportunities SET deleted_at = NULL').run();
    softDelete(database.sqlite, 'job', 'job_id = ?', 'J-A');
    expect(kpi(run(), 'dpmo')).toMatchObject({ denominator: 100, inferred_rows: 1 });
  });

  it('confidence is the mean over the rows; each row weighs its own opportunities', () => {
    addPartOpportunities(database.sqlite, CLIENT_A, 'P-1', 10);
    addQuality(database.sqlite, {
      job_id: 'J-A',
      units_inspected: 100,
      units_defective: 5,
      units_passed: 95,
      total_defects_count: 5,
    });
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_defective: 5,
      units_passed: 95,
      total_defects_count: 5,
    });
    const dpmo = kpi(run(), 'dpmo');
    expect(dpmo).toMatchObject({
      numerator: 10,
      denominator: 1100,
      rows: 2,
      inferred_rows: 1,
      estimated: true,
      confidence: 0.75,
    });
    // PPM and FPY infer nothing, whatever DPMO did.
    expect(kpi(run(), 'ppm')).toMatchObject({ estimated: false, confidence: 1 });
  });

  it('does not depend on the query: the same entry gets the same opportunities whatever the range or grouping', () => {
    addPartOpportunities(database.sqlite, CLIENT_A, 'P-1', 10);
    addQuality(database.sqlite, {
      job_id: 'J-A',
      units_inspected: 100,
      units_defective: 5,
      units_passed: 95,
      total_defects_count: 5,
    });
    const narrow = kpi(run(), 'dpmo');
    const wide = kpi(run({ from: '2025-01-01', to: '2026-12-31', by: 'style' }), 'dpmo');
    const leader = kpi(run({}, LEADER_A), 'dpmo');
    expect(wide.denominator).toBe(narrow.denominator);
    expect(leader.denominator).toBe(narrow.denominator);
  });
});

describe('no data is not zero', () => {
  it('no rows in scope → every quality KPI is null with 0 rows', () => {
    const output = run();
    for (const key of ['ppm', 'dpmo', 'fpy', 'rty'] as const) {
      expect(kpi(output, key)).toMatchObject({ value: null, rows: 0, estimated: false, confidence: 1 });
    }
    expect(kpi(output, 'dpmo').details?.sigma).toBeNull();
  });

  it('0 units inspected → null, never 0 or 100', () => {
    addQuality(database.sqlite, {
      units_inspected: 0,
      units_passed: 0,
      units_defective: 0,
      total_defects_count: 0,
    });
    const output = run();
    for (const key of ['ppm', 'dpmo', 'fpy', 'rty'] as const) expect(kpi(output, key).value).toBeNull();
    expect(kpi(output, 'ppm').rows).toBe(1);
  });

  it('an entry with a blank count feeds no KPI that needs it, and is counted as skipped', () => {
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_passed: null,
      units_defective: 4,
      total_defects_count: null,
    });
    addQuality(database.sqlite, {
      units_inspected: null,
      units_passed: 10,
      units_defective: 1,
      total_defects_count: 1,
    });
    const output = run();
    expect(kpi(output, 'ppm')).toMatchObject({
      numerator: 4,
      denominator: 100,
      rows: 1,
      details: { skipped: 1 },
    });
    expect(kpi(output, 'dpmo')).toMatchObject({ value: null, rows: 0, details: { skipped: 2, sigma: null } });
    expect(kpi(output, 'fpy')).toMatchObject({ value: null, rows: 0, details: { skipped: 2 } });
    expect(kpi(output, 'rty').value).toBeNull();
  });
});

describe('DPMO edge cases', () => {
  it('no defect → DPMO 0 and sigma 6.0 (the cap)', () => {
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_passed: 100,
      units_defective: 0,
      total_defects_count: 0,
    });
    const dpmo = kpi(run(), 'dpmo');
    expect(dpmo.value).toBe(0);
    expect(dpmo.details?.sigma).toBe(6);
  });

  it('more defects than opportunities → the value as is, sigma null and verify_inputs', () => {
    addQuality(database.sqlite, {
      units_inspected: 10,
      units_passed: 0,
      units_defective: 10,
      total_defects_count: 25,
    });
    const dpmo = kpi(run(), 'dpmo');
    expect(dpmo.value).toBeCloseTo(2_500_000, 6);
    expect(dpmo.details?.sigma).toBeNull();
    expect(dpmo.warnings).toEqual(['verify_inputs']);
  });
});

describe('rows in scope', () => {
  it('counts the range inclusively and ignores soft-deleted entries', () => {
    addQuality(database.sqlite, {
      shift_date: '2026-03-03',
      units_inspected: 100,
      units_defective: 1,
      units_passed: 99,
      total_defects_count: 1,
    });
    addQuality(database.sqlite, {
      shift_date: '2026-03-05',
      units_inspected: 100,
      units_defective: 3,
      units_passed: 97,
      total_defects_count: 3,
    });
    addQuality(database.sqlite, {
      shift_date: '2026-03-06',
      units_inspected: 100,
      units_defective: 50,
      units_passed: 50,
      total_defects_count: 50,
    });
    const gone = addQuality(database.sqlite, {
      shift_date: '2026-03-04',
      units_inspected: 100,
      units_defective: 90,
      units_passed: 10,
      total_defects_count: 90,
    });
    softDelete(database.sqlite, 'quality_entry', 'quality_entry_id = ?', gone.quality_entry_id);
    const ppm = kpi(run({ from: '2026-03-03', to: '2026-03-05' }), 'ppm');
    expect(ppm).toMatchObject({ numerator: 4, denominator: 200, rows: 2 });
  });

  it('a user of client A never gets a row of client B counted', () => {
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_defective: 2,
      units_passed: 98,
      total_defects_count: 2,
    });
    addQuality(database.sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-B',
      job_id: 'J-B',
      units_inspected: 1_000_000,
      units_defective: 999_999,
      units_passed: 1,
      total_defects_count: 5_000_000,
      operation_checked: 'B_ONLY_OPERATION',
    });
    addPartOpportunities(database.sqlite, CLIENT_B, 'P-1', 1000);
    const output = run({ by: 'operation' }, LEADER_A);
    expect(kpi(output, 'ppm')).toMatchObject({ numerator: 2, denominator: 100, rows: 1 });
    expect(kpi(output, 'dpmo')).toMatchObject({ numerator: 2, denominator: 100, rows: 1 });
    expect(kpi(output, 'fpy')).toMatchObject({ numerator: 98, denominator: 100 });
    expect(kpi(output, 'rty').value).toBeCloseTo(98, 12);
    expect([...output.groups.keys()]).toEqual(['SEWING']);
    expect(() => run({ clientIds: [CLIENT_B] }, LEADER_A)).toThrow(/not one of your clients/);
    // The same data seen by an admin does include B: the filter is the scope, not the data.
    expect(kpi(run(), 'ppm').rows).toBe(2);
  });
});

describe('grouping', () => {
  // E1..E4 of client A spread over days, weeks, months, shifts, work orders, styles and operations.
  beforeEach(() => {
    store(database.sqlite).create(TABLE_SPECS.work_order, {
      work_order_id: 'WO-A2',
      client_id: CLIENT_A,
      style_model: 'ST-2',
    });
    addQuality(database.sqlite, {
      shift_date: '2026-03-02',
      shift_type: 'SHIFT_1ST',
      operation_checked: 'SEWING',
      units_inspected: 100,
      units_passed: 90,
      units_defective: 10,
      total_defects_count: 12,
    });
    addQuality(database.sqlite, {
      shift_date: '2026-03-09',
      shift_type: 'SHIFT_2ND',
      work_order_id: 'WO-A2',
      operation_checked: 'CUTTING',
      units_inspected: 200,
      units_passed: 190,
      units_defective: 10,
      total_defects_count: 10,
    });
    addQuality(database.sqlite, {
      shift_date: '2026-04-01',
      shift_type: 'SHIFT_1ST',
      operation_checked: null,
      units_inspected: 50,
      units_passed: 50,
      units_defective: 0,
      total_defects_count: 0,
    });
    addQuality(database.sqlite, {
      shift_date: '2026-04-01',
      shift_type: null,
      operation_checked: null,
      units_inspected: 50,
      units_passed: 40,
      units_defective: 10,
      total_defects_count: 10,
    });
  });
  const range = { from: '2026-03-02', to: '2026-04-30' };

  function keys(output: FamilyOutput): string[] {
    return [...output.groups.keys()].sort();
  }

  it('the total is the same whatever the grouping, and counts rows whose key is blank', () => {
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
      const output = run({ ...range, by });
      expect(kpi(output, 'ppm')).toMatchObject({ numerator: 30, denominator: 400, rows: 4 });
      expect(kpi(output, 'rty').value).toBeCloseTo(0.9 * 0.95 * 0.9 * 100, 12);
    }
  });

  it('by client', () => {
    const output = run({ ...range, by: 'client' });
    expect(keys(output)).toEqual([CLIENT_A]);
    expect(groupKpi(output, CLIENT_A, 'ppm')).toEqual(kpi(output, 'ppm'));
  });

  it('by day, week and month (shift_date)', () => {
    const day = run({ ...range, by: 'day' });
    expect(keys(day)).toEqual(['2026-03-02', '2026-03-09', '2026-04-01']);
    expect(groupKpi(day, '2026-04-01', 'fpy')).toMatchObject({ numerator: 90, denominator: 100, rows: 2 });
    const week = run({ ...range, by: 'week' });
    expect(keys(week)).toEqual(['2026-W10', '2026-W11', isoWeekKey('2026-04-01')]);
    expect(groupKpi(week, '2026-W11', 'ppm').value).toBeCloseTo(50_000, 9);
    const month = run({ ...range, by: 'month' });
    expect(keys(month)).toEqual(['2026-03', '2026-04']);
    expect(groupKpi(month, '2026-03', 'ppm')).toMatchObject({ numerator: 20, denominator: 300 });
    expect(groupKpi(month, '2026-03', 'rty').value).toBeCloseTo(0.9 * 0.95 * 100, 12);
  });

  it('by shift (shift_type); an entry with no shift belongs to no group', () => {
    const output = run({ ...range, by: 'shift' });
    expect(keys(output)).toEqual(['SHIFT_1ST', 'SHIFT_2ND']);
    expect(groupKpi(output, 'SHIFT_1ST', 'fpy')).toMatchObject({ numerator: 140, denominator: 150, rows: 2 });
  });

  it('by work order and by style (the work order’s style_model)', () => {
    const wo = run({ ...range, by: 'work_order' });
    expect(keys(wo)).toEqual(['WO-A', 'WO-A2']);
    expect(groupKpi(wo, 'WO-A', 'ppm')).toMatchObject({ numerator: 20, denominator: 200, rows: 3 });
    const style = run({ ...range, by: 'style' });
    expect(keys(style)).toEqual(['ST-2']);
    expect(groupKpi(style, 'ST-2', 'dpmo')).toMatchObject({ numerator: 10, denominator: 200, rows: 1 });
  });

  it('by operation (operation_checked): each group’s RTY is its FPY; blank operations form no group', () => {
    const output = run({ ...range, by: 'operation' });
    expect(keys(output)).toEqual(['CUTTING', 'SEWING']);
    for (const key of keys(output)) {
      expect(groupKpi(output, key, 'rty').value).toBeCloseTo(
        groupKpi(output, key, 'fpy').value ?? Number.NaN,
        12,
      );
    }
    expect(groupKpi(output, 'SEWING', 'fpy').value).toBeCloseTo(90, 12);
  });

  it('no grouping → no groups', () => {
    expect(run(range).groups.size).toBe(0);
  });
});
