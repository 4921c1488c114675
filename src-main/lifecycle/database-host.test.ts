import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { type Core, type CoreOptions, createCore } from '../core';
import { listBackups } from '../db/backups/backup-files';
import { writeBackup } from '../db/backups/write-backup';
import { corruptPage } from '../db/damage.test-support';
import { CLIENT_A, seedTwoClients } from '../db/db.test-support';
import { openDatabase } from '../db/open';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

const PASSWORD = 'host-lifecycle-1';
const ROOT = resolve(__dirname, '../..');
let dir: string;
let file: string;
let core: Core | null = null;

const start = (options: Partial<CoreOptions> = {}): Core => {
  core = createCore({ dbPath: file, host: 'test', ...options });
  return core;
};
// A sign-in draws a new session key: each caller's label maps to the key it holds now.
const keys = new Map<string, string>();
const call = <K extends ChannelName>(session: string, channel: K, payload: RequestOf<K>) =>
  (core as Core).dispatch(keys.get(session) ?? session, channel, payload, (key) =>
    keys.set(session, key),
  ) as Promise<Result<ResponseOf<K>>>;
const info = async () => {
  const answer = await call('s', 'system.info', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
};
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A plant database with two clients and two users (an ADMIN and a LEADER), closed. */
async function plantFile(): Promise<void> {
  const database = openDatabase(file, { create: true });
  seedTwoClients(database.sqlite);
  const store = new ScopedStore(database.sqlite, SYSTEM_SCOPE);
  await createUser(store, { username: 'ana', role: 'ADMIN', clients: [], password: PASSWORD });
  await createUser(store, { username: 'lena', role: 'LEADER', clients: [CLIENT_A], password: PASSWORD });
  await database.close();
}

function backupOfFile(): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    return writeBackup(sqlite, file, 'manual').name;
  } finally {
    sqlite.close();
  }
}

