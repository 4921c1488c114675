import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { SQLITE_STORE_DIALECT } from '../../src-shared/store-sql/store-dialect';
import { countQuery, pageQuery } from '../../src-shared/store-sql/store-list';
import { keyProbeQuery } from '../../src-shared/store-sql/store-rows';
import {
  absenceLookup,
  floatingAbsentLookup,
  floatingCoveringLookup,
  orderStateLookup,
} from '../../src-shared/store-sql/store-rules';
import type { StoreScope } from '../../src-shared/store-sql/store-scope';
import type { TableSpec } from '../../src-shared/tables/column';
import { specOf, TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, freshDb, insertRow, LEADER_A, syncValues, VALID_ROWS } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { placeholder, storeCompiler } from '../db/store-compiler';
import { ROLLUP_FAMILIES, weekTablesOf } from '../rollups/rollup-families';
import { deleteKeyedQuery, KEYED_ROLLUPS } from '../rollups/rollup-keyed';
import {
  deleteDaysQuery,
  deleteStaleQuery,
  deleteWeeksQuery,
  insertDayTotalsQuery,
  insertWeekTotalsQuery,
  STALE_CLIENTS,
} from '../rollups/rollup-refresh';
import { type Scope, SYSTEM_SCOPE, storeScopeOf } from './scope';
import { isKeyProbe, scopeViolations } from './scope-audit.test-support';
import { ScopedStore } from './scoped-store';

/**
 * Tenant scope is structural for the store too: every statement the scoped store prepares while it
 * lists, searches, sorts, exports, suggests, reads, creates (with its reference checks), updates,
 * deletes and restores rows of every table reads tenant tables only through the scope's CTEs
 * (store-scope.ts), but for the by-key probe (store-rows.ts), which the store checks itself.
 */

const OPERATOR_A: Scope = { userId: 'U-OP', username: 'op', role: 'OPERATOR', clients: new Set([CLIENT_A]) };
const SCOPES: readonly [string, Scope][] = [
  ['a leader of client A', LEADER_A],
  ['an operator of client A', OPERATOR_A],
  ['the system (every client)', SYSTEM_SCOPE],
];
const SYNC = new Set(['created_at', 'updated_at', 'created_by', 'updated_by']);

const p = placeholder;
const SHIFT = { employeeId: p('employee'), shiftDate: p('date'), shiftType: p('type') };

/**
 * The store's statements that read past the writer's clients on purpose, each with why: the only
 * exceptions the audit makes (beside the key probe), by their exact text, so a changed one is
 * audited again.
 */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  // coverage-rules.ts: a floating employee absent or covering for any client is no cover for
  // another; only whether such a row exists is used, nothing of the other client leaves the store.
  ...[
    floatingAbsentLookup(storeCompiler, SQLITE_STORE_DIALECT, SHIFT),
    floatingCoveringLookup(storeCompiler, SQLITE_STORE_DIALECT, {
      ...SHIFT,
      ownCoverage: p('coverage'),
      ownAttendance: p('attendance'),
      absent: p('absent'),
    }),
  ].map((q) => [q.compile().sql, 'floating employee busy for any client'] as const),
  // store-rollups.ts: the rollups' upkeep after a write runs as the system over every stale client
  // and returns nothing to the writer (its INSERT … SELECT reads through one client's scope).
  [STALE_CLIENTS.sql, 'rollup upkeep: clients with stale cells'],
  [deleteStaleQuery('c').sql, 'rollup upkeep: stale marks cleared'],
  ...ROLLUP_FAMILIES.flatMap((f) => [
    [deleteDaysQuery(f.table, 'c', 'd', 'd').sql, 'rollup upkeep: cells recomputed'] as const,
    [deleteDaysQuery(f.day.table, 'c', 'd', 'd').sql, 'rollup upkeep: day totals recomputed'] as const,
    [insertDayTotalsQuery(f, 'c', 'd', 'd').sql, 'rollup upkeep: day totals summed from cells'] as const,
    ...weekTablesOf(f).flatMap((w) => [
      [deleteWeeksQuery(w, 'c', 'd', 'd').sql, 'rollup upkeep: week totals recomputed'] as const,
      [
        insertWeekTotalsQuery(f, 'c', 'd', 'd', w).sql,
        'rollup upkeep: week totals summed from days',
      ] as const,
    ]),
  ]),
  ...KEYED_ROLLUPS.map(
    (k) =>
      [
        deleteKeyedQuery(k, 'c', 'd').sql,
        'rollup upkeep: per-order and per-absence rows recomputed',
      ] as const,
  ),
]);

