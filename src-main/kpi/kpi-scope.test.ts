import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BREAKDOWN_KINDS } from '../../src-shared/kpi/dashboard';
import { DIMENSIONS } from '../../src-shared/kpi/dimensions';
import { KPI_KEYS } from '../../src-shared/kpi/result';
import { compileQuery } from '../db/compiled';
import { freshDb, LEADER_A } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { type ReadConnection, readThrough } from '../db/read-connection';
import { type Scope, SYSTEM_SCOPE } from '../tenancy/scope';
import { scopeViolations } from '../tenancy/scope-audit.test-support';
import { scopedTables } from '../tenancy/scoped-tables';
import { breakdown, compareClients, dashboard, trend } from './dashboard-service';
import { computeKpis } from './engine';
import { KPI_PARAMS, kpiQueries, kpiQueryKey } from './kpi-query';

/**
 * Tenant scope is structural: every KPI query reads tenant tables only through the scope's CTEs
 * (scoped-tables.ts). Checked twice: every defined KPI query compiled for every shape, and every
 * query the engine actually runs for every request, grouping and breakdown.
 */

const SCOPES: readonly [string, Scope][] = [
  ['a leader of client A', LEADER_A],
  ['the system (every client)', SYSTEM_SCOPE],
];
const VALUES = { from: '2026-03-01', to: '2026-03-31', as_of: '2026-03-31', limit: 10, shift: null };

function hasClients(scope: Scope): boolean {
  return scopedTables(scope).clients !== null;
}

/** Every query the engine and the dashboard service run for a scope, recorded as compiled SQL. */
function runEverything(db: ReadConnection, scope: Scope): string[] {
  const seen: string[] = [];
  const recording: ReadConnection = {
    all(query) {
      const compiled = 'sql' in query ? query : compileQuery(query);
      seen.push(compiled.sql);
      return db.all(compiled);
    },
    close: db.close,
  };
  const q = { from: VALUES.from, to: VALUES.to, asOf: VALUES.as_of };
  computeKpis(recording, scope, q);
  for (const by of DIMENSIONS) computeKpis(recording, scope, { ...q, by });
  dashboard(recording, scope, q);
  for (const kpi of KPI_KEYS) {
    trend(recording, scope, { ...q, kpi, by: 'week' });
    compareClients(recording, scope, { ...q, kpi });
  }
  for (const kind of BREAKDOWN_KINDS) breakdown(recording, scope, { ...q, kind, limit: 10 });
  return seen;
}

let database: OpenDatabase;
beforeAll(() => {
  database = freshDb();
});
afterAll(() => database.close());

describe('tenant scope of the KPI queries', () => {
  it.each(SCOPES)('compiles every KPI query for every shape with the scope of %s', (_, scope) => {
    const problems: string[] = [];
    let compiled = 0;
    for (const query of kpiQueries()) {
      for (const shape of query.shapes) {
        const key = kpiQueryKey(query, shape);
        const text = scopedTables(scope).compileOnce(key, () => query.build(KPI_PARAMS, shape), VALUES).sql;
        for (const problem of scopeViolations(text, hasClients(scope))) problems.push(`${key}: ${problem}`);
        compiled += 1;
      }
    }
    expect(problems).toEqual([]);
    // Every family, the breakdowns and the client reads: a registry emptied by a refactor is no pass.
    expect(kpiQueries().length).toBeGreaterThanOrEqual(15);
    expect(compiled).toBeGreaterThan(60);
  });

  it.each(SCOPES)('runs only scoped, registered queries for %s', (_, scope) => {
    // Both kinds of text: a scope of some clients, and of every client (a system scope that asks
    // for some clients reads the first kind).
    const registered = new Set(
      SCOPES.flatMap(([, kind]) =>
        kpiQueries().flatMap((query) =>
          query.shapes.map(
            (shape) =>
              scopedTables(kind).compileOnce(
                kpiQueryKey(query, shape),
                () => query.build(KPI_PARAMS, shape),
                VALUES,
              ).sql,
          ),
        ),
      ),
    );
    const seen = runEverything(readThrough(database.sqlite), scope);
    expect(seen.length).toBeGreaterThan(100);
    for (const text of new Set(seen)) {
      expect(scopeViolations(text, hasClients(scope)), text).toEqual([]);
      expect(registered.has(text), `not a registered KPI query:\n${text}`).toBe(true);
    }
  });

  it('is caught reading a tenant table around the scope', () => {
    const leader = scopedTables(LEADER_A);
    const unscoped = leader.compile({ reads: [], select: sql`SELECT count(*) FROM work_order` }).sql;
    expect(scopeViolations(unscoped, true)).toEqual(['reads work_order without the scope']);
    const oneMissing = leader.compile({
      reads: ['work_order'],
      select: sql`SELECT count(*) FROM work_order w JOIN hold_entry h ON h.work_order_id = w.work_order_id`,
    }).sql;
    expect(scopeViolations(oneMissing, true)).toEqual(['reads hold_entry without the scope']);
    const schema = leader.compile({
      reads: ['work_order'],
      select: sql`SELECT count(*) FROM main.work_order`,
    }).sql;
    expect(scopeViolations(schema, true)).toContain('names the schema "main" outside the scope');
    const commaJoin = leader.compile({ reads: [], select: sql`SELECT 1 FROM employee e, work_order w` }).sql;
    expect(scopeViolations(commaJoin, true)).toEqual(['comma join after employee']);
    // A client scope whose CTE lost its client filter (an unrestricted scope's text, read as a leader's).
    const wide = scopedTables(SYSTEM_SCOPE).compile({
      reads: ['work_order'],
      select: sql`SELECT 1 FROM work_order`,
    }).sql;
    expect(scopeViolations(wide, true)).toEqual(['scope CTE work_order has no client filter']);
    expect(scopeViolations(wide, false)).toEqual([]);
  });
});
