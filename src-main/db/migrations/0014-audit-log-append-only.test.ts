import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FLOORKPI_APPLICATION_ID } from '../database-file';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const BEFORE = MIGRATIONS.filter((m) => m.name < '0014');
const AT = '2026-03-02T17:30:00Z';

/** A database migrated up to (not including) 0014, or through every migration. */
function database(all: boolean): Database.Database {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  migrate(sqlite, all ? MIGRATIONS : BEFORE);
  return sqlite;
}

function addEntry(
  sqlite: Database.Database,
  rowId: string,
  before: string | null,
  after: string | null,
): void {
  sqlite
    .prepare(
      `INSERT INTO audit_log (at, user_id, client_id, table_name, row_id, action, before_json, after_json)
       VALUES (?, 'U-1', 'C-1', 'client', ?, ?, ?, ?)`,
    )
    .run(AT, rowId, before ? 'UPDATE' : 'INSERT', before, after);
}

const replace = (sqlite: Database.Database, verb: string) =>
  sqlite
    .prepare(
      `${verb} INTO audit_log (id, at, user_id, client_id, table_name, row_id, action, before_json, after_json)
       VALUES (1, ?, 'U-9', 'C-1', 'client', 'forged', 'INSERT', NULL, '{}')`,
    )
    .run(AT);

/**
 * json_valid as SQLite before 3.45 answers it: 0 for NULL. A function an application defines
 * takes the place of the built-in one on its connection, so this connection reads the file as an
 * older sqlite3 (another program, a support engineer's shell) would.
 */
function asOlderSqlite(sqlite: Database.Database): void {
  sqlite.function('json_valid', { deterministic: true }, (text: unknown) => {
    if (typeof text !== 'string') return 0;
    try {
      JSON.parse(text);
      return 1;
    } catch {
      return 0;
    }
  });
}

describe('0014: audit_log append-only, NULL-safe checks', () => {
  it('refuses INSERT OR REPLACE and REPLACE INTO of an existing entry (before 0014 they replaced it)', () => {
    const old = database(false);
    addEntry(old, 'C-1', null, '{"client_id":"C-1"}');
    replace(old, 'INSERT OR REPLACE');
    expect(old.prepare('SELECT row_id FROM audit_log WHERE id = 1').get()).toEqual({ row_id: 'forged' });
    old.close();

    const sqlite = database(true);
    addEntry(sqlite, 'C-1', null, '{"client_id":"C-1"}');
    for (const verb of ['INSERT OR REPLACE', 'REPLACE', 'INSERT OR IGNORE', 'INSERT'])
      expect(() => replace(sqlite, verb), verb).toThrow(/append-only: rows cannot be replaced/);
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO audit_log (id, at, table_name, row_id, action) VALUES (1, ?, 'client', 'x', 'INSERT')
           ON CONFLICT (id) DO UPDATE SET row_id = 'forged'`,
        )
        .run(AT),
    ).toThrow(/append-only/);
    expect(() => sqlite.prepare("UPDATE audit_log SET row_id = 'forged'").run()).toThrow(/cannot be changed/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be deleted/);
    expect(sqlite.prepare('SELECT id, row_id FROM audit_log').all()).toEqual([{ id: 1, row_id: 'C-1' }]);
    // New entries still go in, numbered after the last.
    addEntry(sqlite, 'C-2', null, '{}');
    expect(sqlite.prepare('SELECT max(id) AS id FROM audit_log').get()).toEqual({ id: 2 });
    sqlite.close();
  });

  it('reads as sound on an older SQLite, whose json_valid(NULL) is 0 (before 0014 it did not)', () => {
    const old = database(false);
    addEntry(old, 'C-1', null, '{"client_id":"C-1"}');
    asOlderSqlite(old);
    expect(old.pragma('integrity_check', { simple: true })).toMatch(/CHECK constraint failed in audit_log/);
    expect(() => addEntry(old, 'C-2', null, '{}')).toThrow(/CHECK constraint failed/);
    old.close();

    const sqlite = database(true);
    addEntry(sqlite, 'C-1', null, '{"client_id":"C-1"}');
    asOlderSqlite(sqlite);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    addEntry(sqlite, 'C-2', null, '{}');
    // Invalid JSON is still refused, NULL or not.
    expect(() => addEntry(sqlite, 'C-3', '{broken', '{}')).toThrow(/CHECK constraint failed/);
    sqlite.close();
  });

  it('keeps every entry and id through the rebuild, and continues numbering after the highest', () => {
    const sqlite = database(false);
    for (let i = 1; i <= 5; i += 1) addEntry(sqlite, `C-${i}`, i > 1 ? '{"v":1}' : null, '{"v":2}');
    // A gap, as AUTOINCREMENT never reuses an id.
    sqlite.prepare("UPDATE sqlite_sequence SET seq = 41 WHERE name = 'audit_log'").run();
    const before = sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all();
    migrate(sqlite, MIGRATIONS);
    // Later migrations may add a column (0022: source); the rebuild kept every entry as it was.
    const after = sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
    expect(after.map(({ source: _source, ...entry }) => entry)).toEqual(before);
    addEntry(sqlite, 'C-6', null, '{}');
    expect(sqlite.prepare('SELECT max(id) AS id FROM audit_log').get()).toEqual({ id: 42 });
    const indexes = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name")
      .all();
    expect(indexes).toEqual([{ name: 'audit_log_client_at' }, { name: 'audit_log_row' }]);
    expect(sqlite.pragma('application_id', { simple: true })).toBe(FLOORKPI_APPLICATION_ID);
    sqlite.close();
  });
});
