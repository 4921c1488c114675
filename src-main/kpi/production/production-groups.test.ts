import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dimension } from '../../../src-shared/kpi/dimensions';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import type { PartialKpis } from '../family';
import {
  addDowntime,
  addProduction,
  addWorkOrder,
  freshDb,
  runFamily,
} from './production-fixture.test-support';

/**
 * Grouping (KPIS.md § Precise readings): one group per key with at least one row; availability's
 * planned and downtime hours both come from the group's own rows; availability and OEE have no
 * groups by operation (the engine fills them with no data there).
 */

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
  addWorkOrder(database.sqlite, { work_order_id: 'WO-1', style_model: 'ST-1', ideal_cycle_time: 0.1 });
  addWorkOrder(database.sqlite, { work_order_id: 'WO-2', style_model: 'ST-2', ideal_cycle_time: 0.2 });
  // Two weeks, two months, two shifts, two work orders / styles, two operations; WO-A has no style.
  addProduction(database.sqlite, {
    work_order_id: 'WO-1',
    shift_date: '2026-02-27',
    operation_id: 'SEW',
    shift_hours_scheduled: 10,
  });
  addProduction(database.sqlite, {
    work_order_id: 'WO-2',
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_2ND',
    operation_id: 'CUT',
    shift_hours_scheduled: 10,
  });
  addProduction(database.sqlite, {
    work_order_id: 'WO-A',
    shift_date: '2026-03-02',
    shift_type: null,
    operation_id: null,
    shift_hours_scheduled: 10,
  });
  addDowntime(database.sqlite, {
    work_order_id: 'WO-1',
    shift_date: '2026-02-27',
    downtime_duration_minutes: 60,
  });
  addDowntime(database.sqlite, {
    work_order_id: 'WO-2',
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_2ND',
    downtime_duration_minutes: 120,
  });
});
afterEach(() => database.close());

function groups(by: Dimension): Map<string, PartialKpis> {
  return runFamily(database.sqlite, { from: '2026-02-01', to: '2026-03-31', by }).groups;
}

function value(kpis: PartialKpis | undefined, key: KpiKey): number | null | undefined {
  return kpis?.[key]?.value;
}

describe('groups of the production family', () => {
  it('by day: YYYY-MM-DD keys, downtime of the day', () => {
    const g = groups('day');
    expect([...g.keys()].sort()).toEqual(['2026-02-27', '2026-03-02']);
    expect(value(g.get('2026-02-27'), 'availability')).toBeCloseTo(90, 12);
    expect(value(g.get('2026-03-02'), 'availability')).toBeCloseTo((1 - 2 / 20) * 100, 12);
    expect(g.get('2026-03-02')?.efficiency?.rows).toBe(2);
  });

  it('by week: ISO YYYY-Www keys', () => {
    const g = groups('week');
    expect([...g.keys()].sort()).toEqual(['2026-W09', '2026-W10']);
    expect(value(g.get('2026-W09'), 'availability')).toBeCloseTo(90, 12);
  });

  it('by month: YYYY-MM keys', () => {
    const g = groups('month');
    expect([...g.keys()].sort()).toEqual(['2026-02', '2026-03']);
    expect(g.get('2026-03')?.availability?.details).toMatchObject({ planned_hours: 20, downtime_hours: 2 });
  });

  it('by shift: shift_type keys, downtime of that shift; an entry without shift is in the total only', () => {
    const out = runFamily(database.sqlite, { from: '2026-02-01', to: '2026-03-31', by: 'shift' });
    expect([...out.groups.keys()].sort()).toEqual(['SHIFT_1ST', 'SHIFT_2ND']);
    expect(value(out.groups.get('SHIFT_2ND'), 'availability')).toBeCloseTo(80, 12);
    expect(value(out.groups.get('SHIFT_1ST'), 'availability')).toBeCloseTo(90, 12);
    expect(out.total.availability?.details).toMatchObject({ planned_hours: 30, downtime_hours: 3 });
  });

  it('by work order: downtime of that order; the OEE of each group from its own factors', () => {
    const g = groups('work_order');
    expect([...g.keys()].sort()).toEqual(['WO-1', 'WO-2', 'WO-A']);
    expect(value(g.get('WO-1'), 'availability')).toBeCloseTo(90, 12);
    expect(value(g.get('WO-A'), 'availability')).toBe(100);
    // WO-1: P = 100 × 0.1 / 8 h run = 125 % → capped; Q = 100 %.
    expect(value(g.get('WO-1'), 'performance')).toBeCloseTo(125, 12);
    expect(value(g.get('WO-1'), 'oee')).toBeCloseTo(90, 12);
  });

  it('by style: the work order’s style_model; an order without style is in no group', () => {
    const g = groups('style');
    expect([...g.keys()].sort()).toEqual(['ST-1', 'ST-2']);
    expect(value(g.get('ST-2'), 'availability')).toBeCloseTo(80, 12);
    expect(value(g.get('ST-1'), 'efficiency')).toBeCloseTo(((100 * 0.1) / (12 * 10)) * 100, 12);
  });

  it('by client: client_id keys', () => {
    addProduction(database.sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-B',
      shift_date: '2026-03-02',
      shift_hours_scheduled: 8,
    });
    const out = runFamily(database.sqlite, {
      from: '2026-02-01',
      to: '2026-03-31',
      by: 'client',
      scope: SYSTEM_SCOPE,
    });
    expect([...out.groups.keys()].sort()).toEqual([CLIENT_A, CLIENT_B]);
    expect(value(out.groups.get(CLIENT_B), 'availability')).toBe(100);
    expect(value(out.groups.get(CLIENT_A), 'availability')).toBeCloseTo((1 - 3 / 30) * 100, 12);
  });

  it('by operation: efficiency, performance and quality rate per operation_id; no availability or OEE groups', () => {
    const out = runFamily(database.sqlite, { from: '2026-02-01', to: '2026-03-31', by: 'operation' });
    expect([...out.groups.keys()].sort()).toEqual(['CUT', 'SEW']);
    const sew = out.groups.get('SEW');
    expect(value(sew, 'efficiency')).toBeCloseTo(((100 * 0.1) / (12 * 10)) * 100, 12);
    expect(Object.keys(sew ?? {}).sort()).toEqual(['efficiency', 'performance', 'quality_rate']);
    // The total still has both.
    expect(out.total.availability?.value).toBeCloseTo(90, 12);
    expect(out.total.oee?.value).not.toBeNull();
  });

  it('a group with downtime but no production: availability null with the warning', () => {
    addDowntime(database.sqlite, {
      work_order_id: 'WO-A',
      shift_date: '2026-03-10',
      downtime_duration_minutes: 10,
    });
    const g = groups('day').get('2026-03-10');
    expect(g?.availability).toMatchObject({ value: null, warnings: ['downtime_without_production'] });
    expect(g?.oee?.value).toBeNull();
    expect(g?.efficiency).toMatchObject({ value: null, rows: 0 });
  });

  it('no grouping: no groups', () => {
    expect(runFamily(database.sqlite, { from: '2026-02-01', to: '2026-03-31' }).groups.size).toBe(0);
  });
});
