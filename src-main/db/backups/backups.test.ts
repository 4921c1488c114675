import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corruptPage } from '../damage.test-support';
import { CLIENT_A, seedTwoClients } from '../db.test-support';
import { quickCheckFile } from '../integrity';
import { openDatabase } from '../open';
import { DAILY_BACKUPS_KEPT, latestGoodBackup, listBackups, pruneDailyBackups } from './backup-files';
import { restoreBackup, UnusableBackupError } from './restore-backup';
import { writeBackup } from './write-backup';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-backups-'));
  file = join(dir, 'plant.db');
  const database = openDatabase(file, { create: true });
  seedTwoClients(database.sqlite);
  await database.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;
const folder = () => join(dir, 'backups');

function clientName(path: string): string {
  const sqlite = new Database(path, { readonly: true });
  try {
    return (
      sqlite.prepare('SELECT client_name FROM client WHERE client_id = ?').get(CLIENT_A) as {
        client_name: string;
      }
    ).client_name;
  } finally {
    sqlite.close();
  }
}

function rename(to: string): void {
  const sqlite = new Database(file);
  sqlite.prepare('UPDATE client SET client_name = ? WHERE client_id = ?').run(to, CLIENT_A);
  sqlite.close();
}

function backupNow(kind: 'daily' | 'manual' | 'migration', at = new Date()) {
  const sqlite = new Database(file, { readonly: true });
  try {
    return writeBackup(sqlite, file, kind, at);
  } finally {
    sqlite.close();
  }
}

describe('backups', () => {
  it('writes a checked, owner-only copy into a backups folder beside the database', () => {
    const info = backupNow('manual', new Date('2026-06-30T12:00:00.123Z'));
    expect(info).toMatchObject({
      name: 'plant-manual-20260630T120000123Z.db',
      kind: 'manual',
      createdAt: '2026-06-30T12:00:00.123Z',
    });
    const path = join(folder(), info.name);
    expect(info.bytes).toBe(statSync(path).size);
    expect(modeOf(folder())).toBe(0o700);
    expect(modeOf(path)).toBe(0o600);
    expect(quickCheckFile(path)).toBeNull();
    // One file, no WAL beside it, nothing half-written left behind.
    expect(readdirSync(folder())).toEqual([info.name]);
    expect(clientName(path)).toBe('Client A');
  });

  it('keeps the last 14 daily backups and every other kind', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 5, n, 12));
    for (let n = 1; n <= 16; n += 1) backupNow('daily', day(n));
    backupNow('migration', day(2));
    backupNow('manual', day(3));
    expect(pruneDailyBackups(file)).toEqual([
      'plant-daily-20260602T120000000Z.db',
      'plant-daily-20260601T120000000Z.db',
    ]);
    const kept = listBackups(file);
    expect(kept.filter((b) => b.kind === 'daily')).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(kept.filter((b) => b.kind !== 'daily').map((b) => b.kind)).toEqual(['manual', 'migration']);
    expect(latestGoodBackup(file)?.name).toBe('plant-daily-20260616T120000000Z.db');
  });

  it('lists only the backups of this database, newest first', () => {
    writeFileSync(join(dir, 'other.db'), '');
    const older = backupNow('manual', new Date('2026-06-01T00:00:00Z'));
    const newer = backupNow('daily', new Date('2026-06-02T00:00:00Z'));
    writeFileSync(join(folder(), 'other-daily-20260603T000000000Z.db'), 'x');
    writeFileSync(join(folder(), 'plant-daily-20260604T000000000Z.db.partial'), 'x');
    expect(listBackups(file).map((b) => b.name)).toEqual([newer.name, older.name]);
  });

  it('restores a backup over the database, keeping a backup of what it replaced', async () => {
    const backup = backupNow('manual');
    rename('Renamed after the backup');
    const { keptAs } = await restoreBackup(file, join(folder(), backup.name));
    expect(clientName(file)).toBe('Client A');
    expect(keptAs?.kind).toBe('restore');
    expect(clientName(join(folder(), keptAs?.name ?? ''))).toBe('Renamed after the backup');
    expect(quickCheckFile(file)).toBeNull();
    const reopened = openDatabase(file);
    expect(reopened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    await reopened.close();
  });

  it('restores under a connection another program holds open, which then reads the restored data', async () => {
    const backup = backupNow('manual');
    rename('Renamed after the backup');
    const other = new Database(file, { readonly: true });
    expect(clientName(file)).toBe('Renamed after the backup');
    await restoreBackup(file, join(folder(), backup.name));
    expect(
      (
        other.prepare('SELECT client_name FROM client WHERE client_id = ?').get(CLIENT_A) as {
          client_name: string;
        }
      ).client_name,
    ).toBe('Client A');
    other.close();
  });

  it('moves a damaged database aside, as it is, and puts the backup in its place', async () => {
    const backup = backupNow('manual');
    corruptPage(file, 'client');
    const { keptAs } = await restoreBackup(file, join(folder(), backup.name));
    expect(keptAs?.kind).toBe('damaged');
    expect(quickCheckFile(join(folder(), keptAs?.name ?? ''))).not.toBeNull();
    expect(quickCheckFile(file)).toBeNull();
    expect(clientName(file)).toBe('Client A');
    expect(modeOf(file)).toBe(0o600);
    // The damaged file is never offered as a backup to restore.
    expect(latestGoodBackup(file)?.name).toBe(backup.name);
  });

  it('refuses a backup that is not a sound FloorKPI database, changing nothing', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just text that is long enough to have a header '.repeat(3));
    await expect(restoreBackup(file, junk)).rejects.toThrow(UnusableBackupError);
    const broken = backupNow('manual');
    corruptPage(join(folder(), broken.name), 'client');
    await expect(restoreBackup(file, join(folder(), broken.name))).rejects.toThrow(
      /failed its integrity check/,
    );
    expect(clientName(file)).toBe('Client A');
    expect(listBackups(file).map((b) => b.kind)).toEqual(['manual']);
    expect(existsSync(`${file}.restoring`)).toBe(false);
  });
});
