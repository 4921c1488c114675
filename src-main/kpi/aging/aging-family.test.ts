import type BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/domain/calendar';
import { localIsoDate } from '../../../src-shared/domain/plant-clock';
import type { KpiQuery } from '../../../src-shared/kpi/report';
import { netAgeDays } from '../../../src-shared/kpi/wip-aging';
import {
  addHold,
  addOrder,
  addProduction,
  CLIENT_A,
  CLIENT_B,
  context,
  kpiDb,
  LEADER_A,
  report,
  softDelete,
} from '../delivery/kpi-fixture.test-support';
import { agingFamily } from './aging-family';

const D = '2025-12-07';
const Q: KpiQuery = { from: '2025-12-01', to: '2025-12-31', asOf: D };

let sqlite: BetterSqlite3.Database;
beforeEach(() => {
  sqlite = kpiDb();
});

const wip = (query: KpiQuery = Q, scope = undefined) => report(sqlite, query, scope).kpis.wip_aging;
const holdAging = (query: KpiQuery = Q, scope = undefined) => report(sqlite, query, scope).kpis.hold_aging;
/** Net age per work order through the engine (one order per group; groups of other families' rows left out). */
const agesByOrder = (query: KpiQuery = Q) =>
  Object.fromEntries(
    report(sqlite, { ...query, by: 'work_order' })
      .groups.filter((g) => g.kpis.wip_aging.value !== null)
      .map((g) => [g.key, g.kpis.wip_aging.value]),
  );

