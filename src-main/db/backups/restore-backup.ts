import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../src-shared/contract/backups';
import { createPrivateFile, ensurePrivateFolder, inspectDatabaseFile } from '../database-file';
import { quickCheckFile } from '../integrity';
import { backupInfo, backupsFolder, newBackupName } from './backup-files';
import { BackupFailedError, writeBackup } from './write-backup';

/** Raised when the file offered as a backup is not a sound FloorKPI database; nothing was changed. */
export class UnusableBackupError extends Error {
  /** Why, for a reader in another language: no such file, an empty one, not ours, or damaged. */
  readonly reason: 'missing' | 'empty' | 'foreign' | 'damaged';
  constructor(from: string, detail: string, reason: UnusableBackupError['reason']) {
    super(`${from} cannot be restored: ${detail}. Nothing was changed.`);
    this.name = 'UnusableBackupError';
    this.reason = reason;
  }
}

/** Refuses a backup that is not a FloorKPI database or fails its integrity check. */
export function assertRestorable(from: string): void {
  const state = inspectDatabaseFile(from);
  if (state.kind === 'missing') throw new UnusableBackupError(from, 'there is no such file', 'missing');
  if (state.kind === 'empty') throw new UnusableBackupError(from, 'it is empty', 'empty');
  if (state.kind === 'foreign') throw new UnusableBackupError(from, state.reason, 'foreign');
  const problem = quickCheckFile(from);
  if (problem !== null)
    throw new UnusableBackupError(from, `it failed its integrity check (${problem})`, 'damaged');
}

/** A database file that cannot be backed up (damaged, or not ours) is moved, as it is, into the backups folder. */
function moveAside(dbFile: string, at: Date): BackupInfo {
  const folder = backupsFolder(dbFile);
  ensurePrivateFolder(folder);
  const name = newBackupName(dbFile, 'damaged', at);
  const target = join(folder, name);
  renameSync(dbFile, target);
  // Its WAL holds its last commits: kept beside it, so the pair can still be opened and examined.
  try {
    renameSync(`${dbFile}-wal`, `${target}-wal`);
  } catch {
    // No WAL: the file was closed cleanly.
  }
  rmSync(`${dbFile}-shm`, { force: true });
  const info = backupInfo(dbFile, name);
  if (!info) throw new BackupFailedError(`${name} is not where it was moved`);
  return info;
}

/** Puts a copy of `from` at `dbFile` where there is no database: written aside, synced, renamed in. */
function copyInPlace(from: string, dbFile: string): void {
  const partial = `${dbFile}.restoring`;
  rmSync(partial, { force: true });
  createPrivateFile(partial);
  try {
    copyFileSync(from, partial);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    for (const stale of [`${dbFile}-wal`, `${dbFile}-shm`]) rmSync(stale, { force: true });
    renameSync(partial, dbFile);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Copies `from` over a live database with SQLite's backup API: one transaction on the target,
 * under its write lock, so another program that has the file open sees the old database or the
 * restored one, never a mix.
 */
async function copyOver(from: string, dbFile: string): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(dbFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/**
 * Replaces the database at `dbFile` with the backup `from`, keeping what it replaces: a sound
 * database is backed up first (kind `restore`); a damaged or foreign file is moved into the
 * backups folder as it is (kind `damaged`). Nobody in this process may have the file open.
 */
export async function restoreBackup(
  dbFile: string,
  from: string,
  at: Date = new Date(),
): Promise<{ keptAs: BackupInfo | null }> {
  assertRestorable(from);
  const current = inspectDatabaseFile(dbFile);
  if (current.kind === 'missing' || current.kind === 'empty') {
    copyInPlace(from, dbFile);
    return { keptAs: null };
  }
  if (current.kind === 'floorkpi' && quickCheckFile(dbFile) === null) {
    const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
    let keptAs: BackupInfo;
    try {
      keptAs = writeBackup(sqlite, dbFile, 'restore', at);
    } finally {
      sqlite.close();
    }
    await copyOver(from, dbFile);
    return { keptAs };
  }
  const keptAs = moveAside(dbFile, at);
  copyInPlace(from, dbFile);
  return { keptAs };
}
