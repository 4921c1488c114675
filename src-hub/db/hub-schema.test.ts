import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenDatabase, openDatabase } from '../../src-main/db/open';
import { type DataTableName, TABLE_SPECS } from '../../src-shared/tables/registry';
import { pgliteHub } from '../test-support/pglite-hub.test-support';
import type { HubDatabase } from './connect';

/**
 * The hub holds every PC data table, column for column: a fresh PC database (src-main/db/open.ts,
 * every migration) against the migrated hub. A PC migration that adds a column fails here until a
 * hub migration adds it too, so a pushed row never carries a column the hub cannot store.
 */

interface SqliteColumn {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface SqliteForeignKey {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string;
}
interface PgColumn {
  column_name: string;
  data_type: string;
  is_nullable: string;
  column_default: string | null;
}

/** The PostgreSQL types a SQLite storage class may become on the hub. */
const TYPE_MAP: Record<string, readonly string[]> = {
  TEXT: ['text', 'date', 'timestamp with time zone'],
  INTEGER: ['integer', 'boolean'],
  REAL: ['double precision'],
};
/** The PostgreSQL type each spec column kind must have, so values cross in the PC's shape. */
const KIND_TYPES: Record<string, string> = {
  date: 'date',
  timestamp: 'timestamp with time zone',
  bool: 'boolean',
  int: 'integer',
  real: 'double precision',
  time: 'text',
};

const TABLES = Object.keys(TABLE_SPECS) as DataTableName[];

let pc: OpenDatabase;
let hub: HubDatabase;
beforeAll(async () => {
  pc = openDatabase(':memory:');
  hub = await pgliteHub();
});
afterAll(async () => {
  await pc.close();
  await hub.close();
});

async function hubColumns(table: string): Promise<PgColumn[]> {
  const result = await sql<PgColumn>`SELECT column_name, data_type, is_nullable, column_default
    FROM information_schema.columns WHERE table_schema = 'floorkpi' AND table_name = ${table}
    ORDER BY ordinal_position`.execute(hub.db);
  return result.rows;
}

async function hubPrimaryKey(table: string): Promise<string[]> {
  const result = await sql<{ column: string }>`SELECT a.attname AS column
    FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
    WHERE i.indrelid = ${`floorkpi.${table}`}::regclass AND i.indisprimary ORDER BY a.attname`.execute(
    hub.db,
  );
  return result.rows.map((r) => r.column);
}

async function hubForeignKeys(table: string): Promise<string[]> {
  const result = await sql<{ fk: string }>`SELECT
      array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i), ',')
      || '->' || c.confrelid::regclass::text || '(' ||
      array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i), ',') || ')' AS fk
    FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ${`floorkpi.${table}`}::regclass`.execute(
    hub.db,
  );
  return result.rows.map((r) => r.fk.replace('floorkpi.', '')).sort();
}

function sqliteForeignKeys(table: string): string[] {
  const rows = pc.sqlite.pragma(`foreign_key_list(${table})`) as SqliteForeignKey[];
  const byId = new Map<number, SqliteForeignKey[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return [...byId.values()]
    .map((parts) => {
      const ordered = parts.sort((a, b) => a.seq - b.seq);
      const target = ordered[0]?.table ?? '';
      return `${ordered.map((p) => p.from).join(',')}->${target}(${ordered.map((p) => p.to).join(',')})`;
    })
    .sort();
}

describe('hub schema against the PC schema', () => {
  it('has every data table with the same columns in the same order, plus server_version', async () => {
    for (const table of TABLES) {
      const local = pc.sqlite.pragma(`table_info(${table})`) as SqliteColumn[];
      const remote = await hubColumns(table);
      expect(
        remote.map((c) => c.column_name),
        table,
      ).toEqual([...local.map((c) => c.name), 'server_version']);
      for (const column of local) {
        const found = remote.find((c) => c.column_name === column.name);
        const where = `${table}.${column.name}`;
        expect(TYPE_MAP[column.type], where).toContain(found?.data_type);
        expect(found?.is_nullable === 'NO', where).toBe(column.notnull === 1 || column.pk > 0);
        expect(found?.column_default !== null, where).toBe(column.dflt_value !== null);
      }
      expect(remote.at(-1)).toMatchObject({ data_type: 'bigint', is_nullable: 'NO', column_default: null });
    }
  });

  it('has no table the PC lacks but its own sync tables', async () => {
    const result = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables
      WHERE schemaname = 'floorkpi' ORDER BY tablename`.execute(hub.db);
    const own = [
      'device',
      'device_mutation',
      'hub_audit_log',
      'hub_schema_migration',
      'plant_clock',
      'refused_mutation',
      'sync_conflict',
      'tenant_clock',
    ];
    expect(result.rows.map((r) => r.name)).toEqual([...TABLES, ...own].sort());
  });

  it('keys each table and links it to its parents as the PC does (tenant integrity included)', async () => {
    for (const table of TABLES) {
      const local = pc.sqlite.pragma(`table_info(${table})`) as SqliteColumn[];
      const pk = local
        .filter((c) => c.pk > 0)
        .map((c) => c.name)
        .sort();
      expect(await hubPrimaryKey(table), table).toEqual(pk);
      expect(await hubForeignKeys(table), table).toEqual(sqliteForeignKeys(table));
    }
  });

  it('stores each spec column in the type that gives the PC its value back unchanged', async () => {
    for (const table of TABLES) {
      const remote = await hubColumns(table);
      for (const column of TABLE_SPECS[table].columns) {
        const expected = KIND_TYPES[column.type.kind] ?? 'text';
        expect(remote.find((c) => c.column_name === column.name)?.data_type, `${table}.${column.name}`).toBe(
          expected,
        );
      }
    }
  });
});
