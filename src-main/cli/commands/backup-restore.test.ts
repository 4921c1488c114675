import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backups/backup-files';
import { CLIENT_A, seedTwoClients } from '../../db/db.test-support';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

let dir: string;
let db: string;

async function cli(args: string[], answer: string | null = null) {
  const run = recordingIo({}, null, answer);
  const code = await runCli(args, run.io);
  return { code, out: run.stdout(), err: run.stderr() };
}

function clientName(file = db): string {
  const sqlite = new Database(file, { readonly: true });
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
  const sqlite = new Database(db);
  sqlite.prepare('UPDATE client SET client_name = ? WHERE client_id = ?').run(to, CLIENT_A);
  sqlite.close();
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-cli-backup-'));
  db = join(dir, 'plant.db');
  expect((await cli(['init', '--db', db])).code).toBe(0);
  const sqlite = new Database(db);
  seedTwoClients(sqlite);
  sqlite.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli backup', () => {
  it('writes a checked backup into the backups folder, or to --out, owner-only', async () => {
    const first = await cli(['backup', '--db', db]);
    expect(first.code).toBe(0);
    const [backup] = listBackups(db);
    expect(backup?.kind).toBe('manual');
    expect(first.out).toContain(`Backed up ${db} to ${join(dir, 'backups', backup?.name ?? '')}`);
    const out = join(dir, 'usb', 'plant-copy.db');
    expect(await cli(['backup', '--db', db, '--out', out])).toMatchObject({ code: 0, err: '' });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(clientName(out)).toBe('Client A');
    // Never over an existing file.
    expect(await cli(['backup', '--db', db, '--out', out])).toMatchObject({
      code: 2,
      err: expect.stringContaining('already exists'),
    });
  });
});

describe('cli restore', () => {
  it('replaces the database with the backup after --yes, keeping what it replaced', async () => {
    await cli(['backup', '--db', db]);
    const [backup] = listBackups(db);
    rename('Changed later');
    const restored = await cli([
      'restore',
      '--db',
      db,
      '--from',
      join(dir, 'backups', backup?.name ?? ''),
      '--yes',
    ]);
    expect(restored.code).toBe(0);
    expect(clientName()).toBe('Client A');
    const kept = listBackups(db).find((b) => b.kind === 'restore');
    expect(restored.out).toContain(`kept as ${join(dir, 'backups', kept?.name ?? '')}`);
    expect(clientName(join(dir, 'backups', kept?.name ?? ''))).toBe('Changed later');
  });

  it('takes a backup by its name in the backups folder', async () => {
    await cli(['backup', '--db', db]);
    const [backup] = listBackups(db);
    rename('Changed later');
    expect((await cli(['restore', '--db', db, '--from', backup?.name ?? '', '--yes'])).code).toBe(0);
    expect(clientName()).toBe('Client A');
  });

  it('asks on the terminal without --yes, and restores only on "yes"', async () => {
    await cli(['backup', '--db', db]);
    const [backup] = listBackups(db);
    rename('Changed later');
    const from = join(dir, 'backups', backup?.name ?? '');
    const declined = await cli(['restore', '--db', db, '--from', from], 'no');
    expect(declined.err).toContain(`Replace ${db} with ${from}?`);
    expect(declined).toMatchObject({ code: 1, out: 'Nothing was restored.\n' });
    expect(clientName()).toBe('Changed later');
    const noTerminal = await cli(['restore', '--db', db, '--from', from], null);
    expect(noTerminal).toMatchObject({ code: 2, err: expect.stringContaining('pass --yes') });
    expect(clientName()).toBe('Changed later');
    expect((await cli(['restore', '--db', db, '--from', from], 'yes')).code).toBe(0);
    expect(clientName()).toBe('Client A');
  });

  it('refuses a file that is not a sound FloorKPI backup, changing nothing', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'x'.repeat(500));
    const result = await cli(['restore', '--db', db, '--from', junk, '--yes']);
    expect(result).toMatchObject({ code: 2, err: expect.stringContaining('cannot be restored') });
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});

describe('reading commands never create or change a database', () => {
  const readers = (file: string) => [
    ['kpi', '--db', file, '--as', 'admin', '--from', '2026-03-01', '--to', '2026-03-31'],
    ['export', '--db', file, '--as', 'admin', '--table', 'client', '--out', join(dir, 'out.csv')],
    ['import', '--db', file, '--as', 'admin', '--table', 'client', '--file', join(dir, 'in.csv')],
  ];
  const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

  it('refuses a missing, an empty and a foreign file, leaving each as it was', async () => {
    writeFileSync(join(dir, 'in.csv'), 'client_id,client_name\nNEW,New client\n');
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE song (title TEXT)');
    other.close();
    const foreignDigest = digest(foreign);
    const cases: [string, string][] = [
      [join(dir, 'missing.db'), 'There is no FloorKPI database at'],
      [empty, 'is an empty file, not a FloorKPI database'],
      [foreign, 'is not a FloorKPI database'],
    ];
    for (const [file, message] of cases) {
      for (const args of readers(file)) {
        const result = await cli(args);
        expect({ args, code: result.code }).toEqual({ args, code: 2 });
        expect(result.err).toContain(message);
      }
    }
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
    expect(statSync(empty).size).toBe(0);
    expect(digest(foreign)).toBe(foreignDigest);
    expect(readdirSync(dir).sort()).toEqual(
      ['empty.db', 'foreign.db', 'in.csv', 'plant.db', 'plant.db-shm', 'plant.db-wal']
        .filter((f) => existsSync(join(dir, f)))
        .sort(),
    );
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('lets init create the database at an empty file', async () => {
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    expect((await cli(['init', '--db', empty])).code).toBe(0);
    expect(statSync(empty).mode & 0o777).toBe(0o600);
    // Now a FloorKPI database (with no users yet): the reading command gets past the file.
    expect((await cli(readers(empty)[0] ?? [])).err).toContain('No user has the id or username "admin"');
  });
});
