import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from './backups/backup-files';
import { corruptPage } from './damage.test-support';
import { FLOORKPI_APPLICATION_ID, inspectDatabaseFile } from './database-file';
import { seedTwoClients } from './db.test-support';
import { migrate, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { DatabaseRefusedError, openDatabase } from './open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fk-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function refusal(file: string): DatabaseRefusedError {
  try {
    openDatabase(file).sqlite.close();
  } catch (error) {
    if (error instanceof DatabaseRefusedError) return error;
    throw error;
  }
  throw new Error(`${file} was opened`);
}

describe('openDatabase: no silent databases', () => {
  it('refuses a missing file and creates nothing', () => {
    const file = join(dir, 'typo', 'plant.db');
    expect(refusal(file)).toMatchObject({
      kind: 'missing',
      message: expect.stringContaining('There is no FloorKPI database'),
    });
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });

  it('refuses a zero-byte file and leaves it empty', () => {
    const file = join(dir, 'empty.db');
    writeFileSync(file, '');
    expect(refusal(file)).toMatchObject({
      kind: 'empty',
      message: expect.stringContaining('is an empty file'),
    });
    expect(statSync(file).size).toBe(0);
    expect(readdirSync(dir)).toEqual(['empty.db']);
  });

  it('refuses a file that is not a database, byte for byte untouched', () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'shift notes, not a database\n'.repeat(20));
    const before = digest(file);
    expect(refusal(file)).toMatchObject({
      kind: 'foreign',
      message: expect.stringContaining('not a SQLite database'),
    });
    expect(digest(file)).toBe(before);
  });

  it("refuses another application's SQLite database and writes nothing to it", () => {
    const file = join(dir, 'other.db');
    const other = new Database(file);
    other.exec(
      'CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoice VALUES (1, 9.5);',
    );
    other.close();
    const before = digest(file);
    expect(refusal(file)).toMatchObject({
      kind: 'foreign',
      message: expect.stringContaining('not a FloorKPI one'),
    });
    expect(digest(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['other.db']);
    // Also with create: init never takes over another program's file.
    expect(() => openDatabase(file, { create: true })).toThrow(DatabaseRefusedError);
    expect(digest(file)).toBe(before);
  });

  it('creates a database only when asked, owner-only (file 0600, new folder 0700, WAL 0600)', async () => {
    const folder = join(dir, 'data', 'floorkpi');
    const file = join(folder, 'plant.db');
    const database = openDatabase(file, { create: true });
    database.sqlite
      .prepare("INSERT INTO schema_migration (name, applied_at) VALUES ('x-probe', 'now')")
      .run();
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(join(dir, 'data'))).toBe(0o700);
    database.sqlite.prepare("DELETE FROM schema_migration WHERE name = 'x-probe'").run();
    await database.close();
    expect(inspectDatabaseFile(file)).toEqual({ kind: 'floorkpi' });
  });

  it('recognises a FloorKPI file by its application id, and an older one by its migrations', async () => {
    const file = join(dir, 'plant.db');
    const database = openDatabase(file, { create: true });
    expect(database.sqlite.pragma('application_id', { simple: true })).toBe(FLOORKPI_APPLICATION_ID);
    // A file from before the application id: the id cleared, its migrations still there.
    database.sqlite.pragma('application_id = 0');
    await database.close();
    expect(inspectDatabaseFile(file)).toEqual({ kind: 'floorkpi' });
    openDatabase(file).sqlite.close();
  });

  it('syncs every commit (synchronous = FULL), so an acknowledged save survives a power cut', () => {
    const database = openDatabase(join(dir, 'plant.db'), { create: true });
    // 2 = FULL (1 = NORMAL, which may lose the last commits at a power cut).
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    database.sqlite.close();
  });

  it('refuses a damaged file, naming what is wrong', async () => {
    const file = join(dir, 'plant.db');
    const database = openDatabase(file, { create: true });
    seedTwoClients(database.sqlite);
    await database.close();
    corruptPage(file, 'client');
    expect(refusal(file)).toMatchObject({
      kind: 'damaged',
      message: expect.stringContaining('failed its integrity check'),
    });
  });
});

describe('openDatabase: migrations', () => {
  it('backs an existing database up before migrating it, and the backup holds the old schema', async () => {
    const file = join(dir, 'plant.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrate(old, MIGRATIONS.slice(0, -1));
    seedTwoClients(old);
    old.close();

    const database = openDatabase(file);
    expect(database.migrated).toEqual([MIGRATIONS[MIGRATIONS.length - 1]?.name]);
    await database.close();
    const backups = listBackups(file);
    expect(backups.map((b) => b.kind)).toEqual(['migration']);
    const copy = new Database(join(dir, 'backups', backups[0]?.name ?? ''), { readonly: true });
    expect(schemaVersion(copy)).toBe(MIGRATIONS.length - 1);
    expect(copy.prepare('SELECT count(*) AS n FROM client').get()).toEqual({ n: 2 });
    copy.close();
  });

  it('takes no backup of a new database, nor of one already up to date', async () => {
    const file = join(dir, 'plant.db');
    await openDatabase(file, { create: true }).close();
    await openDatabase(file).close();
    expect(listBackups(file)).toEqual([]);
  });
});
