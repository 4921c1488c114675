import { z } from 'zod';
import type { LocaleChoice } from '../i18n/locale';
import type { BackupInfo } from './backups';
import { channel } from './channel';

/**
 * The database the core is serving: `ready`; `checking` (open and usable, its integrity check
 * still running in the background); `missing` or `empty` (nothing to open: the first start
 * offers to create one); `foreign` (the file is not a FloorKPI database, left untouched);
 * `damaged` (it failed its integrity check: writes are refused and a backup is offered); `newer`
 * (written by a newer FloorKPI).
 */
export const DATABASE_STATES = [
  'ready',
  'checking',
  'missing',
  'empty',
  'foreign',
  'damaged',
  'newer',
] as const;
export type DatabaseState = (typeof DATABASE_STATES)[number];

export interface DatabaseStatus {
  state: DatabaseState;
  /** The database file's path on this computer. */
  path: string;
  /** What is wrong, in words, when the state is not ready or checking. */
  message: string | null;
  /** The newest backup that passed its check, offered when the database cannot be used. */
  latestBackup: BackupInfo | null;
}

export interface SystemInfo {
  appName: string;
  version: string;
  /** Which transport serves this renderer: the Electron shell or the loopback browser host. */
  host: 'electron' | 'browser';
  schemaVersion: number;
  /** True until the first user exists; the renderer then shows the first-start screen. */
  needsSetup: boolean;
  database: DatabaseStatus;
  /** The plant's default language and regional format: what the sign-in screen starts in. */
  defaultLocale: LocaleChoice;
}

/** Channels about the running app itself; none needs a signed-in user. */
export const systemChannels = {
  'system.info': channel<SystemInfo>()(z.object({}).strict()),
  'system.ping': channel<{ pong: string }>()(z.object({ echo: z.string().max(200) }).strict()),
};
