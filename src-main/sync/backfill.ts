import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { may } from '../../src-shared/domain/permissions';
import type { Role } from '../../src-shared/domain/roles';
import { allRows } from './local-sql';
import { appendOutbox } from './outbox';
import { parentFirstTables } from './parent-order';

/**
 * A PC's first sync sends what it already holds: one `create` per row (as held, its own version),
 * parents before children (parent-order.ts; within a table the oldest first, so a user precedes
 * the users they created), as the hub applies a push in order.
 * Tables the enrolling role may not create are left out: the hub would refuse every such row (a
 * leader's PC holds the plant's users because the hub sent them), and a PC enrolled again after a
 * restore would list each as a refusal for a person to dismiss.
 * Returns how many entries were written. Runs in the enrolment's transaction.
 */
export function backfillOutbox(sqlite: BetterSqlite3.Database, at: string, role: Role = 'ADMIN'): number {
  let count = 0;
  for (const spec of parentFirstTables(sqlite)) {
    if (!may(role, spec.table, 'create')) continue;
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
