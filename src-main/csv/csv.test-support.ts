import type BetterSqlite3 from 'better-sqlite3';
import { ADMIN, CLIENT_A, insertRow, NOW, seedTwoClients, syncValues } from '../db/db.test-support';
import { openDatabase } from '../db/open';
import { scopeForUser } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

/** Test helpers for the CSV tests; not imported by app code. */

export const LEADER_A = 'U-LEAD';

/** `seedTwoClients` plus a LEADER of client A only (username `lena`). */
export function openImportDb() {
  const database = openDatabase(':memory:');
  const { sqlite } = database;
  seedTwoClients(sqlite);
  insertRow(sqlite, 'app_user', {
    user_id: LEADER_A,
    username: 'lena',
    role: 'LEADER',
    ...syncValues(),
  });
  insertRow(sqlite, 'user_client_access', { user_id: LEADER_A, client_id: CLIENT_A, ...syncValues() });
  return { database, sqlite, store: (userId: string = ADMIN) => storeAs(sqlite, userId) };
}

/** The scoped store of a user, with the fixed test clock. */
export function storeAs(sqlite: BetterSqlite3.Database, userId: string): ScopedStore {
  return new ScopedStore(sqlite, scopeForUser(sqlite, userId), () => NOW);
}

/** Live rows of a table, read directly for assertions. */
export function rowsOf(
  sqlite: BetterSqlite3.Database,
  table: string,
  order: string,
): Record<string, unknown>[] {
  return sqlite.prepare(`SELECT * FROM ${table} WHERE deleted_at IS NULL ORDER BY ${order}`).all() as Record<
    string,
    unknown
  >[];
}

/** The number of rows in a table (tombstones included). */
export function countOf(sqlite: BetterSqlite3.Database, table: string, where = '1 = 1'): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
}

const quoteCell = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** CSV text from a header and rows of cells (quoted where needed), CRLF line ends. */
export function csv(header: readonly string[], ...rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((cells) => cells.map(quoteCell).join(',')).join('\r\n')}\r\n`;
}
