import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTwoClients } from './db.test-support';
import { migrate, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-migrate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, as text: equal dumps mean nothing changed. */
function dump(sqlite: Database.Database): string {
  const tables = sqlite
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  return JSON.stringify(
    tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM ${name} ORDER BY rowid`).all()]),
  );
}

function schemaText(sqlite: Database.Database): string {
  return JSON.stringify(
    sqlite.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all(),
  );
}

describe('migrate', () => {
  it('names every migration uniquely, in order', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
  });

  it('applies every migration once, and nothing the second time', async () => {
    const file = join(dir, 'plant.db');
    const first = openDatabase(file, { create: true });
    expect(schemaVersion(first.sqlite)).toBe(MIGRATIONS.length);
    seedTwoClients(first.sqlite);
    const before = dump(first.sqlite);
    const schemaBefore = schemaText(first.sqlite);
    expect(migrate(first.sqlite)).toEqual([]);
    await first.close();

    const second = openDatabase(file);
    expect(migrate(second.sqlite)).toEqual([]);
    expect(dump(second.sqlite)).toBe(before);
    expect(schemaText(second.sqlite)).toBe(schemaBefore);
    await second.close();
  });

  it('refuses a database written by a newer app with a clear message', async () => {
    const file = join(dir, 'newer.db');
    const database = openDatabase(file, { create: true });
    database.sqlite
      .prepare('INSERT INTO schema_migration (name, applied_at) VALUES (?, ?)')
      .run('9999-from-the-future', '2027-01-01T00:00:00Z');
    await database.close();
    expect(() => openDatabase(file)).toThrow(
      /written by a newer FloorKPI \(unknown migrations: 9999-from-the-future\)\. Update the app/,
    );
  });

  it('rolls a failing migration back completely, leaving the earlier ones applied', () => {
    const sqlite = new Database(':memory:');
    sqlite.pragma('foreign_keys = ON');
    const failing: Migration = {
      name: '9000-half-done',
      up(db) {
        db.exec('CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT');
        db.exec("INSERT INTO half_done VALUES ('x')");
        db.exec('ALTER TABLE client ADD COLUMN half_done TEXT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(sqlite, [...MIGRATIONS, failing])).toThrow('boom');
    const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get();
    expect(table).toBeUndefined();
    const clientColumns = (sqlite.pragma('table_info(client)') as { name: string }[]).map((c) => c.name);
    expect(clientColumns).not.toContain('half_done');
    expect(schemaVersion(sqlite)).toBe(MIGRATIONS.length);
    // Once fixed, the same migration applies on the next start.
    expect(migrate(sqlite, [...MIGRATIONS, { name: failing.name, up: () => undefined }])).toEqual([
      failing.name,
    ]);
    sqlite.close();
  });

  it('skips a migration another process applied while this one waited for the write lock', () => {
    const sqlite = new Database(':memory:');
    let ranTwice = false;
    const first: Migration = {
      name: '9000-first',
      // Plays the other process: it records the next migration while this one is about to run it.
      up: (db) =>
        void db
          .prepare('INSERT INTO schema_migration (name, applied_at) VALUES (?, ?)')
          .run('9001-second', '2026-01-01T00:00:00Z'),
    };
    const second: Migration = {
      name: '9001-second',
      up: () => {
        ranTwice = true;
      },
    };
    expect(migrate(sqlite, [...MIGRATIONS, first, second])).toContain('9000-first');
    expect(ranTwice).toBe(false);
    expect(schemaVersion(sqlite)).toBe(MIGRATIONS.length + 2);
    sqlite.close();
  });
});
