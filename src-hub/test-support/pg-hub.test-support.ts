import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { connectPostgres, type HubDatabase } from '../db/connect';
import { migrateHub } from '../db/hub-migrate';

/**
 * Hubs on a real PostgreSQL for the `*.pg.test.ts` files, which `npm run test:pg` runs inside
 * `pg_virtualenv` (a throwaway cluster; PGHOST, PGPORT, PGUSER, PGPASSWORD point at it). Each test
 * file gets its own database. Without a server these tests fail, they are never skipped.
 */

/** A libpq URL for `database` on the server of the PG* environment variables. */
export function pgUrl(database: string, env: NodeJS.ProcessEnv = process.env): string {
  const host = env.PGHOST;
  if (!host)
    throw new Error(
      'No PostgreSQL for the hub tests: run them with "npm run test:pg" (pg_virtualenv sets PGHOST).',
    );
  const user = encodeURIComponent(env.PGUSER ?? 'postgres');
  const password = env.PGPASSWORD ? `:${encodeURIComponent(env.PGPASSWORD)}` : '';
  const port = env.PGPORT ?? '5432';
  if (host.startsWith('/'))
    return `postgres://${user}${password}@/${database}?host=${encodeURIComponent(host)}&port=${port}`;
  return `postgres://${user}${password}@${host}:${port}/${database}`;
}

export interface PgTestHub {
  /** The login's pool, switched to the service role (owner work switches per transaction). */
  hub: HubDatabase;
  /** The new database's URL, as the login (a superuser here). */
  url: string;
  /** Drops the database (close `hub` first). */
  drop(): Promise<void>;
}

/** An empty database on the test server (for `hub init` itself), and how to drop it. */
export async function pgTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `floorkpi_test_${randomBytes(6).toString('hex')}`;
  const admin = connectPostgres(pgUrl('postgres'), { role: null, max: 1 });
  try {
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  return {
    url: pgUrl(name),
    async drop() {
      const again = connectPostgres(pgUrl('postgres'), { role: null, max: 1 });
      try {
        await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(again.db);
      } finally {
        await again.close();
      }
    },
  };
}

/** A fresh database on the test server, migrated as a hub. */
export async function pgTestHub(): Promise<PgTestHub> {
  const { url, drop } = await pgTestDatabase();
  const setup = connectPostgres(url, { role: null, max: 1 });
  try {
    await migrateHub(setup.db);
  } finally {
    await setup.close();
  }
  return { hub: connectPostgres(url, { role: 'app' }), url, drop };
}
