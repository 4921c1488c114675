import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIFT_TYPES } from '../../src-shared/domain/enums';
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

  it('equal the scan for one shift of the day, every KPI of every grouping (the dashboard’s "This shift")', () => {
    const db = readThrough(database.sqlite);
    for (const range of [MAY, { from: '2026-06-15', to: '2026-06-15' }]) {
      for (const shift of SHIFT_TYPES) {
        for (const by of [undefined, ...DIMENSIONS]) {
          const query = { ...range, asOf: AS_OF, by, shift };
          const fromRollups = computeKpis(db, SYSTEM_SCOPE, query);
          const fromRows = computeKpis(db, SYSTEM_SCOPE, query, undefined, 'raw');
          expect(differences(fromRollups, fromRows), `${range.from}..${range.to} ${shift} by ${by}`).toEqual(
            [],
          );
        }
      }
    }
  });

  it('equal the scan when the as-of date falls inside the range (OTD: whole weeks only before it)', () => {
    const db = readThrough(database.sqlite);
    // Into the future: the open orders are promised in the weeks after the demo's last day.
    const range = { from: '2026-05-01', to: '2026-08-31' };
    const measuredAfter = computeKpis(db, SYSTEM_SCOPE, { ...range, asOf: '2026-09-01' }).kpis.otd.rows;
    for (const asOf of ['2026-05-13', '2026-05-17', AS_OF]) {
      for (const by of [undefined, 'client', 'week', 'day'] as const) {
        const query = { ...range, asOf, by };
        const fromRollups = computeKpis(db, SYSTEM_SCOPE, query);
        const fromRows = computeKpis(db, SYSTEM_SCOPE, query, undefined, 'raw');
        expect(differences(fromRollups, fromRows), `as of ${asOf} by ${by}`).toEqual([]);
        // Undelivered orders promised on or after the as-of date are not measured yet.
        expect(fromRows.kpis.otd.rows, `as of ${asOf}`).toBeLessThan(measuredAfter);
      }
    }
  });

  it('count one shift’s rows only: a shift’s figures are not the day’s', () => {
    const db = readThrough(database.sqlite);
    const day = { from: '2026-06-15', to: '2026-06-15', asOf: AS_OF };
    const whole = computeKpis(db, SYSTEM_SCOPE, { ...day, by: 'shift' });
    const first = computeKpis(db, SYSTEM_SCOPE, { ...day, shift: 'SHIFT_1ST' });
    const second = computeKpis(db, SYSTEM_SCOPE, { ...day, shift: 'SHIFT_2ND' });
    // The demo runs two shifts that day: each shift alone is that shift's group of the day, not the day.
    for (const [shift, report] of [
      ['SHIFT_1ST', first],
      ['SHIFT_2ND', second],
    ] as const) {
      const group = whole.groups.find((g) => g.key === shift);
      expect(group, `${shift} has rows`).toBeDefined();
      expect(report.scope.shift).toBe(shift);
      for (const key of ['efficiency', 'performance', 'quality_rate', 'absenteeism'] as const) {
        expect(report.kpis[key].value, `${shift} ${key}`).toBe(group?.kpis[key].value);
      }
    }
    const day1 = computeKpis(db, SYSTEM_SCOPE, day);
    expect(first.kpis.efficiency.value).not.toBe(day1.kpis.efficiency.value);
    // The two shifts' rows make up the day's: none counted twice, none left out.
    for (const key of ['efficiency', 'absenteeism'] as const) {
      expect(first.kpis[key].rows + second.kpis[key].rows, key).toBe(day1.kpis[key].rows);
      expect(first.kpis[key].rows, key).toBeGreaterThan(0);
      expect(second.kpis[key].rows, key).toBeGreaterThan(0);
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
