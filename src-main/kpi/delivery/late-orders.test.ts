import { describe, expect, it } from 'vitest';
import { addOrder, CLIENT_B, context, kpiDb, LEADER_A } from './kpi-fixture.test-support';
import { topLateOrders } from './late-orders';

const MARCH = { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-20' };

describe('topLateOrders', () => {
  it('lists measured late and overdue orders, most days late first, with P’s confidence', () => {
    const sqlite = kpiDb();
    addOrder(sqlite, 'WO-ON', { planned_ship_date: '2026-03-05', actual_delivery_date: '2026-03-05' });
    addOrder(sqlite, 'WO-LATE-2', {
      style_model: 'S-1',
      planned_ship_date: '2026-03-05',
      actual_delivery_date: '2026-03-07',
    });
    addOrder(sqlite, 'WO-OVERDUE', { required_date: '2026-03-10' });
    addOrder(sqlite, 'WO-NOT-DUE', { planned_ship_date: '2026-03-25' });
    addOrder(sqlite, 'WO-OUT-OF-RANGE', { planned_ship_date: '2026-02-01' });
    addOrder(sqlite, 'WO-RULE3', {
      actual_start_date: '2026-03-01',
      planned_quantity: 9,
      actual_delivery_date: '2026-03-04',
    });
    addOrder(sqlite, 'WO-B', {
      client_id: CLIENT_B,
      planned_ship_date: '2026-03-01',
      actual_delivery_date: '2026-03-30',
    });
    const rows = topLateOrders(context(sqlite, MARCH, LEADER_A), 10);
    expect(rows).toEqual([
      {
        work_order_id: 'WO-OVERDUE',
        client_id: 'CLIENT-A',
        style_model: null,
        promised_date: '2026-03-10',
        delivered_date: null,
        days_late: 10,
        confidence: 0.8,
      },
      // Equal days late: the earlier promised date first. 9 × 0.25 / 9 → 1 day after 03-01 (client default).
      {
        work_order_id: 'WO-RULE3',
        client_id: 'CLIENT-A',
        style_model: null,
        promised_date: '2026-03-02',
        delivered_date: '2026-03-04',
        days_late: 2,
        confidence: 0.4,
      },
      {
        work_order_id: 'WO-LATE-2',
        client_id: 'CLIENT-A',
        style_model: 'S-1',
        promised_date: '2026-03-05',
        delivered_date: '2026-03-07',
        days_late: 2,
        confidence: 1,
      },
    ]);
    expect(topLateOrders(context(sqlite, MARCH, LEADER_A), 1).map((r) => r.work_order_id)).toEqual([
      'WO-OVERDUE',
    ]);
    expect(topLateOrders(context(sqlite, MARCH), 1).map((r) => r.work_order_id)).toEqual(['WO-B']);
  });

  it('is empty with nothing late', () => {
    expect(topLateOrders(context(kpiDb(), MARCH), 10)).toEqual([]);
  });
});
