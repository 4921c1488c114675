import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { readThrough } from '../../db/read-connection';
import { computeKpis } from '../engine';
import {
  addDowntime,
  addProduction,
  addWorkOrder,
  DAY,
  freshDb,
  LEADER_A,
} from './production-fixture.test-support';

/** The production KPIs as every caller gets them: through computeKpis, with the other families. */

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(() => database.close());

describe('production KPIs through computeKpis', () => {
  it('worked examples: efficiency 23.15 %, availability 99.44 %, OEE 72.90 %', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-E', ideal_cycle_time: 0.25 });
    addProduction(database.sqlite, {
      work_order_id: 'WO-E',
      units_produced: 100,
      employees_assigned: 12,
      shift_hours_scheduled: 9,
    });
    let report = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY });
    expect(report.kpis.efficiency.value?.toFixed(2)).toBe('23.15');

    database.sqlite.prepare('DELETE FROM production_entry').run();
    for (let i = 0; i < 10; i++) addProduction(database.sqlite, { shift_hours_scheduled: 9 });
    addDowntime(database.sqlite, { downtime_duration_minutes: 30 });
    report = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY });
    expect(report.kpis.availability.value?.toFixed(2)).toBe('99.44');

    database.sqlite.prepare('DELETE FROM production_entry').run();
    database.sqlite.prepare('DELETE FROM downtime_entry').run();
    addWorkOrder(database.sqlite, { work_order_id: 'WO-O', ideal_cycle_time: 0.09 });
    addProduction(database.sqlite, {
      work_order_id: 'WO-O',
      units_produced: 100,
      units_defective: 10,
      shift_hours_scheduled: 10,
      run_time_hours: 10,
    });
    addDowntime(database.sqlite, { work_order_id: 'WO-O', downtime_duration_minutes: 60 });
    report = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY });
    expect(report.kpis.oee.value?.toFixed(2)).toBe('72.90');
  });

  it('no rows in scope: null, not 0', () => {
    const report = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY });
    for (const key of ['efficiency', 'performance', 'availability', 'quality_rate', 'oee'] as const) {
      expect(report.kpis[key]).toMatchObject({ value: null, rows: 0 });
    }
  });

  it('by operation: availability and OEE are no data in every group', () => {
    addProduction(database.sqlite, { operation_id: 'SEW' });
    addProduction(database.sqlite, { operation_id: 'CUT' });
    addDowntime(database.sqlite);
    const report = computeKpis(readThrough(database.sqlite), LEADER_A, {
      from: DAY,
      to: DAY,
      by: 'operation',
    });
    const keys = report.groups.map((g) => g.key);
    expect(keys).toEqual(expect.arrayContaining(['CUT', 'SEW']));
    for (const group of report.groups.filter((g) => ['CUT', 'SEW'].includes(g.key))) {
      expect(group.kpis.efficiency.value).not.toBeNull();
      expect(group.kpis.availability).toMatchObject({ value: null, rows: 0 });
      expect(group.kpis.oee).toMatchObject({ value: null, rows: 0 });
    }
    expect(report.kpis.availability.value).toBeCloseTo((1 - 0.5 / 18) * 100, 12);
  });

  it('a leader of client A never gets client B’s rows, whatever B holds', () => {
    addProduction(database.sqlite, { units_defective: 5 });
    addDowntime(database.sqlite);
    const alone = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY, asOf: DAY });
    addProduction(database.sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-B',
      units_produced: 1_000_000,
      units_defective: 999_999,
      employees_assigned: 1,
      shift_hours_scheduled: 1,
      run_time_hours: 1,
    });
    addDowntime(database.sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-B',
      downtime_duration_minutes: 1440,
    });
    const withB = computeKpis(readThrough(database.sqlite), LEADER_A, { from: DAY, to: DAY, asOf: DAY });
    for (const key of ['efficiency', 'performance', 'availability', 'quality_rate', 'oee'] as const) {
      expect(withB.kpis[key]).toEqual(alone.kpis[key]);
    }
    expect(withB.scope.clients).toEqual([CLIENT_A]);
    expect(withB.kpis.quality_rate.value).toBe(95);
  });
});
