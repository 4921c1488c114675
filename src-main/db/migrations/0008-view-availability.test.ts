import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kpiContext } from '../../kpi/kpi-context';
import { productionFamily } from '../../kpi/production/production-family';
import {
  addDowntime,
  addProduction,
  addWorkOrder,
  softDelete,
} from '../../kpi/production/production-fixture.test-support';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../db.test-support';
import { type OpenDatabase, openDatabase } from '../open';
import { readThrough } from '../read-connection';
import { availabilityView } from './0008-view-availability';
import { MIGRATIONS } from './index';

interface ViewRow {
  client_id: string;
  shift_date: string;
  production_rows: number;
  downtime_rows: number;
  rows: number;
  inferred_rows: number;
  estimated: number;
  confidence_sum: number;
  confidence: number;
  planned_hours: number;
  downtime_hours: number;
  availability: number | null;
  downtime_without_production: number;
  skipped_downtime_rows: number;
  availability_target: number;
}

let database: OpenDatabase;
beforeEach(() => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
});
afterEach(() => database.close());

function viewRows(): ViewRow[] {
  return database.sqlite
    .prepare('SELECT * FROM v_availability_summary ORDER BY client_id, shift_date')
    .all() as ViewRow[];
}

/** A varied data set: recorded, calendar and default hours, downtime-only days, deletions, empty durations. */
function seedVariedData(): void {
  const s = database.sqlite;
  addWorkOrder(s, { work_order_id: 'WO-2', ideal_cycle_time: 0.1 });
  s.prepare(
    "UPDATE shift SET start_time = '06:00', end_time = '14:30', break_minutes = 30 WHERE client_id = ? AND shift_type = 'SAT_OT'",
  ).run(CLIENT_B);
  const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];
  const shifts = ['SHIFT_1ST', 'SHIFT_2ND', 'SAT_OT', 'OTHER', null];
  let n = 0;
  for (const [client, wo] of [
    [CLIENT_A, 'WO-A'],
    [CLIENT_B, 'WO-B'],
  ] as const) {
    for (const [d, day] of days.entries()) {
      // B: no production on the last day, only downtime.
      for (let i = 0; i < (client === CLIENT_B && d === 3 ? 0 : 4); i++) {
        n++;
        addProduction(s, {
          client_id: client,
          work_order_id: wo,
          shift_date: day,
          shift_type: shifts[n % shifts.length],
          shift_hours_scheduled: n % 3 === 0 ? null : 7 + (n % 4),
          units_produced: n % 5 === 0 ? null : 50 + n,
        });
      }
      addDowntime(s, {
        client_id: client,
        work_order_id: wo,
        shift_date: day,
        downtime_duration_minutes: 15 * (d + 1),
      });
      if (d === 1)
        addDowntime(s, {
          client_id: client,
          work_order_id: wo,
          shift_date: day,
          downtime_duration_minutes: null,
        });
    }
  }
  softDelete(
    s,
    'production_entry',
    addProduction(s, { shift_date: '2026-03-02', shift_hours_scheduled: 24 }),
  );
  softDelete(
    s,
    'downtime_entry',
    addDowntime(s, { shift_date: '2026-03-02', downtime_duration_minutes: 900 }),
  );
  // A day where downtime exceeds planned time (availability 0), and one with downtime only.
  addProduction(s, {
    client_id: CLIENT_A,
    work_order_id: 'WO-2',
    shift_date: '2026-03-05',
    shift_hours_scheduled: 1,
  });
  addDowntime(s, {
    client_id: CLIENT_A,
    work_order_id: 'WO-2',
    shift_date: '2026-03-05',
    downtime_duration_minutes: 600,
  });
  addDowntime(s, {
    client_id: CLIENT_A,
    work_order_id: 'WO-2',
    shift_date: '2026-03-06',
    downtime_duration_minutes: 45,
  });
}

describe('v_availability_summary', () => {
  it('is a registered migration', () => {
    expect(MIGRATIONS).toContain(availabilityView);
  });

  it('agrees with the engine for every client and day (from = to = the day)', () => {
    seedVariedData();
    const rows = viewRows();
    // A: 4 days + an over-downtime day + a downtime-only day; B: 3 production days + a downtime-only day.
    expect(rows.length).toBe(6 + 4);
    for (const row of rows) {
      const ctx = kpiContext(readThrough(database.sqlite), SYSTEM_SCOPE, {
        clientIds: [row.client_id],
        from: row.shift_date,
        to: row.shift_date,
        asOf: row.shift_date,
        by: null,
      });
      const a = productionFamily(ctx).total.availability;
      if (!a) throw new Error('no availability');
      const label = `${row.client_id} ${row.shift_date}`;
      expect(row.planned_hours, label).toBeCloseTo(Number(a.details?.planned_hours), 9);
      expect(row.downtime_hours, label).toBeCloseTo(Number(a.details?.downtime_hours), 9);
      expect(row.skipped_downtime_rows, label).toBe(a.details?.skipped);
      if (a.value === null) expect(row.availability, label).toBeNull();
      else expect(row.availability, label).toBeCloseTo(a.value, 9);
      expect(row.rows, label).toBe(a.rows);
      expect(row.inferred_rows, label).toBe(a.inferred_rows);
      expect(row.estimated === 1, label).toBe(a.estimated);
      expect(row.confidence, label).toBeCloseTo(a.confidence, 9);
      expect(row.downtime_without_production === 1, label).toBe(
        a.warnings.includes('downtime_without_production'),
      );
      expect(row.availability_target, label).toBe(90);
    }
    // The edge days are really there.
    const byKey = new Map(rows.map((r) => [`${r.client_id} ${r.shift_date}`, r]));
    expect(byKey.get(`${CLIENT_A} 2026-03-05`)?.availability).toBe(0);
    expect(byKey.get(`${CLIENT_A} 2026-03-06`)).toMatchObject({
      availability: null,
      downtime_without_production: 1,
    });
    expect(byKey.get(`${CLIENT_B} 2026-03-04`)).toMatchObject({
      availability: null,
      downtime_without_production: 1,
    });
  });

  it('has no row for a client and day without entries, and the engine has no data there either', () => {
    seedVariedData();
    expect(viewRows().some((r) => r.shift_date === '2026-02-28')).toBe(false);
    const ctx = kpiContext(readThrough(database.sqlite), SYSTEM_SCOPE, {
      from: '2026-02-28',
      to: '2026-02-28',
      asOf: '2026-02-28',
      by: null,
    });
    expect(productionFamily(ctx).total.availability).toMatchObject({ value: null, rows: 0 });
  });

  it('lets a reporting tool’s client and date filter reach the tables’ indexes', () => {
    const plan = database.sqlite
      .prepare(
        'EXPLAIN QUERY PLAN SELECT * FROM v_availability_summary WHERE client_id = ? AND shift_date BETWEEN ? AND ?',
      )
      .all(CLIENT_A, '2026-03-01', '2026-03-31') as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(
      /production_entry_client_date \(client_id=\? AND shift_date>\? AND shift_date<\?\)/,
    );
    expect(details).toMatch(
      /downtime_entry_client_date \(client_id=\? AND shift_date>\? AND shift_date<\?\)/,
    );
  });
});
