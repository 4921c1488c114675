import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isoWeekKey } from '../../src-shared/kpi/dimensions';

describe('isoWeekKey', () => {
  it('agrees with SQLite’s %G-W%V on every day of several years, year ends included', () => {
    const sqlite = new Database(':memory:');
    const rows = sqlite
      .prepare(
        `WITH RECURSIVE d(day) AS (SELECT '2024-12-20' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2028-01-10')
         SELECT day, strftime('%G-W%V', day) AS week FROM d`,
      )
      .all() as { day: string; week: string }[];
    sqlite.close();
    expect(rows.length).toBeGreaterThan(1000);
    for (const { day, week } of rows) expect(isoWeekKey(day)).toBe(week);
    expect(isoWeekKey('2026-03-02')).toBe('2026-W10');
  });
});
