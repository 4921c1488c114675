import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { APP_ROLE, HUB_SCHEMA, type HubDB, OWNER_ROLE } from './hub-schema';
import { HUB_TYPE_PARSERS } from './type-parsers';

/** Which role a connection works as: the service (`app`) or migrations and the CLI (`owner`). */
export type HubRole = 'app' | 'owner';

export const ROLE_NAMES: Readonly<Record<HubRole, string>> = { app: APP_ROLE, owner: OWNER_ROLE };

export interface HubDatabase {
  db: Kysely<HubDB>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /**
   * The role every connection of the pool switches to as it opens (SET ROLE, session-wide); null
   * keeps the login role (`hub init`, which creates the roles).
   */
  role: HubRole | null;
  /** Pool size (the service's concurrency against PostgreSQL). */
  max?: number;
}

const types: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    HUB_TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format),
};

/**
 * A pool on the hub's PostgreSQL. Every connection runs in UTC with the hub's schema on its search
 * path and switches to `role` before its first query, so a statement outside a hub transaction
 * still runs without the owner's rights. `url` is a libpq connection string (postgres://…).
 */
export function connectPostgres(url: string, options: ConnectOptions): HubDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: 'floorkpi-hub',
    options: `-c TimeZone=UTC -c search_path=${HUB_SCHEMA}`,
    // A stuck request must not hold a client's clock lock for long.
    idle_in_transaction_session_timeout: 60_000,
    types,
  });
  // An idle connection that PostgreSQL ends (a server restart, DROP DATABASE … FORCE, an admin's
  // pg_terminate_backend) makes the pool emit 'error'; without a listener that would crash the
  // hub. The pool has already discarded that connection and opens a new one on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`FloorKPI hub: a PostgreSQL connection was closed (${error.message})`);
  });
  const role = options.role === null ? null : ROLE_NAMES[options.role];
  const db = new Kysely<HubDB>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        if (role === null) return;
        await connection.executeQuery(CompiledQuery.raw('SELECT set_config($1, $2, false)', ['role', role]));
      },
    }),
  });
  return { db, close: () => db.destroy() };
}
