import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PGliteDialect } from 'kysely';
import type { HubDatabase } from '../db/connect';
import { migrateHub } from '../db/hub-migrate';
import { HUB_SCHEMA, type HubDB } from '../db/hub-schema';
import { hubTypeParsers } from '../db/type-parsers';

/**
 * A hub database in PGlite (PostgreSQL in-process), migrated: for fast tests of SQL, row-level
 * security and the protocol's rules. One connection, so no concurrency tests here (those run on
 * a real PostgreSQL: *.pg.test.ts). Its login is a superuser, like `pg_virtualenv`'s.
 */
export async function pgliteHub(): Promise<HubDatabase> {
  const pglite = new PGlite({ parsers: hubTypeParsers() });
  const db = new Kysely<HubDB>({
    dialect: new PGliteDialect({
      pglite,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(
          CompiledQuery.raw('SELECT set_config($1, $2, false), set_config($3, $4, false)', [
            'TimeZone',
            'UTC',
            'search_path',
            HUB_SCHEMA,
          ]),
        );
      },
    }),
  });
  await migrateHub(db);
  return { db, close: () => db.destroy() };
}
