import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { readThrough } from '../../db/read-connection';
import { computeKpis } from '../engine';
import { addPartOpportunities, addQuality, DAY, freshDb, LEADER_A } from './quality.test-support';

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await database.close();
});

describe('quality KPIs through computeKpis', () => {
  it('gives the worked examples’ values in one report', () => {
    addPartOpportunities(database.sqlite, CLIENT_A, 'P-1', 47);
    addQuality(database.sqlite, {
      job_id: 'J-A',
      operation_checked: 'CUTTING',
      units_inspected: 500,
      units_passed: 490,
      units_defective: 5,
      total_defects_count: 15,
    });
    const { kpis } = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY, asOf: DAY });
    expect(kpis.ppm.value).toBeCloseTo(10_000, 9);
    expect(kpis.dpmo.value?.toFixed(2)).toBe('638.30');
    expect(kpis.fpy.value).toBeCloseTo(98, 12);
    expect(kpis.rty.value).toBeCloseTo(98, 12);
  });

  it('no rows in scope → null, not 0', () => {
    const { kpis } = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY, asOf: DAY });
    for (const key of ['ppm', 'dpmo', 'fpy', 'rty'] as const) expect(kpis[key].value).toBeNull();
  });

  it('a group without quality rows gets null quality KPIs, and B’s rows never reach A', () => {
    addQuality(database.sqlite, {
      units_inspected: 100,
      units_passed: 90,
      units_defective: 10,
      total_defects_count: 10,
    });
    addQuality(database.sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-B',
      units_inspected: 9_000_000,
      units_passed: 0,
      units_defective: 9_000_000,
      total_defects_count: 9_000_000,
    });
    const report = computeKpis(readThrough(database.sqlite), LEADER_A, {
      from: DAY,
      to: DAY,
      asOf: DAY,
      by: 'operation',
    });
    expect(report.kpis.ppm).toMatchObject({ numerator: 10, denominator: 100 });
    expect(report.groups.map((g) => g.key)).toEqual(['SEWING']);
    expect(report.groups[0]?.kpis.fpy.value).toBeCloseTo(90, 12);
    expect(report.groups[0]?.kpis.absenteeism.value).toBeNull();
  });
});
