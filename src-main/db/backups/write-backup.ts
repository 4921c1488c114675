import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import type { BackupInfo, BackupKind } from '../../../src-shared/contract/backups';
import { compileQuery } from '../compiled';
import { createPrivateFile, ensurePrivateFolder } from '../database-file';
import { quickCheckFile } from '../integrity';
import { backupInfo, backupsFolder, newBackupName } from './backup-files';

/** Raised when a backup could not be written or did not pass its check; nothing is left of it. */
export class BackupFailedError extends Error {
  constructor(detail: string) {
    super(`The backup failed: ${detail}`);
    this.name = 'BackupFailedError';
  }
}

/**
 * Copies the database `source` reads into `target` with `VACUUM INTO`: one consistent snapshot
 * (it needs no write lock, so saves go on meanwhile), compacted, in a single file with no WAL. It
 * is written under a temporary name, owner-only (0600), checked with quick_check, and only then
 * renamed into place, so a file under a backup's name is always a whole, checked backup.
 */
export function writeBackupFile(source: Database.Database, target: string): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    createPrivateFile(partial);
    const vacuum = compileQuery(sql`VACUUM INTO ${partial}`);
    source.prepare(vacuum.sql).run(...vacuum.parameters);
    const problem = quickCheckFile(partial);
    if (problem !== null) throw new BackupFailedError(`the copy failed its integrity check (${problem})`);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof BackupFailedError) throw error;
    throw new BackupFailedError(error instanceof Error ? error.message : String(error));
  }
}

/** Writes a backup of the database `source` reads into the `backups/` folder beside `dbFile` (0700). */
export function writeBackup(
  source: Database.Database,
  dbFile: string,
  kind: BackupKind,
  at: Date = new Date(),
): BackupInfo {
  const folder = backupsFolder(dbFile);
  ensurePrivateFolder(folder);
  const name = newBackupName(dbFile, kind, at);
  writeBackupFile(source, join(folder, name));
  const info = backupInfo(dbFile, name);
  if (!info) throw new BackupFailedError(`${name} is not where it was written`);
  return info;
}
