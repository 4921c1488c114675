import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { compileQuery } from '../db/compiled';
import { KPI_PARAMS } from '../kpi/kpi-query';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { scopedTables } from '../tenancy/scoped-tables';
import { differences } from './report-differences';
import { CELL_KEYS } from './rollup-cell';
import { ROLLUP_FAMILIES, type RollupFamily } from './rollup-families';

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
  const expected = byKey(
    family,
    sqlite.prepare(fresh.sql).all(...fresh.parameters) as Cell[],
    stale,
    problems,
  );
  const actual = byKey(
    family,
    sqlite.prepare(stored.sql).all(...stored.parameters) as Cell[],
    stale,
    problems,
  );
  for (const [key, cell] of expected) {
    const got = actual.get(key);
    if (!got) problems.push(`${key}: missing`);
    else problems.push(...differences(sumsOf(family, got), sumsOf(family, cell)).map((d) => `${key}: ${d}`));
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`${key}: no such rows`);
  return {
    table: family.table,
    cells: expected.size,
    problems: problems.slice(0, 20),
    problemCount: problems.length,
  };
}

/**
 * Recomputes every rollup cell from the raw rows and compares it with the stored one (sums to 10
 * significant digits; a missing or extra cell is a problem), skipping clients marked stale.
 */
export function verifyRollups(sqlite: BetterSqlite3.Database): RollupVerification {
  const staleQuery = compileQuery(
    sql<{ client_id: string }>`SELECT DISTINCT client_id FROM rollup_stale ORDER BY 1`,
  );
  const staleClients = (
    sqlite.prepare(staleQuery.sql).all(...staleQuery.parameters) as { client_id: string }[]
  ).map((r) => r.client_id);
  const stale = new Set(staleClients);
  const tables = ROLLUP_FAMILIES.map((family) => checkTable(sqlite, family, stale));
  return { staleClients, tables, ok: tables.every((t) => t.problemCount === 0) };
}
