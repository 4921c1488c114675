import { loadavg } from 'node:os';
import type BetterSqlite3 from 'better-sqlite3';
import { type ReadConnection, readThrough } from '../src-main/db/read-connection';
import { dashboard, trend } from '../src-main/kpi/dashboard-service';
import { type Scope, SYSTEM_SCOPE } from '../src-main/tenancy/scope';
import type { KpiKey } from '../src-shared/kpi/result';
import { BENCH_TODAY, benchDb, readConnection } from './bench-db';
import { addDays, leaderOf } from './kpi-bench';
import { median } from './measure';

/**
 * Where a dashboard's time goes, statement by statement: `npx tsx bench/diagnose.ts [scale] [client|all]
 * [days] [--plan] [--file path]`. Every statement the engine prepares is wrapped, so its runs are timed
 * wherever it is called from (families, targets, breakdowns); `--plan` prints each slow one's
 * EXPLAIN QUERY PLAN. `--file` reads another copy (e.g. a scratch copy with an experimental index).
 * `--runs N` times N runs after a warm-up (3). `--trend kpi:by`
 * (e.g. `oee:day`) diagnoses that drill-down trend instead of the dashboard.
 */

interface StatementStats {
  sql: string;
  params: unknown[];
  ms: number[];
}

/** Wraps `prepare` so that every statement's all/get/run/iterate is timed (per dashboard run). */
function instrument(sqlite: BetterSqlite3.Database): Map<string, StatementStats> {
  const stats = new Map<string, StatementStats>();
  const prepare = sqlite.prepare.bind(sqlite);
  const patched = (source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'run'] as const) {
      const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const started = performance.now();
        try {
          return original(...args);
        } finally {
          const entry = stats.get(source) ?? { sql: source, params: args, ms: [] };
          entry.ms.push(performance.now() - started);
          entry.params = args;
          stats.set(source, entry);
        }
      };
    }
    return statement;
  };
  (sqlite as unknown as { prepare: typeof patched }).prepare = patched;
  return stats;
}

/** The first line of a statement that says what it is (its first CTE or SELECT). */
function label(sql: string): string {
  const line = sql
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0 && l !== 'WITH');
  const key = /SELECT\s+(.+?)\s+AS\s+(?:k|group_key)\b/s.exec(sql)?.[1];
  return `${(line ?? '').slice(0, 80)}${key ? `  [key ${key.replace(/\s+/g, ' ').slice(0, 40)}]` : ''}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fileArg = args.indexOf('--file');
  const file = fileArg >= 0 ? (args[fileArg + 1] as string) : null;
  const trendArg = args.indexOf('--trend');
  const [trendKpi, trendBy] = trendArg >= 0 ? (args[trendArg + 1] ?? 'oee:day').split(':') : [];
  const runsArg = args.indexOf('--runs');
  const optionValues = new Set([fileArg + 1, trendArg + 1, runsArg + 1].filter((i) => i > 0));
  const positional = args.filter((a, i) => !a.startsWith('--') && !optionValues.has(i));
  const scale = Number(positional[0] ?? 10);
  const who = positional[1] ?? 'all';
  const days = Number(positional[2] ?? 365);
  const plan = args.includes('--plan');
  const path = file ?? (await benchDb(scale)).file;
  const sqlite = readConnection(path);
  const stats = instrument(sqlite);
  const board = trendKpi
    ? (db: ReadConnection, s: Scope, q: typeof query) =>
        trend(db, s, { ...q, kpi: trendKpi as KpiKey, by: trendBy === 'week' ? 'week' : 'day' })
    : dashboard;
  const scope: Scope = who === 'all' ? SYSTEM_SCOPE : leaderOf(who);
  const query = {
    clientIds: who === 'all' ? undefined : [who],
    from: addDays(BENCH_TODAY, -(days - 1)),
    to: BENCH_TODAY,
    asOf: BENCH_TODAY,
  };
  // A missing or unreadable count falls back to 3 (NaN runs printed NaN medians).
  const runs = Number(runsArg >= 0 ? args[runsArg + 1] : 3) || 3;
  const totals: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    if (i === 1) for (const s of stats.values()) s.ms = []; // drop the warm-up
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    board(readThrough(sqlite), scope, query);
    const used = process.cpuUsage(cpuStarted);
    if (i > 0) totals.push(performance.now() - started);
    if (i > 0) cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${path}: ${trendKpi ? `trend ${trendKpi} by ${trendBy}` : 'dashboard'} ${who} ${query.from}..${query.to}: median ${median(totals).toFixed(1)} ms, CPU ${median(cpu).toFixed(1)} ms (load ${loadavg()[0]?.toFixed(1)})`,
  );
  const rows = [...stats.values()]
    .map((s) => ({ ...s, perRun: s.ms.reduce((a, b) => a + b, 0) / runs }))
    .sort((a, b) => b.perRun - a.perRun);
  for (const s of rows) {
    console.log(
      `${s.perRun.toFixed(1).padStart(8)} ms/run  ${String(s.ms.length / runs).padStart(2)}×  ${label(s.sql)}`,
    );
  }
  if (plan) {
    for (const s of rows.filter((r) => r.perRun >= 5)) {
      console.log(`\n--- ${s.perRun.toFixed(1)} ms/run: ${label(s.sql)}`);
      const lines = sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.params as unknown[])) as {
        id: number;
        parent: number;
        detail: string;
      }[];
      const depth = new Map<number, number>();
      for (const l of lines) {
        const d = (depth.get(l.parent) ?? -1) + 1;
        depth.set(l.id, d);
        console.log(`${'  '.repeat(d)}${l.detail}`);
      }
    }
  }
  sqlite.close();
}

void main();