describe('WIP aging', () => {
  it('worked example: start 2025-12-01, hold 12-03 through 12-04, as of 12-07 → net age 5 days', () => {
    addOrder(sqlite, 'WO-1', { actual_start_date: '2025-12-01' });
    addHold(sqlite, 'H-1', 'WO-1', '2025-12-03', { hold_status: 'RESUMED', resume_date: '2025-12-04' });
    expect(wip()).toMatchObject({
      value: 5,
      numerator: 5,
      denominator: 1,
      unit: 'days',
      rows: 1,
      confidence: 1,
      estimated: false,
    });
  });

  it('is null, not 0, with no open order started by D', () => {
    expect(wip().value).toBeNull();
    addOrder(sqlite, 'WO-LATER', { actual_start_date: '2025-12-08' });
    addOrder(sqlite, 'WO-DONE', { actual_start_date: '2025-12-01', status: 'COMPLETED' });
    expect(wip()).toMatchObject({ value: null, rows: 0, denominator: 0 });
  });

  it('counts open orders only (ACTIVE, ON_HOLD as stored now) and ignores soft-deleted ones', () => {
    for (const status of ['ACTIVE', 'ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED']) {
      addOrder(sqlite, `WO-${status}`, { status, actual_start_date: '2025-12-01' });
    }
    addOrder(sqlite, 'WO-DELETED', { actual_start_date: '2025-11-01' });
    softDelete(sqlite, 'work_order', 'work_order_id', 'WO-DELETED');
    expect(agesByOrder()).toEqual({ 'WO-ACTIVE': 7, 'WO-ON_HOLD': 7 });
  });

  it('starts at actual_start_date, else the first non-deleted production date, else planned_start_date', () => {
    addOrder(sqlite, 'WO-ACTUAL', { actual_start_date: '2025-12-05', planned_start_date: '2025-11-01' });
    addProduction(sqlite, 'PE-0', 'WO-ACTUAL', '2025-11-20');
    addOrder(sqlite, 'WO-PROD', { planned_start_date: '2025-11-01' });
    addProduction(sqlite, 'PE-1', 'WO-PROD', '2025-12-04');
    addProduction(sqlite, 'PE-2', 'WO-PROD', '2025-12-06');
    addProduction(sqlite, 'PE-DEL', 'WO-PROD', '2025-12-02');
    softDelete(sqlite, 'production_entry', 'production_entry_id', 'PE-DEL');
    addOrder(sqlite, 'WO-PLAN', { planned_start_date: '2025-12-06' });
    // Its first production is after D, so it has not started, whatever the plan said.
    addOrder(sqlite, 'WO-PROD-LATER', { planned_start_date: '2025-11-01' });
    addProduction(sqlite, 'PE-3', 'WO-PROD-LATER', '2025-12-09');
    addOrder(sqlite, 'WO-NO-START');
    expect(agesByOrder()).toEqual({ 'WO-ACTUAL': 3, 'WO-PROD': 4, 'WO-PLAN': 2 });
    expect(wip().details?.start_from).toEqual({ actual: 1, production: 1, planned: 1 });
  });

  it('counts overlapping, nested and adjacent approved holds once', () => {
    addOrder(sqlite, 'WO-1', { actual_start_date: '2025-12-01' });
    addHold(sqlite, 'H-1', 'WO-1', '2025-12-02', { hold_status: 'RESUMED', resume_date: '2025-12-04' });
    addHold(sqlite, 'H-2', 'WO-1', '2025-12-03', { hold_status: 'RESUMED', resume_date: '2025-12-05' });
    addHold(sqlite, 'H-3', 'WO-1', '2025-12-03', { hold_status: 'RESUMED', resume_date: '2025-12-03' });
    addHold(sqlite, 'H-4', 'WO-1', '2025-12-06', { hold_status: 'RESUMED', resume_date: '2025-12-06' });
    // 7 days, 12-02..12-06 covered.
    expect(wip().value).toBe(2);
  });

  it('a hold open at D, or resumed after D, covers through D; one placed after D covers nothing', () => {
    addOrder(sqlite, 'WO-OPEN', { actual_start_date: '2025-12-01' });
    addHold(sqlite, 'H-1', 'WO-OPEN', '2025-12-05', { hold_status: 'ON_HOLD' });
    addOrder(sqlite, 'WO-RESUMED-LATER', { actual_start_date: '2025-12-01' });
    addHold(sqlite, 'H-2', 'WO-RESUMED-LATER', '2025-12-06', {
      hold_status: 'RESUMED',
      resume_date: '2025-12-20',
    });
    addOrder(sqlite, 'WO-FUTURE-HOLD', { actual_start_date: '2025-12-01' });
    addHold(sqlite, 'H-3', 'WO-FUTURE-HOLD', '2025-12-08', { hold_status: 'ON_HOLD' });
    addOrder(sqlite, 'WO-PENDING-RESUME', { actual_start_date: '2025-12-01' });
    addHold(sqlite, 'H-4', 'WO-PENDING-RESUME', '2025-12-07', { hold_status: 'PENDING_RESUME_APPROVAL' });
    expect(agesByOrder()).toEqual({
      'WO-OPEN': 4,
      'WO-RESUMED-LATER': 5,
      'WO-FUTURE-HOLD': 7,
      'WO-PENDING-RESUME': 6,
    });
  });

  it('ignores holds not approved or deleted, and clips holds that began before the start', () => {
    addOrder(sqlite, 'WO-1', { actual_start_date: '2025-12-01' });
    addHold(sqlite, 'H-1', 'WO-1', '2025-12-02', { hold_status: 'PENDING_HOLD_APPROVAL' });
    addHold(sqlite, 'H-2', 'WO-1', '2025-12-02', { hold_status: 'CANCELLED' });
    addHold(sqlite, 'H-3', 'WO-1', '2025-12-02', { hold_status: 'ON_HOLD' });
    softDelete(sqlite, 'hold_entry', 'hold_entry_id', 'H-3');
    addOrder(sqlite, 'WO-2', { actual_start_date: '2025-12-04' });
    addHold(sqlite, 'H-4', 'WO-2', '2025-11-20', { hold_status: 'RESUMED', resume_date: '2025-12-05' });
    expect(agesByOrder()).toEqual({ 'WO-1': 7, 'WO-2': 2 });
  });

  it('ignores [from, to]: only the as-of date matters (default today)', () => {
    addOrder(sqlite, 'WO-1', { actual_start_date: '2025-12-01' });
    expect(wip({ from: '2020-01-01', to: '2020-01-01', asOf: D }).value).toBe(7);
    expect(wip({ from: '2025-12-01', to: '2025-12-31', asOf: '2025-12-10' }).value).toBe(10);
    const today = localIsoDate(new Date());
    addOrder(sqlite, 'WO-TODAY', { actual_start_date: addDays(today, -1), client_id: CLIENT_B });
    expect(
      report(sqlite, { from: '2020-01-01', to: '2020-01-01', clientIds: [CLIENT_B] }).kpis.wip_aging.value,
    ).toBe(2);
  });

  it('buckets 0–7, 8–14, 15–30, >30 and counts orders over each client’s own thresholds', () => {
    sqlite
      .prepare(
        'UPDATE client_config SET wip_aging_threshold_days = 20, wip_critical_threshold_days = 30 WHERE client_id = ?',
      )
      .run(CLIENT_B);
    const ages = [7, 8, 14, 15, 30, 31];
    for (const [i, age] of ages.entries())
      addOrder(sqlite, `WO-${i}`, { actual_start_date: addDays(D, 1 - age) });
    addOrder(sqlite, 'WO-B', { client_id: CLIENT_B, actual_start_date: addDays(D, 1 - 25) });
    const result = wip();
    expect(result.value).toBeCloseTo((7 + 8 + 14 + 15 + 30 + 31 + 25) / 7, 12);
    // A: > 7 → 5, > 14 → 3; B (25 against 20 / 30): 1 and 0.
    expect(result.details).toMatchObject({
      buckets: { '0-7': 1, '8-14': 2, '15-30': 3, '>30': 1 },
      over_threshold: 6,
      over_critical: 3,
    });
    const b = report(sqlite, { ...Q, clientIds: [CLIENT_B] }).kpis.wip_aging;
    expect(b.details).toMatchObject({ over_threshold: 1, over_critical: 0 });
  });

  it('agrees with the pure net age on random orders and holds', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const statuses = ['ON_HOLD', 'PENDING_RESUME_APPROVAL', 'RESUMED', 'PENDING_HOLD_APPROVAL', 'CANCELLED'];
    const expected: Record<string, number> = {};
    const asOf = '2025-12-31';
    for (let o = 0; o < 60; o++) {
      const id = `WO-R${o}`;
      const start = addDays(asOf, -random(60));
      addOrder(sqlite, id, { actual_start_date: start });
      const holds = [];
      for (let h = 0; h < random(5); h++) {
        const holdDate = addDays(start, random(70) - 10);
        const resumeDate = random(3) === 0 ? null : addDays(holdDate, random(15));
        const status = statuses[random(statuses.length)] ?? 'ON_HOLD';
        addHold(sqlite, `H-R${o}-${h}`, id, holdDate, { hold_status: status, resume_date: resumeDate });
        holds.push({ status, holdDate, resumeDate });
      }
      expected[id] = netAgeDays(start, asOf, holds) ?? Number.NaN;
    }
    expect(agesByOrder({ ...Q, asOf })).toEqual(expected);
  });
});

