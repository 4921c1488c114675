import type BetterSqlite3 from 'better-sqlite3';
import { type CompiledQuery, sql } from 'kysely';
import { compileQuery } from '../db/compiled';
import { allRows, firstRow } from '../db/store-compiler';
import { KPI_PARAMS } from '../kpi/kpi-query';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { scopedTables } from '../tenancy/scoped-tables';
import { DEFERRED_COUNT } from './marks-deferred';
import { differences } from './report-differences';
import { CELL_KEYS } from './rollup-cell';
import { ROLLUP_FAMILIES, type RollupFamily, type WeekTotals, weekTablesOf } from './rollup-families';
import { EVERY_DAY, KEYED_ROLLUPS, type KeyedRollup, keyedRowsQuery } from './rollup-keyed';
import { dayTotals, weekTotals } from './rollup-refresh';

/** One rollup table checked against its cells recomputed from the raw rows. */
export interface RollupTableCheck {
  table: string;
  /** Cells recomputed from the raw rows (of clients not marked stale). */
  cells: number;
  /** `cell key: what differs`, at most 20. */
  problems: string[];
  problemCount: number;
}

export interface RollupVerification {
  /** Clients with a stale mark: their cells are not compared (the next write recomputes them). */
  staleClients: string[];
  tables: RollupTableCheck[];
  ok: boolean;
}

type Cell = Record<string, unknown>;

const keyOf = (cell: Cell) => JSON.stringify(CELL_KEYS.map((k) => cell[k] ?? null));

function sumsOf(family: RollupFamily, cell: Cell): Record<string, unknown> {
  return Object.fromEntries(family.sums.map((s) => [s, cell[s]]));
}

function byKey(family: RollupFamily, cells: readonly Cell[], stale: ReadonlySet<string>, problems: string[]) {
  const map = new Map<string, Cell>();
  for (const cell of cells) {
    if (stale.has(String(cell.client_id))) continue;
    const key = keyOf(cell);
    if (map.has(key)) problems.push(`${key}: two cells in ${family.table}`);
    map.set(key, cell);
  }
  return map;
}

/**
 * One table's check: each expected row against the stored row of its key (`values` compared to
 * 10 significant digits), a missing row, and a stored row nothing expects; at most 20 problems
 * kept, all counted (with `problems` found before, e.g. a key stored twice).
 */
function compareRows(
  table: string,
  expected: ReadonlyMap<string, Cell>,
  actual: ReadonlyMap<string, Cell>,
  values: (row: Cell) => Record<string, unknown>,
  problems: string[] = [],
): RollupTableCheck {
  for (const [key, row] of expected) {
    const got = actual.get(key);
    if (!got) problems.push(`${key}: missing`);
    else problems.push(...differences(values(got), values(row)).map((d) => `${key}: ${d}`));
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`${key}: no such rows`);
  return { table, cells: expected.size, problems: problems.slice(0, 20), problemCount: problems.length };
}

function checkTable(
  sqlite: BetterSqlite3.Database,
  family: RollupFamily,
  stale: ReadonlySet<string>,
): RollupTableCheck {
  const fresh = scopedTables(SYSTEM_SCOPE).compileOnce(
    `rollup-cells:${family.table}`,
    () => family.cells(KPI_PARAMS),
    {
      from: '0000-01-01',
      to: '9999-12-31',
    },
  );
  const stored = compileQuery(sql`SELECT * FROM ${sql.id(family.table)}`);
  const problems: string[] = [];
  const expected = byKey(family, allRows<Cell>(sqlite, fresh), stale, problems);
  const actual = byKey(family, allRows<Cell>(sqlite, stored), stale, problems);
  return compareRows(family.table, expected, actual, (row) => sumsOf(family, row), problems);
}

/**
 * The day totals of one family (0024) checked against the sums of its stored cells (checked
 * above), or one table of its week totals (0028, 0029) against the sums of its stored day totals.
 */
