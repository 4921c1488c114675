import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_KEYS } from '../../src-shared/kpi/result';
import { type OpenDatabase, openDatabase } from '../db/open';
import { readThrough } from '../db/read-connection';
import { seedDemo } from '../seed/seed-demo';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { compareClients, dashboard, trend } from './dashboard-service';
import { computeKpis } from './engine';

let database: OpenDatabase;
const query = { from: '2026-05-01', to: '2026-06-30', asOf: '2026-06-30' };

beforeAll(async () => {
  database = openDatabase(':memory:');
  await seedDemo(database.sqlite, { seed: 5, now: '2026-06-30T12:00:00Z' });
}, 60_000);
afterAll(() => database.close());

describe('dashboard service', () => {
  it('shows on each card the same number as the engine’s report (one KPI, one number)', () => {
    const board = dashboard(readThrough(database.sqlite), SYSTEM_SCOPE, query);
    const report = computeKpis(readThrough(database.sqlite), SYSTEM_SCOPE, query);
    for (const card of board.cards) {
      const expected = report.kpis[card.key].value;
      if (expected === null) expect(card.result.value, card.key).toBeNull();
      else expect(card.result.value, card.key).toBeCloseTo(expected, 9);
      expect(card.result.rows, card.key).toBe(report.kpis[card.key].rows);
    }
    expect(board.scope.by).toBeNull();
  });

  it('gives a one-KPI trend the same points as the full engine run', () => {
    const full = computeKpis(readThrough(database.sqlite), SYSTEM_SCOPE, { ...query, by: 'week' });
    for (const kpi of KPI_KEYS) {
      const points = trend(readThrough(database.sqlite), SYSTEM_SCOPE, { ...query, kpi, by: 'week' }).points;
      for (const point of points) {
        const group = full.groups.find((g) => g.key === point.key);
        expect(point.result, `${kpi} ${point.key}`).toEqual(group?.kpis[kpi]);
      }
    }
  });

  it('compares each client with the same number as that client asked alone', () => {
    for (const kpi of ['ppm', 'otd', 'wip_aging', 'absenteeism'] as const) {
      for (const row of compareClients(readThrough(database.sqlite), SYSTEM_SCOPE, { ...query, kpi })) {
        const alone = computeKpis(readThrough(database.sqlite), SYSTEM_SCOPE, {
          ...query,
          clientIds: [row.client_id],
        }).kpis[kpi];
        if (alone.value === null) expect(row.result.value, `${kpi} ${row.client_id}`).toBeNull();
        else expect(row.result.value, `${kpi} ${row.client_id}`).toBeCloseTo(alone.value, 9);
      }
    }
  });
});
