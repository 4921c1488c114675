import { chmodSync, closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { appliedQuery, MIGRATION_TABLE_EXISTS } from './migration-record';
import { firstRow } from './store-compiler';

/**
 * What a path holds, judged without writing a byte to it: a command that reads a plant's data
 * must never turn a mistyped path, an empty file or another program's database into a FloorKPI
 * database by opening it.
 */
export type DatabaseFileState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'floorkpi' }
  | { kind: 'foreign'; reason: string };

/** `PRAGMA application_id` of every FloorKPI database: "FKPI" (set by migration 0014). */
export const FLOORKPI_APPLICATION_ID = 0x464b5049;

/** The first migration's name: files from before the application id carry it. */
const FIRST_MIGRATION = '0001-core-entities';
const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_BYTES = 100;
const APPLICATION_ID_OFFSET = 68;

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Whether a SQLite file without FloorKPI's application id is an older FloorKPI file (a read-only look). */
function hasFloorKpiMigrations(file: string): boolean {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (!firstRow(sqlite, MIGRATION_TABLE_EXISTS)) return false;
    return firstRow(sqlite, appliedQuery(FIRST_MIGRATION)) !== undefined;
  } finally {
    sqlite.close();
  }
}

/** Looks at `file` (reading only) and says whether it is a FloorKPI database, nothing, or something else. */
export function inspectDatabaseFile(file: string): DatabaseFileState {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) return { kind: 'missing' };
  if (!stats.isFile()) return { kind: 'foreign', reason: 'it is a folder or a device, not a file' };
  if (stats.size === 0) return { kind: 'empty' };
  const header = readHeader(file);
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, SQLITE_MAGIC.length) !== SQLITE_MAGIC)
    return { kind: 'foreign', reason: 'it is not a SQLite database file' };
  const applicationId = header.readUInt32BE(APPLICATION_ID_OFFSET);
  if (applicationId === FLOORKPI_APPLICATION_ID) return { kind: 'floorkpi' };
  if (applicationId !== 0) return { kind: 'foreign', reason: 'it is the database of another application' };
  // The header is written at a checkpoint: a new file's id may still sit in its WAL.
  try {
    if (hasFloorKpiMigrations(file)) return { kind: 'floorkpi' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'foreign', reason: `it cannot be read as a database (${detail})` };
  }
  return { kind: 'foreign', reason: 'it is a SQLite database but not a FloorKPI one' };
}

/**
 * Makes the folder of a new database (owner only, 0700, for each folder created) and an empty
 * file readable and writable by its owner only (0600). SQLite gives the -wal and -shm files the
 * database file's permissions. An existing empty file is made private too.
 */
export function createPrivateFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    chmodSync(file, 0o600);
  }
}

/** Makes `folder` (and missing parents) owner-only when it creates them; an existing folder is left as it is. */
export function ensurePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
}
