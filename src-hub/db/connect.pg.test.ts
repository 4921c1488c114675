import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgTestDatabase } from '../test-support/pg-hub.test-support';
import { connectPostgres } from './connect';

/** The hub's pool outlives PostgreSQL closing its connections (a restart, an admin's kill). */

let db: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  db = await pgTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe('the hub pool', () => {
  it('keeps serving after the server ends its idle connections', async () => {
    const hub = connectPostgres(db.url, { role: null, max: 2 });
    const killer = connectPostgres(db.url, { role: null, max: 1 });
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const first = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(hub.db);
      const pid = first.rows[0]?.pid;
      expect(pid).toBeTypeOf('number');
      await sql`SELECT pg_terminate_backend(${pid})`.execute(killer.db);
      // Give the pool time to notice the closed idle connection.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await sql<{ one: number }>`SELECT 1 AS one`.execute(hub.db);
      expect(again.rows).toEqual([{ one: 1 }]);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await killer.close();
      await hub.close();
    }
  });
});
