import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { allRows } from './local-sql';
import { appendOutbox } from './outbox';
import { parentFirstTables } from './parent-order';

/**
 * A PC's first sync sends what it already holds: one `create` per row (as held, its own version),
 * parents before children (parent-order.ts; within a table the oldest first, so a user precedes
 * the users they created), as the hub applies a push in order.
 * Returns how many entries were written. Runs in the enrolment's transaction.
 */
export function backfillOutbox(sqlite: BetterSqlite3.Database, at: string): number {
  let count = 0;
  for (const spec of parentFirstTables(sqlite)) {
    const rows = allRows<Record<string, unknown>>(
      sqlite,
      sql`SELECT * FROM ${sql.table(spec.table)} ORDER BY created_at, ${sql.join(spec.key.map((k) => sql.ref(k)))}`,
    );
    for (const row of rows) {
      appendOutbox(sqlite, spec, 'create', row, null, null, at);
      count += 1;
    }
  }
  return count;
}
