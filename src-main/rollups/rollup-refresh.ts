import type BetterSqlite3 from 'better-sqlite3';
import { type CompiledQuery, type RawBuilder, sql } from 'kysely';
import { addDays } from '../../src-shared/domain/calendar';
import { compileQuery } from '../db/compiled';
import { cachedStatement } from '../db/statement-cache';
import { KPI_PARAMS } from '../kpi/kpi-query';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { scopedTables } from '../tenancy/scoped-tables';
import { CELL_KEYS } from './rollup-cell';
import { HISTORY_DAYS } from './rollup-current';
import { ROLLUP_FAMILIES, type RollupFamily } from './rollup-families';

/** The days of a whole-client recompute: every day there can be. */
const ALL_DAYS = { from: '0000-01-01', to: '9999-12-31' } as const;

interface StaleClient {
  client_id: string;
  first: string;
  last: string;
  whole: number;
}

const STALE_CLIENTS = compileQuery(sql<StaleClient>`SELECT client_id, min(day) AS first, max(day) AS last,
  max(day = '') AS whole
FROM rollup_stale GROUP BY client_id`);

function run(sqlite: BetterSqlite3.Database, query: CompiledQuery<unknown>): void {
  cachedStatement(sqlite, query.sql).run(...query.parameters);
}

/** `INSERT INTO <table> (<keys, sums>) SELECT … FROM (<the family's cells>)`, read through one client's scope. */
function insertCells(
  family: RollupFamily,
  clientId: string,
  from: string,
  to: string,
): CompiledQuery<unknown> {
  const columns = sql.join([...CELL_KEYS, ...family.sums].map((c) => sql.ref(c)));
  return scopedTables(SYSTEM_SCOPE, [clientId]).compileOnce(
    `rollup-insert:${family.table}`,
    () => {
      const cells = family.cells(KPI_PARAMS);
      return {
        ...cells,
        select: sql`INSERT INTO ${sql.id(family.table)} (${columns}) SELECT ${columns} FROM (${cells.select})`,
      };
    },
    { from, to },
  );
}

/**
 * Recomputes the rollup cells of one client over `[from, to]` from its raw rows: the cells are
 * deleted and summed again by each family's own SQL, in the caller's transaction.
 */
export function recomputeClient(
  sqlite: BetterSqlite3.Database,
  clientId: string,
  from: string,
  to: string,
): void {
  for (const family of ROLLUP_FAMILIES) {
    run(
      sqlite,
      compileQuery(
        sql`DELETE FROM ${sql.id(family.table)} WHERE client_id = ${clientId} AND shift_date BETWEEN ${from} AND ${to}`,
      ),
    );
    run(sqlite, insertCells(family, clientId, from, to));
    const day = sql.id(family.day.table);
    run(
      sqlite,
      compileQuery(
        sql`DELETE FROM ${day} WHERE client_id = ${clientId} AND shift_date BETWEEN ${from} AND ${to}`,
      ),
    );
    run(
      sqlite,
      compileQuery(
        insertDayTotals(family, sql`client_id = ${clientId} AND shift_date BETWEEN ${from} AND ${to}`),
      ),
    );
  }
}

/**
 * `INSERT INTO <family>_day … SELECT <day keys>, total(<sum>)… FROM <family's cells> WHERE … GROUP BY <day keys>`:
 * the day totals of the cells `where` selects, summed per client-day in the (client_id,
 * shift_date) index's order, as the engine summed the cells per client-day before there were day
 * tables (so the totals are the same numbers).
 */
export function dayTotals(family: RollupFamily, where: RawBuilder<unknown>): RawBuilder<unknown> {
  const keys = sql.join(['client_id', 'shift_date', ...family.day.keys].map((k) => sql.ref(k)));
  const totals = sql.join(family.sums.map((s) => sql`total(${sql.ref(s)}) AS ${sql.ref(s)}`));
  return sql`SELECT ${keys}, ${totals} FROM ${sql.id(family.table)} WHERE ${where} GROUP BY ${keys}`;
}

function insertDayTotals(family: RollupFamily, where: RawBuilder<unknown>): RawBuilder<unknown> {
  const columns = sql.join(
    ['client_id', 'shift_date', ...family.day.keys, ...family.sums].map((k) => sql.ref(k)),
  );
  return sql`INSERT INTO ${sql.id(family.day.table)} (${columns}) ${dayTotals(family, where)}`;
}

/** Days recomputed per step of a long refresh: a step stays near the import's ~20 ms steps. */
const STEP_DAYS = 28;

/**
 * The work of bringing every stale rollup cell up to date, one step per client and STEP_DAYS:
 * per client, the days from its first stale mark to HISTORY_DAYS after its last (the days whose
 * inferred inputs a change reaches), or all its days after a reference change. Any step boundary
 * gives the same sums: a cell's inputs never depend on the range asked for.
 */
function* refreshSteps(sqlite: BetterSqlite3.Database): Generator<void, number> {
  const stale = cachedStatement<unknown[], StaleClient>(sqlite, STALE_CLIENTS.sql).all();
  for (const client of stale) {
    if (client.whole) recomputeClient(sqlite, client.client_id, ALL_DAYS.from, ALL_DAYS.to);
    else {
      const last = addDays(client.last, HISTORY_DAYS);
      for (let from = client.first; from <= last; from = addDays(from, STEP_DAYS)) {
        // ISO dates sort as text: the step ends STEP_DAYS on, or at `last`.
        const [to = last] = [addDays(from, STEP_DAYS - 1), last].sort();
        recomputeClient(sqlite, client.client_id, from, to);
        yield;
      }
    }
    run(sqlite, compileQuery(sql`DELETE FROM rollup_stale WHERE client_id = ${client.client_id}`));
    yield;
  }
  return stale.length;
}

/**
 * Brings every stale rollup cell up to date (the writer calls it before its transaction commits).
 * Returns the number of clients recomputed. Cheap when nothing is stale: one indexed read.
 */
export function refreshStaleRollups(sqlite: BetterSqlite3.Database): number {
  const steps = refreshSteps(sqlite);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same for a transaction held open in steps (an import): lets the thread serve others every `stepMs`. */
export async function refreshStaleRollupsInSteps(
  sqlite: BetterSqlite3.Database,
  stepMs: number,
): Promise<number> {
  const steps = refreshSteps(sqlite);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < stepMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  }
}

/** Marks every client's rollups stale and recomputes them all from the raw rows, in one transaction. */
export function rebuildRollups(sqlite: BetterSqlite3.Database): number {
  return sqlite
    .transaction(() => {
      run(
        sqlite,
        compileQuery(
          sql`INSERT OR IGNORE INTO rollup_stale (client_id, day) SELECT client_id, '' FROM client`,
        ),
      );
      return refreshStaleRollups(sqlite);
    })
    .immediate();
}
