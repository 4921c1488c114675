import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../src-shared/kpi/dimensions';
import { type OpenDatabase, openDatabase } from '../db/open';
import { readThrough } from '../db/read-connection';
import { computeKpis } from '../kpi/engine';
import { kpiContext } from '../kpi/kpi-context';
import { seedDemo } from '../seed/seed-demo';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { differences } from './report-differences';

let database: OpenDatabase;
const AS_OF = '2026-06-30';
// The demo's 60 working days end 2026-06-30: the whole of it, a month, a week across months, one day.
const MAY = { from: '2026-05-01', to: '2026-05-31' };
const WHOLE = { from: '2026-01-01', to: AS_OF };
const RANGES = [
  WHOLE,
  MAY,
  { from: '2026-05-28', to: '2026-06-03' },
  { from: '2026-06-15', to: '2026-06-15' },
];

beforeAll(async () => {
  database = openDatabase(':memory:');
  await seedDemo(database.sqlite, { seed: 3, now: '2026-06-30T12:00:00Z' });
}, 60_000);
afterAll(() => database.close());

describe('KPIs from the daily rollups', () => {
  it('are read from the rollups once the seed has summed them', () => {
    const ctx = kpiContext(readThrough(database.sqlite), SYSTEM_SCOPE, { ...MAY, asOf: AS_OF, by: null });
    expect(ctx.rollups).toBe(true);
  });

  it('equal the scan of raw rows, every KPI of every grouping, to 10 significant digits', () => {
    const db = readThrough(database.sqlite);
    for (const range of RANGES) {
      for (const by of [undefined, ...DIMENSIONS]) {
        const query = { ...range, asOf: AS_OF, by };
        const fromRollups = computeKpis(db, SYSTEM_SCOPE, query);
        const fromRows = computeKpis(db, SYSTEM_SCOPE, query, undefined, 'raw');
        expect(differences(fromRollups, fromRows), `${range.from}..${range.to} by ${by}`).toEqual([]);
        if (by !== undefined) expect(fromRows.groups.length, `${by} has groups`).toBeGreaterThan(0);
      }
    }
  });

  it('equal the scan for one client in a leader’s scope', () => {
    const db = readThrough(database.sqlite);
    const client = database.sqlite
      .prepare<[], { client_id: string }>('SELECT client_id FROM client LIMIT 1')
      .get();
    const scope = {
      userId: null,
      username: 'leader',
      role: 'LEADER' as const,
      clients: new Set([client?.client_id ?? '']),
    };
    for (const by of [undefined, ...DIMENSIONS]) {
      const query = { ...WHOLE, asOf: AS_OF, by };
      expect(
        differences(computeKpis(db, scope, query), computeKpis(db, scope, query, undefined, 'raw')),
      ).toEqual([]);
    }
  });
});
