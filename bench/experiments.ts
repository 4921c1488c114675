import type BetterSqlite3 from 'better-sqlite3';
import Database from 'better-sqlite3';
import { dashboard, trend } from '../src-main/kpi/dashboard-service';
import { kpiContext } from '../src-main/kpi/kpi-context';
import { productionFamily } from '../src-main/kpi/production/production-family';
import { targetsFor } from '../src-main/kpi/targets';
import { type Scope, SYSTEM_SCOPE } from '../src-main/tenancy/scope';
import { BENCH_TODAY, benchDb, readConnection, removeScratch, scratchCopy } from './bench-db';
import { addDays, leaderOf } from './kpi-bench';
import { median } from './measure';
import { applied, dashboardOnce, type Query, rewrite, rewritingConnection } from './proposals';

/**
 * Scratch experiments behind the bench report's proposals (`npx tsx bench/experiments.ts
 * [--indexes]`). Nothing here changes the app: each proposal is imitated from outside (a different
 * composition of the engine's public functions, or the engine's SQL rewritten on its way to
 * `prepare`) and compared with the current code on the same data, interleaved run by run so that
 * a noisy machine hits both sides alike. Every variant's answer is checked against the current
 * one (numbers to 9 significant digits: the proposals add the same values in another order).
 * `--indexes` also times the candidate index and rollup table on a scratch copy.
 *
 * Delete this file with bench/proposals.ts once the proposals are implemented or rejected.
 */

/** JSON with every number at 9 significant digits. */
function rounded(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v));
}

/** Runs the variants interleaved, `runs` times after one warm-up, and prints median and agreement. */
function compare(title: string, runs: number, variants: Record<string, () => unknown>): void {
  const names = Object.keys(variants);
  const answers = new Map(names.map((n) => [n, rounded(variants[n]?.())]));
  const times = new Map(names.map((n) => [n, [] as number[]]));
  for (let i = 0; i < runs; i += 1) {
    for (const n of names) {
      const started = performance.now();
      variants[n]?.();
      times.get(n)?.push(performance.now() - started);
    }
  }
  const base = answers.get(names[0] as string);
  console.log(`\n${title}`);
  for (const n of names) {
    const same = n === names[0] ? '' : answers.get(n) === base ? 'same answer' : 'DIFFERENT answer';
    console.log(
      `  ${n.padEnd(46)} ${median(times.get(n) ?? [])
        .toFixed(1)
        .padStart(8)} ms  ${same}`,
    );
  }
}

function dashboards(file: string, label: string, scope: Scope, query: Query, runs: number): void {
  const now = readConnection(file);
  const once = readConnection(file);
  const rewritten = rewritingConnection(file);
  compare(`dashboard, ${label}`, runs, {
    'current (report + trend: two engine runs)': () => dashboard(now, scope, query),
    'P1: one engine run (by the trend key)': () => dashboardOnce(once, scope, query),
    'P1 + P2 + P4': () => dashboardOnce(rewritten, scope, query),
  });
  for (const c of [now, once, rewritten]) c.close();
}

/** The points of an OEE trend, only where production has a group (the current trend also lists empty days). */
function oeePoints(points: { key: string; result: { value: number | null; rows: number } }[]) {
  return points.filter((p) => p.result.rows > 0);
}

function oeeTrend(file: string, query: Query, runs: number): void {
  const now = readConnection(file);
  const only = readConnection(file);
  const rewritten = rewritingConnection(file);
  const productionOnly = (sqlite: BetterSqlite3.Database) => {
    const out = productionFamily(kpiContext(sqlite, SYSTEM_SCOPE, { ...query, by: 'day' }));
    targetsFor(sqlite, SYSTEM_SCOPE, null);
    return oeePoints(
      [...out.groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, kpis]) => ({ key, result: kpis.oee as { value: number | null; rows: number } })),
    );
  };
  compare('kpi.trend of OEE by day, all clients, a year (points with data compared)', runs, {
    'current (every family by day)': () =>
      oeePoints(trend(now, SYSTEM_SCOPE, { ...query, kpi: 'oee', by: 'day' }).points),
    "P5: only the KPI's family": () => productionOnly(only),
    'P5 + P2 + P4': () => productionOnly(rewritten),
  });
  for (const c of [now, only, rewritten]) c.close();
}

/** The integrity check of `openDatabase` on a read-write connection, and its alternatives. */
function quickChecks(source: string, label: string, runs: number): void {
  const file = scratchCopy(source, `quick-check-${label}.db`);
  const open = (readonly: boolean, ignoreChecks: boolean, check: boolean) => () => {
    const sqlite = new Database(file, { readonly });
    if (!readonly) sqlite.pragma('journal_mode = WAL');
    if (ignoreChecks) sqlite.pragma('ignore_check_constraints = ON');
    const result = check ? sqlite.pragma('quick_check', { simple: true }) : 'ok';
    if (ignoreChecks) sqlite.pragma('ignore_check_constraints = OFF');
    sqlite.close();
    return result;
  };
  compare(`open + quick_check, ${label}`, runs, {
    'read-write quick_check (openDatabase now)': open(false, false, true),
    'read-write, ignore_check_constraints around it': open(false, true, true),
    'read-only quick_check (the KPI worker, again)': open(true, false, true),
    'no check at open': open(false, false, false),
  });
  removeScratch(file);
}

