import { type Kysely, sql } from 'kysely';
import type { HubMigration } from './hub-migration';
import { APP_ROLE, HUB_SCHEMA, type HubDB, OWNER_ROLE } from './hub-schema';
import { HUB_MIGRATIONS } from './migrations';

/**
 * Creates or migrates the hub's schema, connected as an administrative login (a superuser, or a
 * role with CREATEROLE that may create schemas in the database):
 *
 * 1. the two NOLOGIN roles, if missing: `floorkpi_owner` (owns every object) and `floorkpi_app`
 *    (what the service runs as: NOSUPERUSER, NOBYPASSRLS), both granted to the login so it can
 *    SET ROLE to them;
 * 2. the schema `floorkpi`, owned by `floorkpi_owner`;
 * 3. each pending migration in its own transaction, as `floorkpi_owner`, under an advisory lock so
 *    two `hub init` at once apply each step once.
 *
 * Returns the names applied now.
 */
export async function migrateHub(
  db: Kysely<HubDB>,
  migrations: readonly HubMigration[] = HUB_MIGRATIONS,
): Promise<string[]> {
  await ensureRoles(db);
  await ensureSchema(db);
  const done: string[] = [];
  for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    const applied = await db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('role', ${OWNER_ROLE}, true),
        set_config('search_path', ${HUB_SCHEMA}, true),
        pg_advisory_xact_lock(hashtext('floorkpi-hub-migrate'))`.execute(trx);
      await sql`CREATE TABLE IF NOT EXISTS hub_schema_migration (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`.execute(trx);
      const names = new Set(
        (await trx.selectFrom('hub_schema_migration').select('name').execute()).map((r) => r.name),
      );
      const known = new Set(migrations.map((m) => m.name));
      const unknown = [...names].filter((n) => !known.has(n));
      if (unknown.length > 0)
        throw new Error(
          `This hub database was written by a newer FloorKPI hub (unknown migrations: ${unknown.join(', ')}). Update FloorKPI before running this hub.`,
        );
      if (names.has(migration.name)) return false;
      await migration.up(trx);
      await trx.insertInto('hub_schema_migration').values({ name: migration.name }).execute();
      return true;
    });
    if (applied) done.push(migration.name);
  }
  return done;
}

/** How many hub migrations the database has applied (0 before `hub init`). */
export async function hubSchemaVersion(db: Kysely<HubDB>): Promise<number> {
  const found = await sql<{
    exists: boolean;
  }>`SELECT to_regclass(${`${HUB_SCHEMA}.hub_schema_migration`}) IS NOT NULL AS exists`.execute(db);
  if (!found.rows[0]?.exists) return 0;
  const row = await db
    .selectFrom('hub_schema_migration')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** SQLSTATEs of a lost race to create the same role or membership (roles are cluster-wide). */
const RACE_CODES = new Set(['42710', '23505', 'XX000']);

function sqlState(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : null;
}

async function ensureRole(db: Kysely<HubDB>, name: string): Promise<void> {
  const found = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = ${name}`.execute(db);
  if ((found.rows[0]?.n ?? 0) > 0) return;
  try {
    await sql`CREATE ROLE ${sql.id(name)} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT`.execute(
      db,
    );
  } catch (error) {
    if (!RACE_CODES.has(sqlState(error) ?? '')) throw error;
  }
}

async function ensureRoles(db: Kysely<HubDB>): Promise<void> {
  await ensureRole(db, OWNER_ROLE);
  await ensureRole(db, APP_ROLE);
  const app = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`
    SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${APP_ROLE}`.execute(db);
  const attrs = app.rows[0];
  if (!attrs || attrs.rolsuper || attrs.rolbypassrls)
    throw new Error(
      `The role ${APP_ROLE} exists with SUPERUSER or BYPASSRLS: row-level security would not apply to the hub. Run "ALTER ROLE ${APP_ROLE} NOSUPERUSER NOBYPASSRLS" as a superuser first.`,
    );
  const me = await sql<{
    rolsuper: boolean;
  }>`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`.execute(db);
  // A superuser may SET ROLE to any role; anyone else needs membership.
  if (me.rows[0]?.rolsuper) return;
  for (const role of [OWNER_ROLE, APP_ROLE]) {
    try {
      await sql`GRANT ${sql.id(role)} TO CURRENT_USER`.execute(db);
    } catch (error) {
      if (!RACE_CODES.has(sqlState(error) ?? '')) throw error;
    }
  }
}

async function ensureSchema(db: Kysely<HubDB>): Promise<void> {
  const found = await sql<{ owner: string }>`
    SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = ${HUB_SCHEMA}`.execute(db);
  const owner = found.rows[0]?.owner;
  if (owner === undefined) {
    await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(HUB_SCHEMA)} AUTHORIZATION ${sql.id(OWNER_ROLE)}`.execute(
      db,
    );
  } else if (owner !== OWNER_ROLE) {
    throw new Error(
      `The schema ${HUB_SCHEMA} exists but belongs to ${owner}, not ${OWNER_ROLE}: is this database used by something else?`,
    );
  }
}

/**
 * Lets `floorkpi_app` log in with a password, so `hub serve` can connect as the service role itself
 * (the stricter setup: the service then holds no owner credentials at all).
 */
export async function setAppPassword(db: Kysely<HubDB>, password: string): Promise<void> {
  await sql`ALTER ROLE ${sql.id(APP_ROLE)} LOGIN PASSWORD ${sql.lit(password)}`.execute(db);
}
