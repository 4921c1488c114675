import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import { readThrough } from '../../db/read-connection';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { dashboard } from '../dashboard-service';
import { addProduction, addWorkOrder, DAY, freshDb, LEADER_A } from './production-fixture.test-support';

let database: ReturnType<typeof freshDb>;
let sqlite: BetterSqlite3.Database;

beforeEach(() => {
  database = freshDb();
  sqlite = database.sqlite;
  // 0.1 h per unit: 8 run hours make 80 units at 100 %.
  addWorkOrder(sqlite, { work_order_id: 'WO-FAST', ideal_cycle_time: 0.1, planned_quantity: 100_000 });
});
afterEach(() => database.close());

const card = (key: string, clientIds?: string[]) =>
  dashboard(readThrough(sqlite), SYSTEM_SCOPE, { from: DAY, to: DAY, asOf: DAY, clientIds }).cards.find(
    (c) => c.key === key,
  );

describe('a KPI above its 100 % ceiling', () => {
  it('gets "check the data", never green, and names the rows that drive it, most first', () => {
    addProduction(sqlite, {
      work_order_id: 'WO-FAST',
      units_produced: 80,
      run_time_hours: 8,
      production_entry_id: 'P-OK',
    });
    addProduction(sqlite, {
      work_order_id: 'WO-FAST',
      units_produced: 400,
      run_time_hours: 8,
      production_entry_id: 'P-BIG',
    });
    addProduction(sqlite, {
      work_order_id: 'WO-FAST',
      units_produced: 120,
      run_time_hours: 8,
      production_entry_id: 'P-SOME',
    });
    const performance = card('performance', [CLIENT_A]);
    // (80 + 400 + 120) × 0.1 / 24 = 250 %.
    expect(performance?.result.value).toBeCloseTo(250, 9);
    expect(performance?.status).toBe('check');
    expect(performance?.drivers?.map((d) => [d.production_entry_id, d.percent])).toEqual([
      ['P-BIG', 500],
      ['P-SOME', 150],
    ]);
    expect(performance?.drivers?.[0]).toMatchObject({
      work_order_id: 'WO-FAST',
      shift_date: DAY,
      units: 400,
      hours: 8,
    });
  });

  it('keeps the usual colours at or below 100 %, with no rows named', () => {
    addProduction(sqlite, { work_order_id: 'WO-FAST', units_produced: 76, run_time_hours: 8 });
    const performance = card('performance', [CLIENT_A]);
    expect(performance?.result.value).toBeCloseTo(95, 9);
    expect(performance?.status).toBe('green');
    expect(performance?.drivers).toBeUndefined();
  });

  it('names only rows of the user’s own clients', () => {
    addProduction(sqlite, { work_order_id: 'WO-FAST', units_produced: 400, run_time_hours: 8 });
    addWorkOrder(sqlite, { work_order_id: 'WO-B-FAST', client_id: CLIENT_B, ideal_cycle_time: 0.1 });
    addProduction(sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-B-FAST',
      units_produced: 900,
      run_time_hours: 8,
    });
    const board = dashboard(readThrough(sqlite), LEADER_A, { from: DAY, to: DAY, asOf: DAY });
    const performance = board.cards.find((c) => c.key === 'performance');
    expect(performance?.drivers?.map((d) => d.client_id)).toEqual([CLIENT_A]);
  });
});
