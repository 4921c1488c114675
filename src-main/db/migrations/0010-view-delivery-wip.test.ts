import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/domain/calendar';
import {
  addHold,
  addOrder,
  addProduction,
  CLIENT_A,
  CLIENT_B,
  kpiDb,
  report,
  softDelete,
} from '../../kpi/delivery/kpi-fixture.test-support';
import { todayIso } from '../../kpi/engine';
import { deliveryWipViews } from './0010-view-delivery-wip';

interface OtdViewRow {
  client_id: string;
  promised_date: string | null;
  as_of_date: string;
  orders: number;
  measured: number;
  on_time: number;
  overdue: number;
  inferred_rows: number;
  confidence_sum: number;
  otd_percent: number | null;
  completed_measured: number;
  completed_on_time: number;
  true_otd_percent: number | null;
}

interface WipViewRow {
  client_id: string;
  as_of_date: string;
  open_orders: number;
  net_age_sum: number;
  mean_net_age: number;
  bucket_0_7: number;
  bucket_8_14: number;
  bucket_15_30: number;
  bucket_over_30: number;
  over_threshold: number;
  over_critical: number;
}

/** Orders of both clients around today: every promised-date rule, deliveries, holds and production. */
function seeded() {
  const sqlite = kpiDb([deliveryWipViews]);
  const t = (days: number) => addDays(todayIso(), days);
  sqlite
    .prepare(
      'UPDATE client_config SET wip_aging_threshold_days = 10, wip_critical_threshold_days = 20 WHERE client_id = ?',
    )
    .run(CLIENT_B);
  for (const [client, n] of [
    [CLIENT_A, 40],
    [CLIENT_B, 25],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const id = `WO-${client}-${i}`;
      const rule = i % 5;
      const delivered = i % 3 === 0 ? null : t(-((i * 7) % 20));
      addOrder(sqlite, id, {
        client_id: client,
        style_model: i % 4 === 0 ? null : `S-${i % 3}`,
        status: ['ACTIVE', 'COMPLETED', 'ON_HOLD', 'COMPLETED', 'CANCELLED'][i % 5] ?? 'ACTIVE',
        ideal_cycle_time: i % 2 === 0 ? 0.1 + (i % 7) / 10 : null,
        planned_quantity: rule === 4 ? null : 20 + i * 3,
        planned_ship_date: rule === 0 ? t(-(i % 15)) : null,
        required_date: rule === 1 ? t(-(i % 12) + 2) : null,
        actual_start_date: rule === 2 || i % 6 === 0 ? t(-(i % 40)) : null,
        planned_start_date: rule === 3 || rule === 4 ? t(-(i % 25)) : null,
        actual_delivery_date: delivered,
      });
      if (i % 4 === 1) addProduction(sqlite, `PE-${id}`, id, t(-(i % 33)));
      if (i % 3 === 1)
        addHold(sqlite, `H1-${id}`, id, t(-(i % 9)), {
          hold_status: 'RESUMED',
          resume_date: t(-(i % 9) + (i % 4)),
        });
      if (i % 5 === 2)
        addHold(sqlite, `H2-${id}`, id, t(-(i % 11)), {
          hold_status: i % 2 ? 'ON_HOLD' : 'PENDING_HOLD_APPROVAL',
        });
    }
  }
  softDelete(sqlite, 'work_order', 'work_order_id', `WO-${CLIENT_A}-7`);
  return sqlite;
}

describe('0010 reporting views agree with the engine', () => {
  it('v_on_time_delivery: each client and promised date as computeKpis with that client and from = to = the date', () => {
    const sqlite = seeded();
    const rows = sqlite.prepare('SELECT * FROM v_on_time_delivery').all() as OtdViewRow[];
    expect(rows.filter((r) => r.measured > 0).length).toBeGreaterThan(10);
    for (const row of rows) {
      if (row.promised_date === null) {
        const { otd } = report(sqlite, {
          clientIds: [row.client_id],
          from: '2000-01-01',
          to: '2000-01-01',
          asOf: row.as_of_date,
        }).kpis;
        expect(otd.details?.skipped).toBe(row.orders);
        continue;
      }
      const day = row.promised_date;
      const { otd, true_otd } = report(sqlite, {
        clientIds: [row.client_id],
        from: day,
        to: day,
        asOf: row.as_of_date,
      }).kpis;
      expect([otd.numerator, otd.denominator, otd.inferred_rows]).toEqual([
        row.on_time,
        row.measured,
        row.inferred_rows,
      ]);
      expect(otd.details?.overdue).toBe(row.overdue);
      expect(otd.confidence * otd.rows).toBeCloseTo(row.confidence_sum, 9);
      expect(otd.value).toEqual(row.otd_percent === null ? null : expect.closeTo(row.otd_percent, 9));
      expect([true_otd.numerator, true_otd.denominator]).toEqual([
        row.completed_on_time,
        row.completed_measured,
      ]);
      expect(true_otd.value).toEqual(
        row.true_otd_percent === null ? null : expect.closeTo(row.true_otd_percent, 9),
      );
    }
    // And no measured client-day of the engine is missing from the view.
    const asOf = rows[0]?.as_of_date ?? todayIso();
    for (const client of [CLIENT_A, CLIENT_B]) {
      const groups = report(sqlite, {
        clientIds: [client],
        from: addDays(asOf, -60),
        to: addDays(asOf, 60),
        asOf,
        by: 'day',
      }).groups;
      for (const g of groups.filter((x) => x.kpis.otd.denominator > 0)) {
        expect(rows.find((r) => r.client_id === client && r.promised_date === g.key)?.measured).toBe(
          g.kpis.otd.denominator,
        );
      }
    }
  });

  it('v_wip_aging: each client as computeKpis with that client as of the view’s day', () => {
    const sqlite = seeded();
    const rows = sqlite.prepare('SELECT * FROM v_wip_aging').all() as WipViewRow[];
    expect(rows.map((r) => r.client_id).sort()).toEqual([CLIENT_A, CLIENT_B]);
    for (const row of rows) {
      const wip = report(sqlite, {
        clientIds: [row.client_id],
        from: row.as_of_date,
        to: row.as_of_date,
        asOf: row.as_of_date,
      }).kpis.wip_aging;
      expect([wip.numerator, wip.denominator]).toEqual([row.net_age_sum, row.open_orders]);
      expect(wip.value).toBeCloseTo(row.mean_net_age, 9);
      expect(wip.details).toMatchObject({
        buckets: {
          '0-7': row.bucket_0_7,
          '8-14': row.bucket_8_14,
          '15-30': row.bucket_15_30,
          '>30': row.bucket_over_30,
        },
        over_threshold: row.over_threshold,
        over_critical: row.over_critical,
      });
    }
  });

  it('v_wip_aging has no row for a client without open orders (the engine: null)', () => {
    const sqlite = kpiDb([deliveryWipViews]);
    addOrder(sqlite, 'WO-1', { actual_start_date: addDays(todayIso(), -3) });
    expect(sqlite.prepare('SELECT client_id, open_orders, mean_net_age FROM v_wip_aging').all()).toEqual([
      { client_id: CLIENT_A, open_orders: 1, mean_net_age: 4 },
    ]);
    expect(
      report(sqlite, { clientIds: [CLIENT_B], from: todayIso(), to: todayIso() }).kpis.wip_aging.value,
    ).toBeNull();
  });
});