describe('hold aging', () => {
  beforeEach(() => {
    addOrder(sqlite, 'WO-1', { style_model: 'S-1', actual_start_date: '2025-10-01' });
    addOrder(sqlite, 'WO-2', { status: 'COMPLETED' });
  });

  it('is null with no hold open at D', () => {
    addHold(sqlite, 'H-RESUMED-ON-D', 'WO-1', '2025-12-01', { hold_status: 'RESUMED', resume_date: D });
    expect(holdAging()).toMatchObject({ value: null, rows: 0, unit: 'days' });
  });

  it('ages open holds D − hold_date (placed on D → 0), approved ones only, whatever the order’s status', () => {
    addHold(sqlite, 'H-ON-D', 'WO-1', D);
    addHold(sqlite, 'H-PENDING-RESUME', 'WO-1', '2025-12-01', { hold_status: 'PENDING_RESUME_APPROVAL' });
    addHold(sqlite, 'H-RESUMED-AFTER-D', 'WO-2', '2025-11-30', {
      hold_status: 'RESUMED',
      resume_date: '2025-12-08',
    });
    addHold(sqlite, 'H-RESUMED-BEFORE-D', 'WO-1', '2025-11-01', {
      hold_status: 'RESUMED',
      resume_date: '2025-12-06',
    });
    addHold(sqlite, 'H-AFTER-D', 'WO-1', '2025-12-08');
    addHold(sqlite, 'H-NOT-APPROVED', 'WO-1', '2025-11-01', { hold_status: 'PENDING_HOLD_APPROVAL' });
    addHold(sqlite, 'H-CANCELLED', 'WO-1', '2025-11-01', { hold_status: 'CANCELLED' });
    addHold(sqlite, 'H-DELETED', 'WO-1', '2025-11-01');
    softDelete(sqlite, 'hold_entry', 'hold_entry_id', 'H-DELETED');
    // Ages 0, 6 and 7.
    expect(holdAging()).toMatchObject({
      value: 13 / 3,
      numerator: 13,
      denominator: 3,
      rows: 3,
      confidence: 1,
    });
    expect(holdAging({ ...Q, from: '2030-01-01', to: '2030-01-02' }).value).toBe(13 / 3);
  });

  it('buckets ages and counts chronic holds (≥ 30 days)', () => {
    for (const [i, age] of [0, 8, 29, 30, 31].entries()) addHold(sqlite, `H-${i}`, 'WO-1', addDays(D, -age));
    expect(holdAging().details).toEqual({
      buckets: { '0-7': 1, '8-14': 1, '15-30': 2, '>30': 1 },
      chronic: 2,
    });
  });

  it('ignores holds of a soft-deleted order', () => {
    addHold(sqlite, 'H-1', 'WO-2', '2025-12-01');
    softDelete(sqlite, 'work_order', 'work_order_id', 'WO-2');
    expect(holdAging().value).toBeNull();
  });
});