function checkDayTable(
  sqlite: BetterSqlite3.Database,
  family: RollupFamily,
  stale: ReadonlySet<string>,
  weeks: WeekTotals | null = null,
): RollupTableCheck {
  const keys = ['client_id', 'shift_date', ...(weeks ? weeks.keys : family.day.keys)];
  const keyOfDay = (row: Cell) => JSON.stringify(keys.map((k) => row[k] ?? null));
  const rowsOf = (query: CompiledQuery<unknown>) =>
    new Map(
      allRows<Cell>(sqlite, query)
        .filter((row) => !stale.has(String(row.client_id)))
        .map((row) => [keyOfDay(row), row]),
    );
  const columns = sql.join([...keys, ...family.sums].map((c) => sql.ref(c)));
  const expected = rowsOf(
    compileQuery(
      weeks === null
        ? sql`SELECT ${columns} FROM (${dayTotals(family, sql`1`)})`
        : sql`SELECT ${columns} FROM (${weekTotals(family, sql`1`, weeks)})`,
    ),
  );
  const table = weeks === null ? family.day.table : weeks.table;
  const actual = rowsOf(compileQuery(sql`SELECT * FROM ${sql.id(table)}`));
  return compareRows(table, expected, actual, (row) => sumsOf(family, row));
}

/** One keyed rollup (rollup-keyed.ts) checked row by row against its rows recomputed from the raw rows. */
function checkKeyedTable(
  sqlite: BetterSqlite3.Database,
  keyed: KeyedRollup,
  stale: ReadonlySet<string>,
): RollupTableCheck {
  const keyOfRow = (row: Cell) => JSON.stringify(keyed.key.map((k) => row[k] ?? null));
  const valuesOf = (row: Cell) => Object.fromEntries(keyed.columns.map((c) => [c, row[c] ?? null]));
  const problems: string[] = [];
  const rowsOf = (query: CompiledQuery<unknown>) => {
    const map = new Map<string, Cell>();
    for (const row of allRows<Cell>(sqlite, query)) {
      if (stale.has(String(row.client_id))) continue;
      const key = keyOfRow(row);
      if (map.has(key)) problems.push(`${key}: two rows in ${keyed.table}`);
      map.set(key, row);
    }
    return map;
  };
  const expected = rowsOf(keyedRowsQuery(keyed, null, EVERY_DAY));
  const actual = rowsOf(compileQuery(sql`SELECT * FROM ${sql.id(keyed.table)}`));
  return compareRows(keyed.table, expected, actual, valuesOf, problems);
}

/**
 * A batch's deferral of the entry tables' insert marks (0031) lives only inside its transaction:
 * one found committed means inserts since were not marked stale (a rebuild mends it).
 */
function checkMarksDeferred(sqlite: BetterSqlite3.Database): RollupTableCheck[] {
  const row = firstRow(sqlite, DEFERRED_COUNT);
  if (sqlite.inTransaction || !row?.n) return [];
  const problems = ['a batch left its stale marks deferred: inserts since were not marked'];
  return [{ table: 'rollup_marks_deferred', cells: 0, problems, problemCount: problems.length }];
}

/**
 * Recomputes every rollup cell from the raw rows and compares it with the stored one (sums to 10
 * significant digits; a missing or extra cell is a problem), and every day total (0024) with the
 * sums of its stored cells, and every keyed rollup's row (per order, per absence) with its row
 * recomputed, skipping clients marked stale; and that no batch's deferral of the stale marks was
 * committed (0031).
 */
export function verifyRollups(sqlite: BetterSqlite3.Database): RollupVerification {
  const staleQuery = compileQuery(
    sql<{ client_id: string }>`SELECT DISTINCT client_id FROM rollup_stale ORDER BY 1`,
  );
  const staleClients = allRows(sqlite, staleQuery).map((r) => r.client_id);
  const stale = new Set(staleClients);
  const tables = [
    ...ROLLUP_FAMILIES.flatMap((family) => [
      checkTable(sqlite, family, stale),
      checkDayTable(sqlite, family, stale),
      ...weekTablesOf(family).map((weeks) => checkDayTable(sqlite, family, stale, weeks)),
    ]),
    ...KEYED_ROLLUPS.map((keyed) => checkKeyedTable(sqlite, keyed, stale)),
    // Listed only when wrong: it is no table of sums.
    ...checkMarksDeferred(sqlite),
  ];
  return { staleClients, tables, ok: tables.every((t) => t.problemCount === 0) };
}