/** A candidate covering index and a trigger-maintainable headcount rollup, on a scratch copy. */
function indexes(source: string, query: Query): void {
  const file = scratchCopy(source, 'experiment-indexes.db');
  const rw = new Database(file);
  let started = performance.now();
  rw.exec(`CREATE INDEX production_entry_headcount
    ON production_entry (client_id, shift_date, shift_type, employees_assigned, employees_present)
    WHERE deleted_at IS NULL`);
  const indexMs = performance.now() - started;
  started = performance.now();
  rw.exec(`CREATE TABLE production_headcount_day (
      client_id TEXT NOT NULL, shift_date TEXT NOT NULL, shift_type TEXT NOT NULL,
      assigned_sum INTEGER NOT NULL, assigned_n INTEGER NOT NULL,
      PRIMARY KEY (client_id, shift_date, shift_type)) STRICT, WITHOUT ROWID;
    INSERT INTO production_headcount_day
      SELECT client_id, shift_date, shift_type, sum(employees_assigned), count(*) FROM production_entry
      WHERE deleted_at IS NULL AND employees_assigned > 0 AND shift_type IS NOT NULL GROUP BY 1, 2, 3;`);
  const rollupMs = performance.now() - started;
  rw.close();
  console.log(
    `\nscratch copy ${file}: index built in ${indexMs.toFixed(0)} ms, rollup in ${rollupMs.toFixed(0)} ms`,
  );
  const fromRollup = (sql: string) =>
    sql
      .replace(
        /total\(CASE WHEN hd\.shift_type = '(\w+)' AND hd\.employees_assigned > 0 THEN hd\.employees_assigned END\)/g,
        "total(CASE WHEN hd.shift_type = '$1' THEN hd.assigned_sum END)",
      )
      .replace(
        /count\(CASE WHEN hd\.shift_type = '(\w+)' AND hd\.employees_assigned > 0 THEN 1 END\)/g,
        "total(CASE WHEN hd.shift_type = '$1' THEN hd.assigned_n END)",
      )
      .replace(
        /FROM production_entry hd\n {2}WHERE hd\.deleted_at IS NULL AND/,
        'FROM production_headcount_day hd\n  WHERE',
      );
  const connection = (path: string, edit: (sql: string) => string) => {
    const sqlite = readConnection(path);
    const prepare = sqlite.prepare.bind(sqlite);
    (sqlite as unknown as { prepare: (s: string) => BetterSqlite3.Statement }).prepare = (s) =>
      prepare(edit(s));
    return sqlite;
  };
  const base = connection(source, rewrite);
  const indexed = connection(file, rewrite);
  const rolled = connection(file, (s) => fromRollup(rewrite(s)));
  const family = (sqlite: BetterSqlite3.Database) =>
    productionFamily(kpiContext(sqlite, SYSTEM_SCOPE, { ...query, by: 'week' })).total;
  compare('production family by week, all clients, a year (P2 + P4 applied to all three)', 5, {
    'schema now': () => family(base),
    '+ covering index (client, date, shift, headcounts)': () => family(indexed),
    '+ index + headcount rollup table': () => family(rolled),
  });
  for (const c of [base, indexed, rolled]) c.close();
  removeScratch(file);
}

async function main(): Promise<void> {
  const withIndexes = process.argv.includes('--indexes');
  const s1 = await benchDb(1);
  const s10 = await benchDb(10);
  const year: Query = { from: addDays(BENCH_TODAY, -364), to: BENCH_TODAY, asOf: BENCH_TODAY };
  const days90: Query = {
    clientIds: ['BOOT-LINE-A'],
    from: addDays(BENCH_TODAY, -89),
    to: BENCH_TODAY,
    asOf: BENCH_TODAY,
  };
  const days30: Query = { from: addDays(BENCH_TODAY, -29), to: BENCH_TODAY, asOf: BENCH_TODAY };
  dashboards(s10.file, 'all clients, a year, scale 10', SYSTEM_SCOPE, year, 5);
  dashboards(s10.file, 'BOOT-LINE-A, 90 days, scale 10', leaderOf('BOOT-LINE-A'), days90, 15);
  dashboards(s1.file, 'all clients, 30 days (by day), scale 1', SYSTEM_SCOPE, days30, 15);
  oeeTrend(s10.file, year, 5);
  quickChecks(s1.file, 'scale 1', 5);
  quickChecks(s10.file, 'scale 10', 3);
  if (withIndexes) indexes(s10.file, year);
  console.log(`\nrewrites applied: ${[...applied].sort().join('; ') || 'none (the engine SQL changed)'}`);
}

void main();
