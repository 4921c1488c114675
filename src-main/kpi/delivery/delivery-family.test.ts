import type BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/contract/errors';
import type { KpiQuery } from '../../../src-shared/kpi/report';
import { deliveryFamily } from './delivery-family';
import {
  addOrder,
  addProduction,
  CLIENT_A,
  CLIENT_B,
  context,
  kpiDb,
  LEADER_A,
  report,
  softDelete,
} from './kpi-fixture.test-support';

const MARCH: KpiQuery = { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-20' };

let sqlite: BetterSqlite3.Database;
beforeEach(() => {
  sqlite = kpiDb();
});

/** OTD and TRUE-OTD of the whole scope through the engine. */
function otd(query: KpiQuery = MARCH, scope = undefined) {
  const { kpis } = report(sqlite, query, scope);
  return { otd: kpis.otd, trueOtd: kpis.true_otd };
}

/** The measured promised date of one order: the only day in March where it is measured. */
function measuredOn(orderId: string): string[] {
  const { groups } = report(sqlite, { ...MARCH, by: 'day', clientIds: undefined });
  const days: string[] = [];
  for (const g of groups) {
    const hit = report(sqlite, { ...MARCH, from: g.key, to: g.key, by: 'work_order' }).groups.find(
      (w) => w.key === orderId,
    );
    if (hit && hit.kpis.otd.denominator > 0) days.push(g.key);
  }
  return days;
}

describe('OTD: no data', () => {
  it('is null, not 0 or 100, with no order in scope', () => {
    const { otd: o, trueOtd } = otd();
    expect(o.value).toBeNull();
    expect(trueOtd.value).toBeNull();
    expect(o).toMatchObject({ numerator: 0, denominator: 0, rows: 0, unit: '%' });
  });

  it('is null when no order is measured yet (undelivered, promised on or after D)', () => {
    addOrder(sqlite, 'WO-1', { planned_ship_date: '2026-03-20' });
    addOrder(sqlite, 'WO-2', { planned_ship_date: '2026-03-25', status: 'COMPLETED' });
    expect(otd().otd.value).toBeNull();
    expect(otd().trueOtd.value).toBeNull();
  });
});

describe('OTD: measured and on time', () => {
  it('delivered on P is on time, a day after is late, before P is on time', () => {
    addOrder(sqlite, 'WO-ON', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-10' });
    addOrder(sqlite, 'WO-LATE', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-11' });
    addOrder(sqlite, 'WO-EARLY', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-02' });
    const { otd: o } = otd();
    expect(o.value).toBeCloseTo(66.6667, 3);
    expect(o).toMatchObject({
      numerator: 2,
      denominator: 3,
      rows: 3,
      confidence: 1,
      estimated: false,
      inferred_rows: 0,
    });
  });

  it('measures undelivered orders with P < D as overdue (late), not those with P ≥ D', () => {
    addOrder(sqlite, 'WO-OVERDUE', { planned_ship_date: '2026-03-19' });
    addOrder(sqlite, 'WO-DUE-ON-D', { planned_ship_date: '2026-03-20' });
    addOrder(sqlite, 'WO-ON', { planned_ship_date: '2026-03-19', actual_delivery_date: '2026-03-18' });
    const { otd: o } = otd();
    expect(o).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(o.details).toMatchObject({ overdue: 1 });
  });

  it('measures a delivered order promised after D (delivery is as stored now)', () => {
    addOrder(sqlite, 'WO-1', { planned_ship_date: '2026-03-28', actual_delivery_date: '2026-03-25' });
    expect(otd().otd).toMatchObject({ value: 100, denominator: 1 });
  });

  it('measures only orders promised within [from, to]', () => {
    addOrder(sqlite, 'WO-FEB', { planned_ship_date: '2026-02-28', actual_delivery_date: '2026-03-05' });
    addOrder(sqlite, 'WO-APR', { planned_ship_date: '2026-04-01', actual_delivery_date: '2026-03-05' });
    addOrder(sqlite, 'WO-MAR', { planned_ship_date: '2026-03-31', actual_delivery_date: '2026-03-05' });
    expect(otd().otd).toMatchObject({ value: 100, denominator: 1 });
  });

  it('counts orders of every status for OTD and only COMPLETED ones for TRUE-OTD', () => {
    addOrder(sqlite, 'WO-ACTIVE', {
      status: 'ACTIVE',
      planned_ship_date: '2026-03-10',
      actual_delivery_date: '2026-03-12',
    });
    addOrder(sqlite, 'WO-CANCELLED', {
      status: 'CANCELLED',
      planned_ship_date: '2026-03-10',
      actual_delivery_date: '2026-03-10',
    });
    addOrder(sqlite, 'WO-DONE', {
      status: 'COMPLETED',
      planned_ship_date: '2026-03-10',
      actual_delivery_date: '2026-03-10',
    });
    addOrder(sqlite, 'WO-DONE-LATE', {
      status: 'COMPLETED',
      planned_ship_date: '2026-03-10',
      actual_delivery_date: '2026-03-15',
    });
    const { otd: o, trueOtd } = otd();
    expect(o).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
    expect(trueOtd).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
  });

  it('ignores soft-deleted orders', () => {
    addOrder(sqlite, 'WO-1', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-10' });
    addOrder(sqlite, 'WO-2', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-19' });
    softDelete(sqlite, 'work_order', 'work_order_id', 'WO-2');
    expect(otd().otd).toMatchObject({ value: 100, denominator: 1 });
  });
});

describe('OTD: promised date inference', () => {
  it('rule 1: planned_ship_date (1.0) wins over required_date', () => {
    addOrder(sqlite, 'WO-1', {
      planned_ship_date: '2026-03-10',
      required_date: '2026-03-05',
      actual_delivery_date: '2026-03-08',
    });
    expect(otd().otd).toMatchObject({ value: 100, confidence: 1, estimated: false });
    expect(measuredOn('WO-1')).toEqual(['2026-03-10']);
  });

  it('rule 2: required_date (0.8)', () => {
    addOrder(sqlite, 'WO-1', {
      required_date: '2026-03-10',
      actual_start_date: '2026-03-01',
      planned_quantity: 10,
      actual_delivery_date: '2026-03-11',
    });
    expect(otd().otd).toMatchObject({
      value: 0,
      denominator: 1,
      confidence: 0.8,
      inferred_rows: 1,
      estimated: true,
    });
    expect(measuredOn('WO-1')).toEqual(['2026-03-10']);
  });

  it('rule 3 with the order’s own cycle time: start + ceil(qty × ct / 9 h) days (0.5)', () => {
    // 100 × 0.5 / 9 = 5.56 → 6 days after 03-01.
    addOrder(sqlite, 'WO-1', {
      actual_start_date: '2026-03-01',
      planned_quantity: 100,
      ideal_cycle_time: 0.5,
      actual_delivery_date: '2026-03-07',
    });
    expect(otd().otd).toMatchObject({ value: 100, confidence: 0.5, inferred_rows: 1 });
    expect(measuredOn('WO-1')).toEqual(['2026-03-07']);
  });

  it('rule 3 starts from actual_start_date, else planned_start_date', () => {
    addOrder(sqlite, 'WO-ACT', {
      actual_start_date: '2026-03-02',
      planned_start_date: '2026-02-01',
      planned_quantity: 9,
      ideal_cycle_time: 1,
      actual_delivery_date: '2026-03-03',
    });
    addOrder(sqlite, 'WO-PLAN', {
      planned_start_date: '2026-03-10',
      planned_quantity: 18,
      ideal_cycle_time: 1,
      actual_delivery_date: '2026-03-15',
    });
    expect(measuredOn('WO-ACT')).toEqual(['2026-03-03']);
    expect(measuredOn('WO-PLAN')).toEqual(['2026-03-12']);
  });

  it('rule 3 with the unweighted style mean of the same client’s orders (min(0.5, 0.7) = 0.5), whatever the range or user', () => {
    // Style S-1 of client A: 0.2 and 0.4 → 0.3 (0.30000000000000004 in binary: 90 × it / 9 must stay 3 days).
    addOrder(sqlite, 'WO-S1', { style_model: 'S-1', ideal_cycle_time: 0.2, planned_ship_date: '2025-01-10' });
    addOrder(sqlite, 'WO-S2', { style_model: 'S-1', ideal_cycle_time: 0.4, planned_ship_date: '2027-01-10' });
    addOrder(sqlite, 'WO-S-DELETED', { style_model: 'S-1', ideal_cycle_time: 9 });
    softDelete(sqlite, 'work_order', 'work_order_id', 'WO-S-DELETED');
    addOrder(sqlite, 'WO-S-B', { client_id: CLIENT_B, style_model: 'S-1', ideal_cycle_time: 5 });
    addOrder(sqlite, 'WO-1', {
      style_model: 'S-1',
      actual_start_date: '2026-03-01',
      planned_quantity: 90,
      actual_delivery_date: '2026-03-04',
    });
    expect(report(sqlite, MARCH, LEADER_A).kpis.otd).toMatchObject({
      value: 100,
      denominator: 1,
      confidence: 0.5,
    });
    expect(measuredOn('WO-1')).toEqual(['2026-03-04']);
  });

  it('rule 3 with the client default cycle time (0.4); an empty style has no style mean', () => {
    sqlite
      .prepare('UPDATE client_config SET default_cycle_time_hours = 0.5 WHERE client_id = ?')
      .run(CLIENT_A);
    addOrder(sqlite, 'WO-EMPTY-STYLE', {
      style_model: '',
      ideal_cycle_time: 9,
      planned_ship_date: '2025-01-01',
    });
    // 36 × 0.5 / 9 = 2 days.
    addOrder(sqlite, 'WO-1', {
      style_model: '',
      actual_start_date: '2026-03-01',
      planned_quantity: 36,
      actual_delivery_date: '2026-03-03',
    });
    expect(otd().otd).toMatchObject({ value: 100, denominator: 1, confidence: 0.4 });
    expect(measuredOn('WO-1')).toEqual(['2026-03-03']);
  });

  it('rule 3 divides by the client’s SHIFT_1ST calendar hours, 9 without a calendar row', () => {
    sqlite
      .prepare(
        "UPDATE shift SET start_time = '06:00', end_time = '14:00', break_minutes = 0 WHERE client_id = ? AND shift_type = 'SHIFT_1ST'",
      )
      .run(CLIENT_A);
    softDelete(sqlite, 'shift', "client_id = 'CLIENT-B' AND shift_type", 'SHIFT_1ST');
    // 18 × 1 / 8 = 2.25 → 3 days (A); 18 / 9 = 2 days (B, no calendar row).
    addOrder(sqlite, 'WO-A', {
      actual_start_date: '2026-03-01',
      planned_quantity: 18,
      ideal_cycle_time: 1,
      actual_delivery_date: '2026-03-04',
    });
    addOrder(sqlite, 'WO-B', {
      client_id: CLIENT_B,
      actual_start_date: '2026-03-01',
      planned_quantity: 18,
      ideal_cycle_time: 1,
      actual_delivery_date: '2026-03-03',
    });
    expect(measuredOn('WO-A')).toEqual(['2026-03-04']);
    expect(measuredOn('WO-B')).toEqual(['2026-03-03']);
  });

  it('no rule applies: the order is skipped and counted in details.skipped (TRUE-OTD: the COMPLETED ones)', () => {
    addOrder(sqlite, 'WO-NOTHING', { actual_delivery_date: '2026-03-05' });
    addOrder(sqlite, 'WO-NO-QTY', {
      status: 'COMPLETED',
      actual_start_date: '2026-03-01',
      ideal_cycle_time: 1,
    });
    addOrder(sqlite, 'WO-NO-START', { planned_quantity: 10, ideal_cycle_time: 1 });
    addOrder(sqlite, 'WO-OK', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-10' });
    const { otd: o, trueOtd } = otd();
    expect(o).toMatchObject({ value: 100, denominator: 1 });
    expect(o.details).toEqual({ skipped: 3, overdue: 0 });
    expect(trueOtd.details).toEqual({ skipped: 1, overdue: 0 });
  });

  it('mixes confidences as the mean over measured orders', () => {
    addOrder(sqlite, 'WO-1', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-10' });
    addOrder(sqlite, 'WO-2', { required_date: '2026-03-10', actual_delivery_date: '2026-03-10' });
    addOrder(sqlite, 'WO-3', {
      actual_start_date: '2026-03-01',
      planned_quantity: 9,
      actual_delivery_date: '2026-03-10',
    });
    const o = otd().otd;
    expect(o.confidence).toBeCloseTo((1 + 0.8 + 0.4) / 3, 12);
    expect(o.inferred_rows).toBe(2);
  });
});

describe('OTD: groups', () => {
  beforeEach(() => {
    addOrder(sqlite, 'WO-1', {
      style_model: 'S-1',
      planned_ship_date: '2026-03-02',
      actual_delivery_date: '2026-03-02',
    });
    addOrder(sqlite, 'WO-2', {
      style_model: 'S-1',
      planned_ship_date: '2026-03-09',
      actual_delivery_date: '2026-03-12',
    });
    addOrder(sqlite, 'WO-3', {
      planned_ship_date: '2026-03-09',
      actual_delivery_date: '2026-03-09',
      status: 'COMPLETED',
    });
    addOrder(sqlite, 'WO-B1', {
      client_id: CLIENT_B,
      style_model: 'S-2',
      planned_ship_date: '2026-04-02',
      actual_delivery_date: '2026-04-10',
    });
    addOrder(sqlite, 'WO-FUTURE', { planned_ship_date: '2026-03-25' });
  });
  const APRIL_TOO: KpiQuery = { from: '2026-03-01', to: '2026-04-30', asOf: '2026-03-20' };
  const values = (by: KpiQuery['by']) =>
    Object.fromEntries(report(sqlite, { ...APRIL_TOO, by }).groups.map((g) => [g.key, g.kpis.otd.value]));

  it('by client', () => {
    expect(values('client')).toEqual({ [CLIENT_A]: (2 / 3) * 100, [CLIENT_B]: 0 });
  });

  it('by day, week and month of the promised date (groups only where an order is measured)', () => {
    expect(values('day')).toEqual({ '2026-03-02': 100, '2026-03-09': 50, '2026-04-02': 0 });
    expect(values('week')).toEqual({ '2026-W10': 100, '2026-W11': 50, '2026-W14': 0 });
    expect(values('month')).toEqual({ '2026-03': (2 / 3) * 100, '2026-04': 0 });
  });

  it('by work order and style (an order without style counts in the total only)', () => {
    expect(values('work_order')).toEqual({ 'WO-1': 100, 'WO-2': 0, 'WO-3': 100, 'WO-B1': 0 });
    expect(values('style')).toEqual({ 'S-1': 50, 'S-2': 0 });
    expect(report(sqlite, { ...APRIL_TOO, by: 'style' }).kpis.otd.denominator).toBe(4);
  });

  it('TRUE-OTD per group, null where no completed order is measured', () => {
    const groups = report(sqlite, { ...APRIL_TOO, by: 'work_order' }).groups;
    expect(groups.find((g) => g.key === 'WO-3')?.kpis.true_otd.value).toBe(100);
    expect(groups.find((g) => g.key === 'WO-1')?.kpis.true_otd.value).toBeNull();
  });

  it('is null in every group by shift and by operation', () => {
    addProduction(sqlite, 'PE-1', 'WO-1', '2026-03-02', { operation_id: 'SEW' });
    for (const by of ['shift', 'operation'] as const) {
      const groups = report(sqlite, { ...APRIL_TOO, by }).groups;
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) {
        expect(g.kpis.otd.value).toBeNull();
        expect(g.kpis.true_otd.value).toBeNull();
      }
      expect(deliveryFamily(context(sqlite, { ...APRIL_TOO, by })).groups.size).toBe(0);
      expect(report(sqlite, { ...APRIL_TOO, by }).kpis.otd.denominator).toBe(4);
    }
  });

  it('the groups add up to the total', () => {
    for (const by of ['client', 'day', 'week', 'month', 'work_order'] as const) {
      const out = deliveryFamily(context(sqlite, { ...APRIL_TOO, by }));
      const sum = [...out.groups.values()].reduce((s, g) => s + (g.otd?.denominator ?? 0), 0);
      expect(sum).toBe(out.total.otd?.denominator);
    }
  });
});

describe('OTD: scope', () => {
  it('a user of client A never gets a row of client B counted', () => {
    addOrder(sqlite, 'WO-A', { planned_ship_date: '2026-03-10', actual_delivery_date: '2026-03-10' });
    for (let i = 0; i < 500; i++) {
      addOrder(sqlite, `WO-B-${i}`, {
        client_id: CLIENT_B,
        planned_ship_date: '2026-03-10',
        actual_delivery_date: '2026-03-19',
      });
      addOrder(sqlite, `WO-BX-${i}`, { client_id: CLIENT_B });
    }
    const { kpis, groups } = report(sqlite, { ...MARCH, by: 'client' }, LEADER_A);
    expect(kpis.otd).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
      details: { skipped: 0, overdue: 0 },
    });
    expect(groups.map((g) => g.key)).toEqual([CLIENT_A]);
    expect(() => report(sqlite, { ...MARCH, clientIds: [CLIENT_B] }, LEADER_A)).toThrow(AppError);
    expect(report(sqlite, { ...MARCH, clientIds: [CLIENT_A] }).kpis.otd.denominator).toBe(1);
    expect(report(sqlite, MARCH).kpis.otd.denominator).toBe(501);
  });
});