describe('aging groups', () => {
  beforeEach(() => {
    addOrder(sqlite, 'WO-1', { style_model: 'S-1', actual_start_date: '2025-12-01' });
    addOrder(sqlite, 'WO-2', { style_model: 'S-1', actual_start_date: '2025-12-05' });
    addOrder(sqlite, 'WO-3', { actual_start_date: '2025-12-07' });
    addOrder(sqlite, 'WO-B', {
      client_id: CLIENT_B,
      style_model: 'S-2',
      actual_start_date: '2025-11-28',
      status: 'COMPLETED',
    });
    addHold(sqlite, 'H-1', 'WO-1', '2025-12-03');
    addHold(sqlite, 'H-B', 'WO-B', '2025-11-30');
  });
  const groups = (by: KpiQuery['by']) =>
    Object.fromEntries(
      report(sqlite, { ...Q, by }).groups.map((g) => [
        g.key,
        [g.kpis.wip_aging.value, g.kpis.hold_aging.value],
      ]),
    );

  it('by client, work order and style (an order without style counts in the total only)', () => {
    // Net ages: WO-1 7 − 5 held = 2, WO-2 3, WO-3 1. Holds: H-1 4 days, H-B 7 days.
    expect(groups('client')).toEqual({ [CLIENT_A]: [2, 4], [CLIENT_B]: [null, 7] });
    expect(groups('work_order')).toEqual({
      'WO-1': [2, 4],
      'WO-2': [3, null],
      'WO-3': [1, null],
      'WO-B': [null, 7],
    });
    expect(groups('style')).toEqual({ 'S-1': [2.5, 4], 'S-2': [null, 7] });
    expect(report(sqlite, { ...Q, by: 'style' }).kpis.wip_aging.value).toBe(2);
  });

  it('is null in every group by day, week, month, shift and operation', () => {
    addProduction(sqlite, 'PE-1', 'WO-1', '2025-12-02', { operation_id: 'SEW' });
    for (const by of ['day', 'week', 'month', 'shift', 'operation'] as const) {
      const out = report(sqlite, { ...Q, by });
      expect(out.groups.length).toBeGreaterThan(0);
      for (const g of out.groups) {
        expect(g.kpis.wip_aging.value).toBeNull();
        expect(g.kpis.hold_aging.value).toBeNull();
      }
      expect(agingFamily(context(sqlite, { ...Q, by })).groups.size).toBe(0);
      expect(out.kpis.wip_aging.value).toBe(2);
    }
  });
});

describe('aging scope', () => {
  it('a user of client A never gets an order or hold of client B counted', () => {
    addOrder(sqlite, 'WO-A', { actual_start_date: '2025-12-05' });
    addHold(sqlite, 'H-A', 'WO-A', '2025-12-07');
    for (let i = 0; i < 200; i++) {
      addOrder(sqlite, `WO-B-${i}`, { client_id: CLIENT_B, actual_start_date: '2020-01-01' });
      addHold(sqlite, `H-B-${i}`, `WO-B-${i}`, '2020-01-01');
    }
    const out = report(sqlite, { ...Q, by: 'client' }, LEADER_A);
    expect(out.kpis.wip_aging).toMatchObject({ value: 2, denominator: 1 });
    expect(out.kpis.hold_aging).toMatchObject({ value: 0, denominator: 1 });
    expect(out.groups.map((g) => g.key)).toEqual([CLIENT_A]);
    expect(report(sqlite, { ...Q, clientIds: [CLIENT_A] }).kpis.wip_aging.denominator).toBe(1);
  });
});
