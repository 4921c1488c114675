import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrate } from './migrate';
import type { DB } from './schema';

export interface OpenDatabase {
  /** The raw connection, for pragmas, bulk statements and synchronous transactions. */
  sqlite: Database.Database;
  /** The typed query builder over the same connection. */
  db: Kysely<DB>;
  /** Closes the connection (through Kysely, which owns it once created). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open read-only (a KPI reader): no migrations, no writes. */
  readonly?: boolean;
  /** Skip migrations (used by tests of the migrator itself). */
  migrate?: boolean;
  /** Skip the integrity check: for a second connection to a file this process just checked. */
  check?: boolean;
}

/**
 * How long a write waits for another connection's or process's write (an import, a restore)
 * before giving up with a BUSY error. A 100,000-row import holds the write lock for a few
 * seconds; a plant PC under load can take several times that.
 */
export const BUSY_TIMEOUT_MS = 30_000;

/** Raised when `PRAGMA quick_check` finds damage: the app refuses to write over a corrupt file. */
export class DatabaseCorruptError extends Error {
  constructor(file: string, detail: string) {
    super(`The database ${file} failed its integrity check (${detail}). Restore a backup before continuing.`);
    this.name = 'DatabaseCorruptError';
  }
}

/** Opens (creating if needed) a FloorKPI database with its pragmas, checks it, and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): OpenDatabase {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) sqlite.pragma('journal_mode = WAL');
    // NORMAL is durable against app crashes in WAL mode; only a power cut can lose the last commit.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('temp_store = MEMORY');
    // quick_check looks for a damaged file; with CHECK constraints on it would also re-evaluate
    // every CHECK of every row (2 s at 50 clients × 1 year), which writes already enforced.
    if (options.check !== false) {
      sqlite.pragma('ignore_check_constraints = ON');
      const check = sqlite.pragma('quick_check', { simple: true });
      sqlite.pragma('ignore_check_constraints = OFF');
      if (check !== 'ok') throw new DatabaseCorruptError(file, String(check));
    }
    if (!options.readonly && options.migrate !== false) migrate(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    // Kysely closes only a connection it has used; close the raw one too so the WAL is checkpointed.
    close: async () => {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
