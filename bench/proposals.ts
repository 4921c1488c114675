import type BetterSqlite3 from 'better-sqlite3';
import { computeKpis } from '../src-main/kpi/engine';
import { targetsFor } from '../src-main/kpi/targets';
import type { Scope } from '../src-main/tenancy/scope';
import type { KpiQuery } from '../src-shared/kpi/report';
import { KPI_KEYS } from '../src-shared/kpi/result';
import { kpiStatus } from '../src-shared/kpi/status';
import { readConnection } from './bench-db';
import { trendByOf } from './kpi-bench';

/**
 * The bench report's engine proposals, imitated from outside the engine so they can be measured
 * before anyone changes it (bench/experiments.ts, `bench/diagnose.ts --proposals`):
 * - P1 `dashboardOnce`: the dashboard from one grouped engine run instead of two.
 * - P2 / P4 `rewrite`: the engine's SQL rewritten on its way to `prepare` (see each rule).
 *
 * Delete this file once the proposals are implemented or rejected: the rewrites match the engine's
 * SQL text of today and silently stop matching when it changes (`applied` says which matched).
 */

export type Query = KpiQuery & { asOf: string };

/** P1: the dashboard from ONE grouped engine run; its `kpis` are the totals the ungrouped run gives. */
export function dashboardOnce(sqlite: BetterSqlite3.Database, scope: Scope, query: Query) {
  const trendBy = trendByOf(query.from, query.to);
  const report = computeKpis(sqlite, scope, { ...query, by: trendBy });
  const targets = targetsFor(sqlite, scope, query.clientIds?.length ? query.clientIds : null).scope;
  return {
    scope: { ...report.scope, by: null },
    trendBy,
    cards: KPI_KEYS.map((key) => ({
      key,
      result: report.kpis[key],
      target: targets[key] ?? null,
      status: kpiStatus(key, report.kpis[key].value, targets[key] ?? null),
      trend: report.groups.map((g) => ({ key: g.key, result: g.kpis[key] })),
    })),
    bradford: report.bradford,
  };
}

const DATE_KEY = /^strftime\('%G-W%V', (\w+\.)?shift_date\)$|^(\w+\.)?shift_date$/;
const outerKey = (key: string, column: string) =>
  key.startsWith('strftime') ? `strftime('%G-W%V', ${column})` : column;
const aliases = (list: string) => [...list.matchAll(/AS (\w+)\s*(,|$)/g)].map((m) => m[1] as string);
const reSum = (list: string) =>
  aliases(list)
    .map((n) => `total(${n}) AS ${n}`)
    .join(', ');

/** Which rewrites matched at least once (a rewrite that never applies measures nothing). */
export const applied = new Set<string>();

/**
 * P2: a date-keyed aggregate (day or ISO week) first per (client_id, shift_date), which follows the
 * (client_id, shift_date) indexes and needs no sort, then per key over those few rows; instead of
 * sorting every entry by the key. P4: the headcount history's client list by one EXISTS probe per
 * client instead of a scan of every entry through the work-order index.
 */
export function rewrite(sql: string): string {
  let out = sql.replace(
    /AND hd\.client_id IN \(\s*SELECT x\.client_id FROM production_entry x\s*WHERE ([\s\S]*?)\n {4}\)/,
    (_m, cond: string) => {
      applied.add('P4 headcount clients by EXISTS');
      return `AND hd.client_id IN (SELECT c.client_id FROM client c WHERE EXISTS (
        SELECT 1 FROM production_entry x WHERE x.client_id = c.client_id AND ${cond}))`;
    },
  );
  out = out.replace(
    /SELECT k,\n([\s\S]*?)\nFROM \(\n {2}SELECT (.+?) AS k, ([\s\S]*?)\n {2}FROM production_inputs\n\)\nGROUP BY k$/,
    (m, aggs: string, key: string, cols: string) => {
      if (!DATE_KEY.test(key)) return m;
      applied.add('P2 production sums');
      return `SELECT ${outerKey(key, 'd')} AS k, ${reSum(aggs)}
FROM (SELECT shift_date AS d,\n${aggs}\nFROM (SELECT client_id, shift_date, ${cols} FROM production_inputs)
  GROUP BY client_id, shift_date)
GROUP BY k`;
    },
  );
  out = out.replace(
    /^SELECT (.+?) AS k,\n([\s\S]*?)\nFROM downtime_entry d\n([\s\S]*?)\nGROUP BY k$/,
    (m, key: string, aggs: string, rest: string) => {
      if (!DATE_KEY.test(key)) return m;
      applied.add('P2 downtime sums');
      return `SELECT ${outerKey(key, 'dd')} AS k, ${reSum(aggs)}
FROM (SELECT d.shift_date AS dd,\n${aggs}\nFROM downtime_entry d\n${rest}\nGROUP BY d.client_id, d.shift_date)
GROUP BY k`;
    },
  );
  const attendanceKey =
    /SELECT (strftime\('%G-W%V', a\.shift_date\)|a\.shift_date) AS k, a\.scheduled_hours/.exec(out);
  if (attendanceKey) {
    applied.add('P2 absenteeism buckets');
    const week = attendanceKey[1]?.startsWith('strftime') ?? false;
    out = out
      .replace(attendanceKey[0], 'SELECT a.client_id AS c, a.shift_date AS d, a.scheduled_hours')
      .replace(
        /SELECT k, count\(\*\) AS entries([\s\S]*?)FROM r\s*GROUP BY k/,
        (_m, body: string) =>
          `SELECT ${week ? "strftime('%G-W%V', d)" : 'd'} AS k, total(entries) AS entries, total(rows) AS rows,
  total(scheduled) AS scheduled, total(absence) AS absence, total(covered) AS covered
FROM (SELECT c, d, count(*) AS entries${body}FROM r GROUP BY c, d) GROUP BY k`,
      );
  }
  return out;
}

/** A read-only connection whose statements go through `rewrite` (the engine prepares through it). */
export function rewritingConnection(file: string): BetterSqlite3.Database {
  const sqlite = readConnection(file);
  const prepare = sqlite.prepare.bind(sqlite);
  const explain = 'EXPLAIN QUERY PLAN ';
  (sqlite as unknown as { prepare: (source: string) => BetterSqlite3.Statement }).prepare = (source) =>
    prepare(source.startsWith(explain) ? explain + rewrite(source.slice(explain.length)) : rewrite(source));
  return sqlite;
}
