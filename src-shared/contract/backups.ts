import { z } from 'zod';
import { channel } from './channel';

/**
 * Why a backup was made: `daily` while the app runs (the last 14 are kept), `migration` before a
 * schema change, `restore` (what a restore replaced), `manual` (asked for), `damaged` (a file that
 * failed its integrity check, moved aside as it was). Only `daily` ones are ever deleted.
 */
export const BACKUP_KINDS = ['daily', 'migration', 'restore', 'manual', 'damaged'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** One backup file in the `backups/` folder beside the database. */
export interface BackupInfo {
  /** The file name (never a path): what a restore names. */
  name: string;
  kind: BackupKind;
  /** When it was written, UTC ISO timestamp. */
  createdAt: string;
  bytes: number;
}

export interface BackupList {
  /** The folder the backups are in, for the person who copies them elsewhere. */
  folder: string;
  /** Newest first. */
  backups: BackupInfo[];
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup made of the database the restore replaced (null when there was none to keep). */
  keptAs: BackupInfo | null;
}

/** A backup's file name as the app writes it: no folder, no `..`, ends in `.db`. */
export const backupName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+\.db$/, 'must be the name of a backup in the list')
  .refine((name) => !name.includes('..'), 'must be the name of a backup in the list');

/** ADMIN only: the backups beside the database, one made now, and putting one back. */
export const backupChannels = {
  'backups.list': channel<BackupList>()(z.strictObject({})),
  'backups.create': channel<BackupInfo>()(z.strictObject({})),
  /**
   * Replaces the database with a backup, after backing up the current one. Every session ends
   * (the restored users may differ): everyone signs in again.
   */
  'backups.restore': channel<RestoreResult>()(z.strictObject({ name: backupName })),
};
