import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, freshDb, systemStore, VALID_ROWS } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { publicRow, type Row } from './scoped-store';
import { rowAsStored } from './stored-row';

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(() => database.close());

const SYNC = new Set(['created_at', 'updated_at', 'created_by', 'updated_by', 'version', 'deleted_at']);

/** The row as stored, read back by key, and its audit entry's row. */
function readBack(table: keyof typeof VALID_ROWS | 'work_order', saved: Row): { row: Row; audited: string } {
  const spec = TABLE_SPECS[table];
  const where = spec.key.map((k) => `${k} = ?`).join(' AND ');
  const row = database.sqlite
    .prepare(`SELECT * FROM ${table} WHERE ${where}`)
    .get(...spec.key.map((k) => saved[k])) as Row;
  const { after_json } = database.sqlite
    .prepare(
      "SELECT after_json FROM audit_log WHERE table_name = ? AND action = 'INSERT' ORDER BY id DESC LIMIT 1",
    )
    .get(table) as { after_json: string };
  return { row: publicRow(spec, row), audited: after_json };
}

describe('the row as stored, built without RETURNING in a batch', () => {
  it('is the row read back, column for column and in table order, and what the audit entry holds', () => {
    const store = systemStore(database.sqlite);
    for (const table of Object.keys(VALID_ROWS) as (keyof typeof VALID_ROWS)[]) {
      const values = Object.fromEntries(Object.entries(VALID_ROWS[table]()).filter(([k]) => !SYNC.has(k)));
      const saved = store.batch(() => store.create(TABLE_SPECS[table], values));
      const { row, audited } = readBack(table, saved);
      expect(JSON.stringify(saved), table).toBe(JSON.stringify(row));
      expect(audited, table).toBe(JSON.stringify(row));
    }
  });

  it("is read back when a column left out has a default (a work order's status)", () => {
    const store = systemStore(database.sqlite);
    const saved = store.batch(() =>
      store.create(TABLE_SPECS.work_order, {
        work_order_id: 'WO-NEW',
        client_id: CLIENT_A,
        planned_quantity: 10,
      }),
    );
    expect(saved.status).toBe('ACTIVE');
    expect(JSON.stringify(saved)).toBe(JSON.stringify(readBack('work_order', saved).row));
  });

  it('is not built for a value SQLite would convert, nor for a default it would apply', () => {
    const columns = new Set([
      'production_entry_id',
      'work_order_id',
      'client_id',
      'shift_date',
      'created_at',
    ]);
    const row = {
      production_entry_id: 'PE-X',
      work_order_id: 'WO-A',
      client_id: CLIENT_A,
      shift_date: '2026-03-02',
      created_at: '2026-03-02T08:00:00Z',
    };
    // version has DEFAULT 1 and is left out; updated_at is NOT NULL without a default: read back.
    expect(rowAsStored(database.sqlite, 'production_entry', columns, row)).toBeUndefined();
    const all = new Set([...columns, 'version', 'units_produced']);
    const full = { ...row, version: 1, units_produced: 12 };
    expect(rowAsStored(database.sqlite, 'production_entry', all, full)).toMatchObject({ units_produced: 12 });
    // A number in a TEXT column, a fraction in an INTEGER one: SQLite converts or refuses.
    expect(
      rowAsStored(database.sqlite, 'production_entry', all, { ...full, work_order_id: 7 }),
    ).toBeUndefined();
    expect(
      rowAsStored(database.sqlite, 'production_entry', all, { ...full, units_produced: 1.5 }),
    ).toBeUndefined();
  });
});
