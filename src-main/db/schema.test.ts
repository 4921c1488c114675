import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_DATA_TABLES } from '../../src-shared/tables/not-data';
import { type OpenDatabase, openDatabase } from './open';

// Tests read the project's own copy of the spec: ../shared does not exist in a user's clone.
const FIELDS_CSV = join(__dirname, '../../docs/spec/fields.csv');
const SCHEMA_TS = join(__dirname, '../../src-shared/db/schema.ts');
const SYNC = ['created_at', 'updated_at', 'created_by', 'updated_by', 'version', 'deleted_at'];
// Tables that are not plant data to sync (not-data.ts), so have no sync columns; and SQLite's own.
const NOT_DATA = new Set<string>([...NOT_DATA_TABLES, 'sqlite_sequence']);

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

let database: OpenDatabase;
beforeEach(() => {
  database = openDatabase(':memory:');
});
afterEach(async () => {
  await database.close();
});

function tables(): string[] {
  return database.sqlite
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);
}

function columns(table: string): ColumnInfo[] {
  return database.sqlite.pragma(`table_info(${table})`) as ColumnInfo[];
}

/** The inventory's table and field names mapped to ours (DATA.md § Naming). */
function schemaName(table: string, field: string): [string, string] {
  const t = table === 'USER' ? 'app_user' : table.toLowerCase();
  return [t, field.replace(/_fk$/, '')];
}

describe('schema', () => {
  it('has a column for every field of docs/spec/fields.csv', () => {
    const parsed = Papa.parse<{ table: string; field: string }>(readFileSync(FIELDS_CSV, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(202);
    const missing: string[] = [];
    for (const { table, field } of parsed.data) {
      const [t, c] = schemaName(table, field);
      if (!columns(t).some((col) => col.name === c)) missing.push(`${t}.${c}`);
    }
    expect(missing).toEqual([]);
  });

  it('gives every data table the sync columns', () => {
    const dataTables = tables().filter((t) => !NOT_DATA.has(t));
    expect(dataTables.length).toBeGreaterThanOrEqual(23);
    for (const table of dataTables) {
      const names = columns(table).map((c) => c.name);
      expect(names, table).toEqual(expect.arrayContaining(SYNC));
      const version = columns(table).find((c) => c.name === 'version');
      expect(version?.dflt_value, table).toBe('1');
    }
  });

  it('makes every table STRICT', () => {
    const rows = database.sqlite.pragma('table_list') as {
      name: string;
      schema: string;
      type: string;
      strict: number;
    }[];
    const loose = rows.filter(
      (r) => r.schema === 'main' && r.type === 'table' && !r.name.startsWith('sqlite_') && r.strict !== 1,
    );
    expect(loose.map((r) => r.name)).toEqual([]);
  });

  it('keeps client_id NOT NULL and immutable on every table that holds client data', () => {
    const tenant = tables().filter((t) => !NOT_DATA.has(t) && columns(t).some((c) => c.name === 'client_id'));
    expect(tenant).toHaveLength(20);
    const triggers = new Set(
      database.sqlite
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        .all()
        .map((r) => r.name),
    );
    for (const table of tenant) {
      const clientId = columns(table).find((c) => c.name === 'client_id');
      expect(clientId?.notnull === 1 || clientId?.pk === 1, table).toBe(true);
      expect(triggers.has(`${table}_client_id_immutable`), table).toBe(true);
    }
  });

  it('matches the Kysely DB interface of schema.ts column for column', () => {
    const source = readFileSync(SCHEMA_TS, 'utf8');
    const interfaces = new Map<string, Map<string, string>>();
    for (const match of source.matchAll(/export interface (\w+) \{([^}]*)\}/g)) {
      const [, name = '', body = ''] = match;
      const props = new Map<string, string>();
      for (const line of body.matchAll(/^\s+(\w+): (.+);$/gm)) props.set(line[1] ?? '', line[2] ?? '');
      interfaces.set(name, props);
    }
    const dbInterface = interfaces.get('DB');
    if (!dbInterface) throw new Error('schema.ts has no DB interface');
    expect([...dbInterface.keys()].sort()).toEqual(tables().filter((t) => t !== 'sqlite_sequence'));

    for (const [table, interfaceName] of dbInterface) {
      const props = interfaces.get(interfaceName);
      if (!props) throw new Error(`schema.ts has no interface ${interfaceName}`);
      const expected = columns(table).map((c) => {
        const base = c.type === 'TEXT' ? 'string' : 'number';
        const rowid = c.pk === 1 && c.type === 'INTEGER';
        const type = c.notnull === 1 || c.pk === 1 ? base : `${base} | null`;
        return [c.name, c.dflt_value !== null || rowid ? `Generated<${type}>` : type];
      });
      expect([...props.entries()], table).toEqual(expected);
      expect(['TEXT', 'INTEGER', 'REAL']).toEqual(expect.arrayContaining(columns(table).map((c) => c.type)));
    }
  });

  it('serves typed inserts and selects through Kysely, database defaults filled in', async () => {
    const now = '2026-03-02T17:30:00Z';
    await database.db
      .insertInto('client')
      .values({ client_id: 'K-1', created_at: now, updated_at: now })
      .execute();
    const row = await database.db
      .selectFrom('client')
      .select(['client_id', 'is_active', 'version', 'deleted_at'])
      .where('client_id', '=', 'K-1')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ client_id: 'K-1', is_active: 1, version: 1, deleted_at: null });
  });

  it('passes its own foreign key and integrity checks when empty', () => {
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
