import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../../src-shared/contract/backups';
import { pruneDailyBackups } from '../db/backups/backup-files';
import { writeBackup } from '../db/backups/write-backup';
import { quickCheckFile } from '../db/integrity';
import { startWorker } from '../host/start-worker';
import { refreshRollupsClientByClient } from '../rollups/rollup-refresh';

/** The slow upkeep of a database file, done on a connection of its own so no call waits for it. */
export interface Maintenance {
  /** `quick_check` of the file: null when sound, else what is wrong. */
  check(): Promise<string | null>;
  /** A checked backup in the `backups/` folder (a daily one also prunes the old dailies). */
  backup(kind: BackupKind): Promise<BackupInfo>;
  /** Recomputes the stale rollups the writer left (whole clients), one client per transaction: how many. */
  rollups(): Promise<number>;
  close(): Promise<void>;
}

export type MaintenanceJob = { type: 'check' } | { type: 'backup'; kind: BackupKind } | { type: 'rollups' };
export type MaintenanceAnswer = string | null | BackupInfo | number;

/** The rollups' recompute, on a writing connection of its own (the core's writer waits for one client at most). */
function refreshRollupsOf(file: string): number {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    return refreshRollupsClientByClient(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Does one job on a connection of its own: read-only for a check or a backup (no write lock). */
export function runMaintenanceJob(file: string, job: MaintenanceJob): MaintenanceAnswer {
  if (job.type === 'check') return quickCheckFile(file);
  if (job.type === 'rollups') return refreshRollupsOf(file);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const info = writeBackup(sqlite, file, job.kind);
    if (job.kind === 'daily') pruneDailyBackups(file);
    return info;
  } finally {
    sqlite.close();
  }
}

function isBackupInfo(value: MaintenanceAnswer): value is BackupInfo {
  return typeof value === 'object' && value !== null;
}

function asCheck(value: MaintenanceAnswer): string | null {
  return typeof value === 'string' ? value : null;
}

function asCount(value: MaintenanceAnswer): number {
  return typeof value === 'number' ? value : 0;
}

function asBackup(value: MaintenanceAnswer): BackupInfo {
  if (!isBackupInfo(value)) throw new Error('The maintenance worker answered a backup with no backup.');
  return value;
}

/**
 * Upkeep on this thread, one event-loop turn later (tests, the CLI): the caller goes on first,
 * but the work itself still occupies the thread.
 */
export function inlineMaintenance(file: string): Maintenance {
  const later = (job: MaintenanceJob): Promise<MaintenanceAnswer> =>
    new Promise((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(runMaintenanceJob(file, job));
        } catch (error) {
          reject(error);
        }
      }),
    );
  return {
    check: async () => asCheck(await later({ type: 'check' })),
    backup: async (kind) => asBackup(await later({ type: 'backup', kind })),
    rollups: async () => asCount(await later({ type: 'rollups' })),
    close: async () => {},
  };
}

export interface MaintenanceRequest {
  id: number;
  job: MaintenanceJob;
}

export type MaintenanceReply =
  | { id: number; ok: true; value: MaintenanceAnswer }
  | { id: number; ok: false; message: string };

/** Upkeep in its own thread (the app): a 1 GB integrity check or backup never delays a call. */
export function workerMaintenance(workerFile: string, file: string): Maintenance {
  const worker: Worker = startWorker(workerFile, { dbPath: file });
  worker.unref();
  const pending = new Map<
    number,
    { resolve: (value: MaintenanceAnswer) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  worker.on('message', (reply: MaintenanceReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.message));
  });
  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('The maintenance worker stopped.')));
  const ask = (job: MaintenanceJob): Promise<MaintenanceAnswer> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const request: MaintenanceRequest = { id, job };
      worker.postMessage(request);
    });
  return {
    check: async () => asCheck(await ask({ type: 'check' })),
    backup: async (kind) => asBackup(await ask({ type: 'backup', kind })),
    rollups: async () => asCount(await ask({ type: 'rollups' })),
    close: async () => {
      await worker.terminate();
    },
  };
}