function rename(to: string): void {
  const sqlite = new Database(file);
  sqlite.prepare('UPDATE client SET client_name = ? WHERE client_id = ?').run(to, CLIENT_A);
  sqlite.close();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fk-host-'));
  file = join(dir, 'plant.db');
});
afterEach(async () => {
  keys.clear();
  await core?.close();
  core = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('a start without a database', () => {
  it('creates nothing until the first start asks, then creates an owner-only database', async () => {
    const folder = join(dir, 'new-folder');
    file = join(folder, 'plant.db');
    start();
    expect(await info()).toMatchObject({
      needsSetup: true,
      database: {
        state: 'missing',
        path: file,
        message: expect.stringContaining('There is no FloorKPI database'),
      },
    });
    expect(await call('s', 'auth.login', { username: 'ana', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    expect(await call('s', 'setup.loadDemo', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    expect(existsSync(folder)).toBe(false);

    expect(await call('s', 'database.create', {})).toMatchObject({ ok: true, data: { state: 'checking' } });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(await call('s', 'database.create', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await call('s', 'auth.setupFirstAdmin', { username: 'ana', password: PASSWORD, fullName: 'Ana Admin' }),
    ).toMatchObject({ ok: true });
    await core?.deps.files.whenChecked();
    expect((await info()).database.state).toBe('ready');
  });

  it('leaves an empty file empty until the first start creates the database in it', async () => {
    writeFileSync(file, '');
    start();
    expect((await info()).database).toMatchObject({
      state: 'empty',
      message: expect.stringContaining('empty file'),
    });
    expect(statSync(file).size).toBe(0);
    expect(await call('s', 'database.create', {})).toMatchObject({ ok: true });
    expect(statSync(file).size).toBeGreaterThan(0);
  });

  it("refuses another program's file, untouched, and will not create over it", async () => {
    const other = new Database(file);
    other.exec('CREATE TABLE recipe (name TEXT)');
    other.close();
    const before = digest(file);
    start();
    expect(await info()).toMatchObject({
      needsSetup: false,
      database: { state: 'foreign', message: expect.stringContaining('not a FloorKPI database') },
    });
    expect(await call('s', 'database.create', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('s', 'auth.me', {})).toEqual({ ok: true, data: null });
    expect(digest(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plant.db']);
  });
});

describe('a damaged database', () => {
  it('opens for the first screen at once, then refuses writes when the background check fails', async () => {
    await plantFile();
    const good = backupOfFile();
    corruptPage(file, 'client');
    start();
    await core?.deps.files.whenChecked();
    const status = (await info()).database;
    expect(status).toMatchObject({
      state: 'damaged',
      message: expect.stringContaining('failed its integrity check'),
      latestBackup: { name: good, kind: 'manual' },
    });
    // Signing in writes (the last sign-in): refused in words, and nothing is written.
    expect(await call('s', 'auth.login', { username: 'ana', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('Restore a backup') },
    });
  });

  it('is restored from the recovery screen without sign-in, the damaged file kept aside', async () => {
    await plantFile();
    const good = backupOfFile();
    corruptPage(file, 'client');
    start();
    await core?.deps.files.whenChecked();
    expect(await call('s', 'database.recover', { name: good })).toMatchObject({
      ok: true,
      data: { restored: { name: good }, keptAs: { kind: 'damaged' } },
    });
    await core?.deps.files.whenChecked();
    expect((await info()).database).toMatchObject({ state: 'ready', latestBackup: null });
    expect(await call('s', 'auth.login', { username: 'ana', password: PASSWORD })).toMatchObject({
      ok: true,
    });
    // Once the database is usable again, the public recovery is closed.
    expect(await call('x', 'database.recover', { name: good })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('backups in the app', () => {
  it('lets an ADMIN list, make and restore backups; every session then ends', async () => {
    await plantFile();
    start();
    await core?.deps.files.whenChecked();
    await call('admin', 'auth.login', { username: 'ana', password: PASSWORD });
    await call('leader', 'auth.login', { username: 'lena', password: PASSWORD });
    const made = await call('admin', 'backups.create', {});
    expect(made).toMatchObject({ ok: true, data: { kind: 'manual' } });
    const listed = await call('admin', 'backups.list', {});
    expect(listed).toMatchObject({ ok: true, data: { folder: join(dir, 'backups') } });
    expect(listed.ok && listed.data.backups.map((b) => b.name)).toEqual([made.ok ? made.data.name : '']);
    expect(await call('leader', 'backups.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const updated = await call('admin', 'clients.get', { client_id: CLIENT_A });
    const renamed = await call('admin', 'clients.update', {
      key: { client_id: CLIENT_A },
      version: updated.ok ? Number(updated.data.version) : 0,
      changes: { client_name: 'Renamed after the backup' },
    });
    expect(renamed).toMatchObject({ ok: true, data: { client_name: 'Renamed after the backup' } });
    const restored = await call('admin', 'backups.restore', { name: made.ok ? made.data.name : '' });
    expect(restored).toMatchObject({ ok: true, data: { keptAs: { kind: 'restore' } } });
    expect(await call('admin', 'auth.me', {})).toEqual({ ok: true, data: null });
    expect(await call('leader', 'auth.me', {})).toEqual({ ok: true, data: null });
    await call('admin', 'auth.login', { username: 'ana', password: PASSWORD });
    expect(await call('admin', 'clients.get', { client_id: CLIENT_A })).toMatchObject({
      ok: true,
      data: { client_name: 'Client A' },
    });
    expect(
      listBackups(file)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['manual', 'restore']);
  });

  it('restores under the KPI worker, which reads the restored database afterwards', async () => {
    await plantFile();
    const sqlite = new Database(file);
    sqlite
      .prepare(
        `INSERT INTO production_entry (production_entry_id, work_order_id, client_id, shift_date, shift_type,
           units_produced, entry_method, created_at, updated_at) VALUES ('PE-K', 'WO-A', ?, '2026-03-02', 'SHIFT_1ST', 100, 'MANUAL_ENTRY', ?, ?)`,
      )
      .run(CLIENT_A, '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z');
    sqlite.close();
    const good = backupOfFile();
    start({ kpiWorkerFile: join(ROOT, 'src-main/kpi/kpi-worker.ts') });
    await call('admin', 'auth.login', { username: 'ana', password: PASSWORD });
    const units = async () => {
      const report = await call('admin', 'kpi.report', { from: '2026-03-01', to: '2026-03-31' });
      if (!report.ok) throw new Error(report.error.message);
      return report.data.kpis.efficiency.rows;
    };
    expect(await units()).toBe(1);
    const deleted = await call('admin', 'production.delete', {
      key: { production_entry_id: 'PE-K' },
      version: 1,
    });
    expect(deleted.ok).toBe(true);
    expect(await units()).toBe(0);
    expect(await call('admin', 'backups.restore', { name: good })).toMatchObject({ ok: true });
    await call('admin', 'auth.login', { username: 'ana', password: PASSWORD });
    expect(await units()).toBe(1);
  }, 60_000);

  it('keeps one daily backup per day while the app runs', async () => {
    await plantFile();
    start({ dailyBackups: true });
    await core?.deps.files.whenChecked();
    await expect.poll(() => listBackups(file).map((b) => b.kind)).toEqual(['daily']);
    await core?.close();
    rename('Second start, same day');
    start({ dailyBackups: true });
    await core?.deps.files.whenChecked();
    await new Promise((done) => setTimeout(done, 200));
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily']);
  });
});
