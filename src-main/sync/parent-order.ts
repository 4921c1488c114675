import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { TableSpec } from '../../src-shared/tables/column';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { allRows } from './local-sql';

let cached: readonly TableSpec[] | null = null;

/**
 * Data tables with every table after the ones its foreign keys name (users before the clients
 * that record who created them, work orders before jobs before entries), from the PC's own schema:
 * the order the hub needs a first push in. Self-references (a user created by a user) are left to
 * the rows' own order.
 */
export function parentFirstTables(sqlite: BetterSqlite3.Database): readonly TableSpec[] {
  if (cached) return cached;
  const specs = Object.values(TABLE_SPECS);
  const parents = new Map<string, Set<string>>();
  for (const spec of specs) {
    const keys = allRows<{ table: string }>(
      sqlite,
      sql`SELECT DISTINCT "table" FROM pragma_foreign_key_list(${spec.table})`,
    );
    parents.set(spec.table, new Set(keys.map((k) => k.table).filter((t) => t !== spec.table)));
  }
  const ordered: TableSpec[] = [];
  const placed = new Set<string>();
  while (ordered.length < specs.length) {
    const ready = specs.filter(
      (s) =>
        !placed.has(s.table) &&
        [...(parents.get(s.table) ?? [])].every((p) => placed.has(p) || !parents.has(p)),
    );
    // A cycle (none today) would stall: place the rest in the registry's order rather than loop.
    const next = ready.length > 0 ? ready : specs.filter((s) => !placed.has(s.table));
    for (const spec of next) {
      ordered.push(spec);
      placed.add(spec.table);
    }
  }
  cached = ordered;
  return ordered;
}
