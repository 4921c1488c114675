import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { writeBackup } from './backups/write-backup';
import { createPrivateFile, inspectDatabaseFile } from './database-file';
import { quickCheck } from './integrity';
import { migrate, NewerDatabaseError, pendingMigrations } from './migrate';
import type { DB } from './schema';

export interface OpenDatabase {
  /** The file opened (`:memory:` for a test database). */
  file: string;
  /** The raw connection, for pragmas, bulk statements and synchronous transactions. */
  sqlite: Database.Database;
  /** The typed query builder over the same connection. */
  db: Kysely<DB>;
  /** The migrations this open applied (empty when the file was up to date). */
  migrated: string[];
  /** Closes the connection (through Kysely, which owns it once created). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open read-only (a KPI reader): no migrations, no writes. */
  readonly?: boolean;
  /** Skip migrations (used by tests of the migrator itself). */
  migrate?: boolean;
  /** Skip the integrity check: the app checks in the background, a second connection needs none. */
  check?: boolean;
  /**
   * Create the database when the file is missing or empty: `init`, `seed` and the app's explicit
   * "create a new database". Without it such a file is refused, and nothing is written to it.
   */
  create?: boolean;
}

/**
 * How long a write waits for another connection's or process's write (an import, a restore)
 * before giving up with a BUSY error. A 100,000-row import holds the write lock for a few
 * seconds; a plant PC under load can take several times that.
 */
export const BUSY_TIMEOUT_MS = 30_000;

/** Why a file was not opened: each kind has its own words and its own way out. */
export type RefusalKind = 'missing' | 'empty' | 'foreign' | 'damaged' | 'newer';

/** Raised when a file cannot be served as a FloorKPI database; the file was left as it was. */
export class DatabaseRefusedError extends Error {
  readonly kind: RefusalKind;
  readonly file: string;
  constructor(kind: RefusalKind, file: string, message: string) {
    super(message);
    this.name = 'DatabaseRefusedError';
    this.kind = kind;
    this.file = file;
  }
}

/** The words for a refused file (also used by the core's recovery states). */
export function refusalMessage(kind: RefusalKind, file: string, detail = ''): string {
  switch (kind) {
    case 'missing':
      return `There is no FloorKPI database at ${file}. Create one with "init" (the app offers "Create a new database").`;
    case 'empty':
      return `${file} is an empty file, not a FloorKPI database. Create one with "init" (the app offers "Create a new database").`;
    case 'foreign':
      return `${file} is not a FloorKPI database (${detail}). Nothing was written to it; check the path.`;
    case 'damaged':
      return `The database ${file} failed its integrity check (${detail}). Restore a backup before continuing.`;
    case 'newer':
      return detail;
  }
}

function refuse(kind: RefusalKind, file: string, detail = ''): DatabaseRefusedError {
  return new DatabaseRefusedError(kind, file, refusalMessage(kind, file, detail));
}

/** Checks what `file` holds before SQLite touches it: a missing or empty file is created only when asked. */
function prepareFile(file: string, options: OpenOptions): void {
  const state = inspectDatabaseFile(file);
  if (state.kind === 'foreign') throw refuse('foreign', file, state.reason);
  if (state.kind === 'floorkpi') return;
  if (!options.create || options.readonly) throw refuse(state.kind, file);
  createPrivateFile(file);
}

function setPragmas(sqlite: Database.Database, options: OpenOptions): void {
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  // FULL: each commit syncs the WAL, so an acknowledged save survives a power cut, not only a
  // crash of the app (NORMAL's promise). It costs ~0.5–1.5 ms per commit (README § Durability).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('temp_store = MEMORY');
}

/** Applies pending migrations, backing up an existing database before its schema changes. */
function migrateWithBackup(sqlite: Database.Database, file: string): string[] {
  const { pending, existing } = pendingMigrations(sqlite);
  if (pending.length === 0) return [];
  if (existing && file !== ':memory:') writeBackup(sqlite, file, 'migration');
  return migrate(sqlite);
}

/**
 * Opens a FloorKPI database with its pragmas, checks it and migrates it. A missing, empty or
 * foreign file is refused untouched unless `create` is set (and a foreign file always is).
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenDatabase {
  if (file !== ':memory:') prepareFile(file, options);
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: file !== ':memory:',
  });
  let migrated: string[] = [];
  try {
    try {
      setPragmas(sqlite, options);
    } catch (error) {
      // A header SQLite cannot read (SQLITE_NOTADB, SQLITE_CORRUPT) surfaces at the first pragma.
      throw refuse('damaged', file, error instanceof Error ? error.message : String(error));
    }
    if (options.check !== false) {
      const problem = quickCheck(sqlite);
      if (problem !== null) throw refuse('damaged', file, problem);
    }
    if (!options.readonly && options.migrate !== false) migrated = migrateWithBackup(sqlite, file);
  } catch (error) {
    sqlite.close();
    if (error instanceof NewerDatabaseError) throw refuse('newer', file, error.message);
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    file,
    sqlite,
    db,
    migrated,
    // Kysely closes only a connection it has used; close the raw one too so the WAL is checkpointed.
    close: async () => {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
