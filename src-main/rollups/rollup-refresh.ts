import type BetterSqlite3 from 'better-sqlite3';
import { type CompiledQuery, type RawBuilder, sql } from 'kysely';
import { addDays } from '../../src-shared/domain/calendar';
import { compileQuery } from '../db/compiled';
import { cachedStatement } from '../db/statement-cache';
import { KPI_PARAMS } from '../kpi/kpi-query';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { scopedTables } from '../tenancy/scoped-tables';
import { RESUME_MARKS } from './marks-deferred';
import { CELL_KEYS, mondayOf } from './rollup-cell';
import { HISTORY_DAYS, KEYED, RECOMPUTING } from './rollup-current';
import { ROLLUP_FAMILIES, type RollupFamily, type WeekTotals, weekTablesOf } from './rollup-families';
import { deleteKeyedQuery, EVERY_DAY, insertKeyedQuery, KEYED_ROLLUPS } from './rollup-keyed';

/** The days of a whole-client recompute: every day there can be. */
const ALL_DAYS = { from: '0000-01-01', to: '9999-12-31' } as const;

interface StaleClient {
  client_id: string;
  /** The first and last day marked (null when only the whole client is). */
  first: string | null;
  last: string | null;
  whole: number;
  /** Marked KEYED: its per-order and per-absence rows are recomputed whole. */
  keyed: number;
}

/**
 * The clients with stale cells. This, the DELETEs and the day totals' INSERT below are the
 * rollups' upkeep: they run as the system after a store write (store-rollups.ts), whoever wrote,
 * and return nothing to the writer; the store's scope audit (store-scope.test.ts) lets exactly
 * these texts through.
 */
