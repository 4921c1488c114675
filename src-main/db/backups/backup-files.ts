import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { BACKUP_KINDS, type BackupInfo, type BackupKind } from '../../../src-shared/contract/backups';

/** Daily backups kept; the others (before a migration or a restore, asked for, damaged) are all kept. */
export const DAILY_BACKUPS_KEPT = 14;

/** The `backups/` folder beside a database file. */
export function backupsFolder(dbFile: string): string {
  return join(dirname(dbFile), 'backups');
}

/** The database's file name without its extension: the prefix of its backups' names. */
function baseName(dbFile: string): string {
  const name = basename(dbFile);
  return name.slice(0, name.length - extname(name).length) || name;
}

/** 2026-06-30T12:00:00.123Z → 20260630T120000123Z: sortable, and legal in any file system. */
function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function dateOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namePattern(dbFile: string): RegExp {
  return new RegExp(
    `^${escapeRegExp(baseName(dbFile))}-(${BACKUP_KINDS.join('|')})-(\\d{8}T\\d{9}Z)(?:-\\d+)?\\.db$`,
  );
}

/** A new backup's file name: `<database>-<kind>-<UTC stamp>.db`, numbered if that name is taken. */
export function newBackupName(dbFile: string, kind: BackupKind, at: Date): string {
  const stem = `${baseName(dbFile)}-${kind}-${stampOf(at)}`;
  const folder = backupsFolder(dbFile);
  let name = `${stem}.db`;
  for (let n = 2; statSync(join(folder, name), { throwIfNoEntry: false }); n += 1) name = `${stem}-${n}.db`;
  return name;
}

function isBackupKind(text: string | undefined): text is BackupKind {
  return (BACKUP_KINDS as readonly (string | undefined)[]).includes(text);
}

/** What the file `name` in the database's backups folder is, or null when it is not one of its backups. */
export function backupInfo(dbFile: string, name: string): BackupInfo | null {
  const match = namePattern(dbFile).exec(name);
  const kind = match?.[1];
  if (!match || !isBackupKind(kind)) return null;
  const stats = statSync(join(backupsFolder(dbFile), name), { throwIfNoEntry: false });
  if (!stats?.isFile()) return null;
  return { name, kind, createdAt: dateOfStamp(match[2] ?? ''), bytes: stats.size };
}

/** The database's backups, newest first. Files of other databases sharing the folder are left out. */
export function listBackups(dbFile: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupsFolder(dbFile));
  } catch {
    return [];
  }
  return names
    .map((name) => backupInfo(dbFile, name))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** The newest backup that passed its check when written (a `damaged` one never did). */
export function latestGoodBackup(dbFile: string): BackupInfo | null {
  return listBackups(dbFile).find((b) => b.kind !== 'damaged') ?? null;
}

/** Deletes daily backups beyond the newest `DAILY_BACKUPS_KEPT`; returns the names deleted. */
export function pruneDailyBackups(dbFile: string): string[] {
  const stale = listBackups(dbFile)
    .filter((b) => b.kind === 'daily')
    .slice(DAILY_BACKUPS_KEPT);
  for (const backup of stale) rmSync(join(backupsFolder(dbFile), backup.name), { force: true });
  return stale.map((b) => b.name);
}