/** What a store statement does wrong with the tenant scope; empty when nothing. */
function storeViolations(sql: string, scopeHasClients: boolean): string[] {
  if (isKeyProbe(sql, (table) => specOf(table)?.key)) return [];
  if (EXCEPTIONS.has(sql)) return [];
  return scopeViolations(sql, scopeHasClients);
}

/** Runs a store call; a refusal (a role that may not read a table, a column that cannot filter) is an answer too. */
function attempt(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

function firstText(spec: TableSpec): string | undefined {
  return spec.columns.find((c) => c.type.kind === 'text' && !c.hidden)?.name;
}

/** Every read path of the store over every table, as `scope`. */
function readEverything(store: ScopedStore): void {
  for (const spec of Object.values(TABLE_SPECS)) {
    const hasClient = spec.columns.some((c) => c.name === 'client_id');
    const visible = spec.columns.find((c) => !c.hidden && !spec.key.includes(c.name));
    const queries = [
      {},
      { text: 'a_%' },
      ...(hasClient ? [{ clientIds: [CLIENT_A] }] : []),
      ...(spec.dateColumn ? [{ from: '2026-03-01', to: '2026-03-31' }] : []),
      { equals: Object.fromEntries(spec.key.map((k) => [k, ['x', 'y']])) },
      ...(visible ? [{ sort: [{ column: visible.name, direction: 'desc' as const }] }] : []),
    ];
    for (const query of queries) {
      attempt(() => store.list(spec, { ...query, limit: 10, offset: 0 }));
      attempt(() => [...store.iterate(spec, query)]);
    }
    const text = firstText(spec);
    if (text) attempt(() => store.distinctValues(spec, text, {}, 5));
    let rows: Record<string, unknown>[] = [];
    attempt(() => {
      rows = store.list(spec, { limit: 1, offset: 0 }).rows;
    });
    for (const row of rows) {
      attempt(() => store.get(spec, row));
      attempt(() => store.exists(spec, row));
    }
  }
}

/** Creates, updates, deletes and restores one row of each entry table, as `scope` (client A's rows). */
function writeEverything(store: ScopedStore): number {
  let written = 0;
  for (const [table, make] of Object.entries(VALID_ROWS)) {
    const spec = specOf(table);
    if (!spec) throw new Error(`no spec for ${table}`);
    const values = Object.fromEntries(Object.entries(make()).filter(([name]) => !SYNC.has(name)));
    attempt(() => {
      const created = store.create(spec, values);
      const text = firstText(spec);
      const updated = store.update(spec, created, Number(created.version), text ? { [text]: 'changed' } : {});
      store.remove(spec, updated, Number(updated.version));
      store.restore(spec, updated);
      written += 1;
    });
  }
  attempt(() => store.approverFor('admin', CLIENT_A));
  return written;
}

let database: OpenDatabase;
let prepared: string[];
beforeEach(() => {
  database = freshDb();
  for (const [scope, role] of [
    [LEADER_A, 'LEADER'],
    [OPERATOR_A, 'OPERATOR'],
  ] as const) {
    const user_id = scope.userId ?? '';
    insertRow(database.sqlite, 'app_user', { user_id, username: scope.username, role, ...syncValues() });
    insertRow(database.sqlite, 'user_client_access', { user_id, client_id: CLIENT_A, ...syncValues() });
  }
  prepared = [];
  const prepare = database.sqlite.prepare.bind(database.sqlite);
  // Every statement the store runs is prepared once on this fresh connection (statement cache).
  database.sqlite.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof database.sqlite.prepare;
});
afterEach(() => database.close());

describe('tenant scope of the store queries', () => {
  it.each(SCOPES)('reads tenant tables only through the scope as %s', (_, scope) => {
    const store = new ScopedStore(database.sqlite, scope);
    readEverything(store);
    const written = writeEverything(store);
    const hasClients = scope.clients !== 'ALL';
    const problems = prepared.flatMap((text) =>
      storeViolations(text, hasClients).map((p) => `${p}:\n${text}`),
    );
    expect(problems).toEqual([]);
    // A walk that ran nothing proves nothing: lists of every table, and the writes' lookups.
    const scoped = new Set(
      prepared.flatMap((text) => [...text.matchAll(/"(\w+)" as not materialized/g)].map((m) => m[1])),
    );
    for (const spec of Object.values(TABLE_SPECS)) {
      let readable = true;
      attempt(() => {
        readable = false;
        store.assertMay(spec, 'read');
        readable = true;
      });
      if (spec.tenant && readable) expect(scoped, spec.table).toContain(spec.table);
    }
    // The entry rules' lookups ran too (held orders, coverage, plausibility warnings), scoped.
    for (const rule of [
      '"hold_entry" as not materialized',
      '"shift" as not materialized',
      '"defect_detail" as not materialized',
    ])
      expect(
        prepared.some((text) => text.includes(rule)),
        rule,
      ).toBe(true);
    // The writes ran (a leader's and the system's; an operator's entries are refused for another recorder).
    if (scope.role !== 'OPERATOR') expect(written).toBe(Object.keys(VALID_ROWS).length);
    expect(prepared.length).toBeGreaterThan(100);
  });

  it('is caught reading a tenant table around the scope', () => {
    const leader: StoreScope = storeScopeOf(LEADER_A, SQLITE_STORE_DIALECT);
    const system: StoreScope = storeScopeOf(SYSTEM_SCOPE, SQLITE_STORE_DIALECT);
    const spec = TABLE_SPECS.work_order;
    const page = { limit: 10, offset: 0 };
    // The store's own list: scoped.
    const scoped = pageQuery(storeCompiler, SQLITE_STORE_DIALECT, leader, spec, {}, page).compile().sql;
    expect(storeViolations(scoped, true)).toEqual([]);
    // The same list without the scope's source.
    const bare = storeCompiler.selectFrom('work_order').selectAll().limit(10).compile().sql;
    expect(storeViolations(bare, true)).toEqual(['reads work_order without the scope']);
    // A leader's list compiled with an unrestricted scope: the CTE lost its client filter.
    const wide = countQuery(storeCompiler, SQLITE_STORE_DIALECT, system, spec, {}).compile().sql;
    expect(storeViolations(wide, true)).toEqual(['scope CTE work_order has no client filter']);
    expect(storeViolations(wide, false)).toEqual([]);
    // A probe is the bare key and nothing else: one more condition makes it an unscoped read.
    const probe = keyProbeQuery(storeCompiler, spec, { work_order_id: 'WO-A' }).compile().sql;
    expect(storeViolations(probe, true)).toEqual([]);
    const widened = keyProbeQuery(storeCompiler, spec, { work_order_id: 'WO-A' })
      .where('status', '=', 'ACTIVE')
      .compile().sql;
    expect(storeViolations(widened, true)).toEqual(['reads work_order without the scope']);
    const joined = storeCompiler
      .selectFrom('job')
      .innerJoin('work_order', 'work_order.work_order_id', 'job.work_order_id')
      .selectAll()
      .where('job.job_id', '=', 'J-A')
      .compile().sql;
    expect(storeViolations(joined, true)).toEqual([
      'reads job without the scope',
      'reads work_order without the scope',
    ]);
  });

  it('is caught when an entry rule loses its scope, and lets only the named exceptions cross clients', () => {
    const leader: StoreScope = storeScopeOf(LEADER_A, SQLITE_STORE_DIALECT);
    const everyClient: StoreScope = storeScopeOf(SYSTEM_SCOPE, SQLITE_STORE_DIALECT);
    const order = { workOrderId: p('order'), clientId: p('client') };
    // The held-order rule's read, as the store compiles it for a leader: scoped.
    const held = orderStateLookup(storeCompiler, SQLITE_STORE_DIALECT, leader, order).compile().sql;
    expect(storeViolations(held, true)).toEqual([]);
    // The same read with the scope removed: both tables it reads are caught.
    const unscoped = orderStateLookup(storeCompiler, SQLITE_STORE_DIALECT, everyClient, order).compile().sql;
    expect(storeViolations(unscoped, true)).toEqual([
      'scope CTE work_order has no client filter',
      'scope CTE hold_entry has no client filter',
    ]);
    // The client's own absence check is scoped; written like the cross-client one, it is caught.
    const absence = { ...SHIFT, clientId: p('client') };
    expect(
      storeViolations(
        absenceLookup(storeCompiler, SQLITE_STORE_DIALECT, leader, absence).compile().sql,
        true,
      ),
    ).toEqual([]);
    expect(
      storeViolations(
        absenceLookup(storeCompiler, SQLITE_STORE_DIALECT, everyClient, absence).compile().sql,
        true,
      ),
    ).toEqual(['scope CTE attendance_entry has no client filter']);
    // The floating check crosses clients on purpose and is let through by its exact text only:
    // one more condition, and it is audited like any read.
    const floating = floatingAbsentLookup(storeCompiler, SQLITE_STORE_DIALECT, SHIFT);
    expect(storeViolations(floating.compile().sql, true)).toEqual([]);
    const changed = floating.where('client_id', '=', p('client')).compile().sql;
    expect(storeViolations(changed, true)).toEqual(['scope CTE attendance_entry has no client filter']);
  });
});