export const STALE_CLIENTS = compileQuery(sql<StaleClient>`SELECT client_id,
  min(CASE WHEN day NOT IN ('', ${sql.lit(RECOMPUTING)}, ${sql.lit(KEYED)}) THEN day END) AS first,
  max(CASE WHEN day NOT IN ('', ${sql.lit(RECOMPUTING)}, ${sql.lit(KEYED)}) THEN day END) AS last,
  max(day IN ('', ${sql.lit(RECOMPUTING)})) AS whole,
  max(day = ${sql.lit(KEYED)}) AS keyed
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
    run(sqlite, deleteDaysQuery(family.table, clientId, from, to));
    run(sqlite, insertCells(family, clientId, from, to));
    run(sqlite, deleteDaysQuery(family.day.table, clientId, from, to));
    run(sqlite, insertDayTotalsQuery(family, clientId, from, to));
    for (const weeks of weekTablesOf(family)) {
      run(sqlite, deleteWeeksQuery(weeks, clientId, from, to));
      run(sqlite, insertWeekTotalsQuery(family, clientId, from, to, weeks));
    }
  }
}

/**
 * Deletes one client's week totals of the weeks that `[from, to]` touches (rollup upkeep, see
 * STALE_CLIENTS): they are summed again from the day totals, days of those weeks outside
 * `[from, to]` included (unchanged, or recomputed by a later step that sums the week again).
 */
export function deleteWeeksQuery(
  weeks: WeekTotals,
  clientId: string,
  from: string,
  to: string,
): CompiledQuery<unknown> {
  return compileQuery(
    sql`DELETE FROM ${sql.id(weeks.table)} WHERE client_id = ${clientId} AND shift_date BETWEEN ${mondayOf(sql`${from}`)} AND ${mondayOf(sql`${to}`)}`,
  );
}

/**
 * `SELECT <client, the week's Monday, keys>, total(<sum>)… FROM <family's day totals> WHERE …`:
 * the week totals of the day totals `where` selects (0028; 0029 with no keys).
 */
export function weekTotals(
  family: RollupFamily,
  where: RawBuilder<unknown>,
  weeks: WeekTotals,
): RawBuilder<unknown> {
  const names = ['client_id', 'shift_date', ...weeks.keys];
  const keys = [sql.ref('client_id'), mondayOf(sql.ref('shift_date')), ...weeks.keys.map((k) => sql.ref(k))];
  const selected = sql.join(keys.map((k, i) => sql`${k} AS ${sql.ref(names[i] ?? '')}`));
  const totals = sql.join(family.sums.map((s) => sql`total(${sql.ref(s)}) AS ${sql.ref(s)}`));
  return sql`SELECT ${selected}, ${totals} FROM ${sql.id(family.day.table)} WHERE ${where} GROUP BY ${sql.join(keys)}`;
}

/** The week totals of the weeks `[from, to]` touches, from one client's day totals (rollup upkeep, see STALE_CLIENTS). */
export function insertWeekTotalsQuery(
  family: RollupFamily,
  clientId: string,
  from: string,
  to: string,
  weeks: WeekTotals,
): CompiledQuery<unknown> {
  const columns = sql.join(['client_id', 'shift_date', ...weeks.keys, ...family.sums].map((k) => sql.ref(k)));
  // The week's Sunday, or `to` itself at the end of the calendar (no Sunday after 9999-12-31).
  const sunday = sql`coalesce(date(${to}, 'weekday 0'), ${to})`;
  const where = sql`client_id = ${clientId} AND shift_date BETWEEN ${mondayOf(sql`${from}`)} AND ${sunday}`;
  return compileQuery(
    sql`INSERT INTO ${sql.id(weeks.table)} (${columns}) ${weekTotals(family, where, weeks)}`,
  );
}

/**
 * Recomputes one client's keyed rollups (rollup-keyed.ts): the per-absence rows from `since` on
 * (a record changes the spell flags of later absences only), and, when `orders`, every per-order
 * row (a promised date reads every order of the client through its style's mean). A client's few
 * hundred rows a year: cheap enough for the save that marked them.
 */
export function recomputeKeyed(
  sqlite: BetterSqlite3.Database,
  clientId: string,
  since: string,
  orders: boolean,
): void {
  for (const keyed of KEYED_ROLLUPS) {
    if (keyed.day === null && !orders) continue;
    run(sqlite, deleteKeyedQuery(keyed, clientId, since));
    run(sqlite, insertKeyedQuery(keyed, clientId, since));
  }
}

/** One client's days `[from, to]` of a rollup table: what a recompute replaces. */
function daysOfClient(clientId: string, from: string, to: string): RawBuilder<unknown> {
  return sql`client_id = ${clientId} AND shift_date BETWEEN ${from} AND ${to}`;
}

/** Deletes one client's rows of a rollup table (cells or day totals) over `[from, to]` (rollup upkeep, see STALE_CLIENTS). */
export function deleteDaysQuery(
  table: RollupFamily['table'] | RollupFamily['day']['table'],
  clientId: string,
  from: string,
  to: string,
): CompiledQuery<unknown> {
  return compileQuery(sql`DELETE FROM ${sql.id(table)} WHERE ${daysOfClient(clientId, from, to)}`);
}

/** Sums one client's fresh cells of `[from, to]` into day totals (rollup upkeep, see STALE_CLIENTS). */
export function insertDayTotalsQuery(
  family: RollupFamily,
  clientId: string,
  from: string,
  to: string,
): CompiledQuery<unknown> {
  return compileQuery(insertDayTotals(family, daysOfClient(clientId, from, to)));
}

/** Clears one client's stale marks once its cells are recomputed (rollup upkeep, see STALE_CLIENTS). */
export function deleteStaleQuery(clientId: string): CompiledQuery<unknown> {
  return compileQuery(sql`DELETE FROM rollup_stale WHERE client_id = ${clientId}`);
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

/** Days recomputed per step of a refresh that nobody waits between: a save's, the sync apply's. */
const STEP_DAYS = 28;

/** Days of the first step of a refresh that lets the thread serve others between steps. */
const FIRST_STEP_DAYS = 7;

/**
 * The days of a refresh's next step. Fixed (STEP_DAYS) for a refresh that runs to its end at once
 * (`stepMs` null); for one that lets the thread serve others between steps (an import's), 7 days
 * at first, doubled (up to STEP_DAYS) while a step takes under half of `stepMs`. An import's days
 * may hold 100,000 rows: summed in one 28-day step they held every other call for 0.8 s, in 7-day
 * steps 0.2-0.4 s each. Smaller steps cost more in all, not less: every step reads the
 * HISTORY_DAYS before it again for the inferred inputs (1-day steps took 3.7 s instead of 0.8 s).
 */
function nextStepDays(stepMs: number | null, last?: { days: number; ms: number }): number {
  if (stepMs === null) return STEP_DAYS;
  if (!last) return FIRST_STEP_DAYS;
  return last.ms < stepMs / 2 ? Math.min(STEP_DAYS, last.days * 2) : last.days;
}

/**
 * The work of bringing one client's stale cells up to date, in steps of days (nextStepDays): the days
 * from its first stale mark to HISTORY_DAYS after its last (the days whose inferred inputs a change
 * reaches), or all its days after a reference change; then its marks go. Any step boundary gives
 * the same sums: a cell's inputs never depend on the range asked for.
 */
function* clientSteps(
  sqlite: BetterSqlite3.Database,
  client: StaleClient,
  stepMs: number | null,
): Generator<void> {
  const everything = Boolean(client.whole || client.keyed);
  if (everything || client.first !== null)
    recomputeKeyed(
      sqlite,
      client.client_id,
      everything ? EVERY_DAY : (client.first ?? EVERY_DAY),
      everything,
    );
  if (client.whole) recomputeClient(sqlite, client.client_id, ALL_DAYS.from, ALL_DAYS.to);
  else if (client.first !== null && client.last !== null) {
    const last = addDays(client.last, HISTORY_DAYS);
    let days = nextStepDays(stepMs);
    for (let from = client.first; from <= last; ) {
      // ISO dates sort as text: the step ends its days on, or at `last`.
      const [to = last] = [addDays(from, days - 1), last].sort();
      const began = performance.now();
      recomputeClient(sqlite, client.client_id, from, to);
      days = nextStepDays(stepMs, { days, ms: performance.now() - began });
      from = addDays(to, 1);
      yield;
    }
  }
  run(sqlite, deleteStaleQuery(client.client_id));
}

/** Connections whose writes leave whole-client recomputes to the maintenance worker. */
const WHOLE_CLIENTS_LATER = new WeakSet<BetterSqlite3.Database>();

/**
 * From now on, a write on this connection recomputes only the days its writes marked: a client
 * marked whole (a reference change that inference reads, or every client after the upgrade that
 * added the rollups) keeps its mark for `refreshRollupsClientByClient` in the maintenance worker,
 * so no user's save waits for a year of a client (or of the plant) to be summed again. Until then
 * the engine reads that client's raw rows (a marked client is not current: rollup-current.ts), so
 * the KPIs are the same, only slower.
 */
export function leaveWholeClientsToMaintenance(sqlite: BetterSqlite3.Database): void {
  WHOLE_CLIENTS_LATER.add(sqlite);
}

function staleClients(sqlite: BetterSqlite3.Database): StaleClient[] {
  return cachedStatement<unknown[], StaleClient>(sqlite, STALE_CLIENTS.sql).all();
}

/** The work of bringing every stale rollup cell up to date (but whole clients left for later, see above). */
function* refreshSteps(sqlite: BetterSqlite3.Database, stepMs: number | null): Generator<void, number> {
  const later = WHOLE_CLIENTS_LATER.has(sqlite);
  let clients = 0;
  for (const client of staleClients(sqlite)) {
    if (later && client.whole) continue;
    yield* clientSteps(sqlite, client, stepMs);
    clients += 1;
    yield;
  }
  return clients;
}

/** Tables whose days a client's rollups can have: the entries summed, and the rollups themselves. */
const DAY_SOURCES = [
  'production_entry',
  'downtime_entry',
  'quality_entry',
  'attendance_entry',
  'coverage_entry',
  ...ROLLUP_FAMILIES.flatMap((f) => [f.table, f.day.table, ...weekTablesOf(f).map((w) => w.table)]),
] as const;

/** The first and last day of any entry or rollup row of a client (null when it has none). */
function clientDays(
  sqlite: BetterSqlite3.Database,
  clientId: string,
): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const table of DAY_SOURCES) {
    const query = compileQuery(
      sql<{
        first: string | null;
        last: string | null;
      }>`SELECT min(shift_date) AS first, max(shift_date) AS last
FROM ${sql.id(table)} WHERE client_id = ${clientId}`,
    );
    const row = cachedStatement<unknown[], { first: string | null; last: string | null }>(
      sqlite,
      query.sql,
    ).get(...query.parameters);
    if (row?.first && (first === null || row.first < first)) first = row.first;
    if (row?.last && (last === null || row.last > last)) last = row.last;
  }
  return first !== null && last !== null ? { first, last } : null;
}

/**
 * The maintenance worker's recompute: every stale client, in transactions of STEP_DAYS each (a
 * writer waits for one step at most, even behind this low-priority thread). A whole client keeps
 * its mark (the engine keeps reading its raw rows) until its last step, whose transaction removes
 * the mark and recomputes the days that writes marked meanwhile. Returns the number of clients.
 */
export function refreshRollupsClientByClient(sqlite: BetterSqlite3.Database): number {
  let clients = 0;
  for (;;) {
    const [next] = staleClients(sqlite);
    if (!next) return clients;
    if (next.whole) {
      // The whole mark ('' or a RECOMPUTING left by a run that stopped) becomes one RECOMPUTING mark
      // (still whole for the engine and the writer), so a reference change while the steps run
      // marks the client '' again, and its recompute is not lost.
      sqlite
        .transaction(() => {
          run(
            sqlite,
            compileQuery(
              sql`DELETE FROM rollup_stale WHERE client_id = ${next.client_id} AND day IN ('', ${RECOMPUTING})`,
            ),
          );
          run(
            sqlite,
            compileQuery(
              sql`INSERT INTO rollup_stale (client_id, day) VALUES (${next.client_id}, ${RECOMPUTING})`,
            ),
          );
        })
        .immediate();
      const days = clientDays(sqlite, next.client_id);
      for (
        let from = days?.first ?? ALL_DAYS.to;
        days && from <= days.last;
        from = addDays(from, STEP_DAYS)
      ) {
        const [to = days.last] = [addDays(from, STEP_DAYS - 1), days.last].sort();
        sqlite.transaction(() => recomputeClient(sqlite, next.client_id, from, to)).immediate();
      }
    }
    sqlite
      .transaction(() => {
        run(
          sqlite,
          compileQuery(
            sql`DELETE FROM rollup_stale WHERE client_id = ${next.client_id} AND day = ${RECOMPUTING}`,
          ),
        );
        const [marked] = staleClients(sqlite).filter((c) => c.client_id === next.client_id);
        // Marked whole again meanwhile: the next round recomputes it in steps again.
        if (marked?.whole) return;
        // Its keyed rollups, cheap, in this last step (the steps above were its cells).
        if (next.whole) recomputeKeyed(sqlite, next.client_id, EVERY_DAY, true);
        if (!marked) return;
        const steps = clientSteps(sqlite, marked, null);
        while (!steps.next().done);
      })
      .immediate();
    clients += 1;
  }
}

/**
 * Brings every stale rollup cell up to date (the writer calls it before its transaction commits).
 * Returns the number of clients recomputed. Cheap when nothing is stale: one indexed read.
 */
export function refreshStaleRollups(sqlite: BetterSqlite3.Database): number {
  const steps = refreshSteps(sqlite, null);
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
  const steps = refreshSteps(sqlite, stepMs);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < stepMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  }
}

/**
 * Marks every client's rollups stale and recomputes them all from the raw rows, in one transaction
 * (and gives the entry tables' insert marks back to their triggers, were a batch's deferral left: 0031).
 */
export function rebuildRollups(sqlite: BetterSqlite3.Database): number {
  return sqlite
    .transaction(() => {
      run(sqlite, RESUME_MARKS);
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
