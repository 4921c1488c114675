import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { compileQuery } from '../db/compiled';
import { allRows } from '../db/store-compiler';

/** One column of a table as SQLite declares it. */
interface StoredColumn {
  name: string;
  /** The declared type of a STRICT table: INTEGER, REAL, TEXT (ANY or BLOB: never built here). */
  type: string;
  /** Whether a row that leaves the column out holds NULL there (no DEFAULT, or DEFAULT NULL). */
  nullDefault: boolean;
}

/** Per connection: each table's columns in table order, or null when its rows are never built here. */
const layouts = new WeakMap<BetterSqlite3.Database, Map<string, readonly StoredColumn[] | null>>();

/**
 * A table's columns, when the table is STRICT with no generated or hidden column: SQLite then
 * stores exactly the values written (of the declared types) and each left-out column's default.
 */
function layoutOf(sqlite: BetterSqlite3.Database, table: string): readonly StoredColumn[] | null {
  let tables = layouts.get(sqlite);
  if (!tables) {
    tables = new Map();
    layouts.set(sqlite, tables);
  }
  const known = tables.get(table);
  if (known !== undefined) return known;
  const [info] = allRows(
    sqlite,
    compileQuery(sql<{ strict: number }>`SELECT strict FROM pragma_table_list(${table})`),
  );
  const columns = allRows(
    sqlite,
    compileQuery(
      sql<{
        name: string;
        type: string;
        dflt_value: string | null;
        hidden: number;
      }>`SELECT name, type, dflt_value, hidden FROM pragma_table_xinfo(${table})`,
    ),
  );
  const layout =
    info?.strict === 1 && columns.length > 0 && columns.every((c) => c.hidden === 0)
      ? columns.map((c) => ({
          name: c.name,
          type: c.type.toUpperCase(),
          nullDefault: c.dflt_value === null || c.dflt_value.toUpperCase() === 'NULL',
        }))
      : null;
  tables.set(table, layout);
  return layout;
}

/** The value SQLite stores for `value` in a column of `type`, or undefined when it may differ (a conversion). */
function storedValue(type: string, value: unknown): unknown {
  if (type === 'TEXT') return typeof value === 'string' ? value : undefined;
  if (type === 'INTEGER') {
    // Booleans are bound as 1 and 0 (store-compiler.ts).
    if (typeof value === 'boolean') return Number(value);
    return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
  }
  if (type === 'REAL') return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  return undefined;
}

/**
 * The row exactly as an INSERT of `columns` (taken from `written`) stores it in `table`, in the
 * table's column order, as `INSERT … RETURNING *` would give it back; or undefined when only
 * reading it back can tell (a left-out column with a default other than NULL, a value SQLite
 * would convert, a table that is not STRICT). An import skips RETURNING with it: reading 100,000
 * rows back cost 9–15 % of the import floor's CPU.
 */
export function rowAsStored(
  sqlite: BetterSqlite3.Database,
  table: string,
  columns: ReadonlySet<string>,
  written: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const layout = layoutOf(sqlite, table);
  if (!layout) return undefined;
  const row: Record<string, unknown> = {};
  for (const column of layout) {
    const value = columns.has(column.name) ? written[column.name] : undefined;
    if (value === undefined || value === null) {
      if (!column.nullDefault) return undefined;
      row[column.name] = null;
      continue;
    }
    const stored = storedValue(column.type, value);
    if (stored === undefined) return undefined;
    row[column.name] = stored;
  }
  return row;
}
