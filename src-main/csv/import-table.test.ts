import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { clientSpec } from '../../src-shared/tables/specs/client';
import { productionEntrySpec } from '../../src-shared/tables/specs/production-entry';
import { ADMIN, CLIENT_A, CLIENT_B } from '../db/db.test-support';
import { countOf, csv, LEADER_A, openImportDb, rowsOf } from './csv.test-support';
import type { RejectedRow } from './csv-errors';
import { importRows } from './import-table';

const HEADER = [
  'production_entry_id',
  'work_order_id',
  'job_id',
  'client_id',
  'shift_date',
  'shift_type',
  'units_produced',
  'units_defective',
  'data_collector_id',
  'notes',
];

/** One production row for client A with the given cells changed. */
function entry(changes: Partial<Record<(typeof HEADER)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    production_entry_id: '',
    work_order_id: 'WO-A',
    job_id: 'J-A',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    units_produced: '100',
    units_defective: '2',
    data_collector_id: '',
    notes: '',
  };
  return HEADER.map((name) => changes[name] ?? base[name] ?? '');
}

let db: ReturnType<typeof openImportDb>;
beforeEach(() => {
  db = openImportDb();
});
afterEach(async () => {
  await db.database.close();
});

const productionCount = () => countOf(db.sqlite, 'production_entry');
const auditCount = () => countOf(db.sqlite, 'audit_log', "table_name = 'production_entry'");

/** The problems as row, field and English message (their rule codes are checked in import-regional.test.ts). */
const plain = (rejected: readonly RejectedRow[]) =>
  rejected.map(({ row, field, message }) => ({ row, field, message }));

describe('importRows', () => {
  it('imports valid rows with generated ids, CSV_UPLOAD, the importing user as recorder, and audit rows', () => {
    const text = csv(
      HEADER,
      entry({ production_entry_id: 'PE-KEPT' }),
      entry({ data_collector_id: 'admin' }),
      entry({ data_collector_id: ADMIN, units_produced: '1,000,000', units_defective: '0' }),
    );
    // A million units is far above the order's plan: a file the person checked (entry-warnings.ts).
    const result = importRows(db.store(LEADER_A), productionEntrySpec, text, { acceptWarnings: true });
    expect(result).toEqual({
      total: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      rejectedCount: 0,
      rejected: [],
      ignoredColumns: [],
      downgraded: [],
      duplicates: 0,
      duplicateRows: [],
      skipped: 0,
      closedOrderRows: 0,
      offDayShiftRows: 0,
      perClient: [{ client_id: CLIENT_A, inserted: 3, updated: 0, unchanged: 0, skipped: 0, rejected: 0 }],
    });
    const rows = rowsOf(db.sqlite, 'production_entry', 'units_produced');
    expect(rows.map((r) => r.production_entry_id)).toContain('PE-KEPT');
    expect(rows.every((r) => typeof r.production_entry_id === 'string')).toBe(true);
    expect(rows.map((r) => r.entry_method)).toEqual(['CSV_UPLOAD', 'CSV_UPLOAD', 'CSV_UPLOAD']);
    const collectors = rows.map((r) => r.data_collector_id).sort();
    // A blank recorder is the importing user; a username is stored as that user's id.
    expect(collectors).toEqual([ADMIN, ADMIN, LEADER_A].sort());
    expect(rows.every((r) => r.created_by === LEADER_A && r.version === 1)).toBe(true);
    expect(auditCount()).toBe(3);
  });

  it('keeps an entry method the file gives, and honours the option for blank ones', () => {
    const header = [...HEADER, 'entry_method'];
    const text = csv(header, [...entry(), 'manual_entry'], [...entry(), '']);
    importRows(db.store(), productionEntrySpec, text, { entryMethod: 'SYSTEM_IMPORT' });
    const methods = rowsOf(db.sqlite, 'production_entry', 'entry_method').map((r) => r.entry_method);
    expect(methods).toEqual(['MANUAL_ENTRY', 'SYSTEM_IMPORT']);
  });

  it('reports every bad row with its spreadsheet row number and writes nothing', () => {
    const text = csv(
      HEADER,
      entry(),
      entry({ shift_date: '2026-02-30' }),
      entry({ units_produced: '-5' }),
      entry({ work_order_id: 'WO-NOPE', job_id: '' }),
      entry({ shift_type: 'NIGHT' }),
      ['', '', '', '', '', '', '', '', '', ''],
      entry({ units_produced: '1,234', units_defective: 'two' }),
      entry({ shift_date: '3/2/2026' }),
      entry({ units_produced: '5', units_defective: '9' }),
    );
    const result = importRows(db.store(), productionEntrySpec, text);
    expect(result.total).toBe(8);
    expect(result.inserted).toBe(0);
    expect(result.rejectedCount).toBe(7);
    expect(plain(result.rejected)).toEqual([
      {
        row: 3,
        field: 'shift_date',
        message: 'must be a real date like 2026-03-02 (2026-02-30 does not exist)',
      },
      { row: 4, field: 'units_produced', message: 'must be 0 or more' },
      { row: 5, field: 'work_order_id', message: 'WO-NOPE is not a work order of client CLIENT-A' },
      {
        row: 6,
        field: 'shift_type',
        message:
          'must be one of 1st shift (SHIFT_1ST), 2nd shift (SHIFT_2ND), Saturday overtime (SAT_OT), Sunday overtime (SUN_OT), Other (OTHER)',
      },
      {
        row: 8,
        field: 'units_produced',
        message: 'must be written without a thousands separator, like 1234',
      },
      { row: 8, field: 'units_defective', message: 'must be a number' },
      {
        row: 9,
        field: 'shift_date',
        message:
          'must be a date written YYYY-MM-DD, like 2026-03-02: 3/2/2026 could be read day-first or month-first',
      },
      { row: 10, field: 'units_defective', message: 'units defective must not exceed units produced' },
    ]);
    expect(productionCount()).toBe(0);
    expect(auditCount()).toBe(0);
  });

  it('with partial, writes the valid rows and reports the rest', () => {
    const text = csv(HEADER, entry(), entry({ units_produced: '-1' }), entry({ notes: 'second' }));
    const result = importRows(db.store(), productionEntrySpec, text, { partial: true });
    expect(result).toMatchObject({ total: 3, inserted: 2, rejectedCount: 1 });
    expect(plain(result.rejected)).toEqual([
      { row: 3, field: 'units_produced', message: 'must be 0 or more' },
    ]);
    expect(productionCount()).toBe(2);
    expect(auditCount()).toBe(2);
  });

  it('checks the references of every row, however often the file repeats them', () => {
    const text = csv(
      HEADER,
      entry(),
      entry({ job_id: 'J-B' }),
      entry({ work_order_id: 'WO-B', job_id: '' }),
      entry({ data_collector_id: 'lena' }),
      entry({ job_id: 'J-B' }),
      entry({ data_collector_id: 'nobody' }),
      entry({ data_collector_id: 'lena', notes: 'again' }),
    );
    const result = importRows(db.store(), productionEntrySpec, text, { partial: true });
    expect(result).toMatchObject({ total: 7, inserted: 3, rejectedCount: 4 });
    expect(plain(result.rejected)).toEqual([
      { row: 3, field: 'job_id', message: `J-B is not a job of client ${CLIENT_A}` },
      { row: 4, field: 'work_order_id', message: `WO-B is not a work order of client ${CLIENT_A}` },
      { row: 6, field: 'job_id', message: `J-B is not a job of client ${CLIENT_A}` },
      { row: 7, field: 'data_collector_id', message: 'nobody is not a known user id or username' },
    ]);
    // The username is stored as the user's id on every row that names it, not only the first.
    const collectors = rowsOf(db.sqlite, 'production_entry', 'production_entry_id').map(
      (r) => r.data_collector_id,
    );
    expect(collectors.filter((c) => c === LEADER_A)).toHaveLength(2);
  });

  it('refuses an unknown header and a missing required one by name, even with partial', () => {
    const header = HEADER.filter((h) => h !== 'shift_date').map((h) => (h === 'notes' ? 'remarks' : h));
    const text = csv(header, entry().slice(0, header.length));
    const result = importRows(db.store(), productionEntrySpec, text, { partial: true });
    expect(result.inserted).toBe(0);
    expect(result.rejectedCount).toBe(1);
    expect(result.rejected.map((r) => [r.row, r.field])).toEqual([
      [1, 'remarks'],
      [1, 'shift_date'],
    ]);
    expect(result.rejected[0]?.message).toMatch(
      /^is not a column of production_entry \(columns: production_entry_id,/,
    );
    expect(result.rejected[1]?.message).toBe('is required and missing from the header');
    expect(productionCount()).toBe(0);
  });

  it('accepts headers in any case and ignores the columns the app stamps itself', () => {
    const header = [...HEADER.map((h) => h.toUpperCase()), 'created_at', 'version', 'updated_by'];
    const text = csv(header, [...entry(), '2026-01-01T00:00:00Z', '7', LEADER_A]);
    const result = importRows(db.store(), productionEntrySpec, text);
    expect(result).toMatchObject({ inserted: 1, ignoredColumns: ['created_at', 'version', 'updated_by'] });
    const [row] = rowsOf(db.sqlite, 'production_entry', 'production_entry_id');
    expect(row).toMatchObject({ updated_by: ADMIN, version: 1, created_at: '2026-03-02T17:30:00Z' });
  });

  it("rejects a row of a client outside the user's scope by row number, revealing nothing of that client", () => {
    const text = csv(
      HEADER,
      entry(),
      entry({ client_id: CLIENT_B, work_order_id: 'WO-B', job_id: 'J-B' }),
      entry({ work_order_id: 'WO-B', job_id: '' }),
    );
    const result = importRows(db.store(LEADER_A), productionEntrySpec, text);
    expect(plain(result.rejected)).toEqual([
      { row: 3, field: 'client_id', message: 'CLIENT-B is not one of your clients' },
      { row: 4, field: 'work_order_id', message: 'WO-B is not a work order of client CLIENT-A' },
    ]);
    expect(JSON.stringify(result)).not.toContain('Client B');
    expect(productionCount()).toBe(0);
  });

  it('reports a refusal only the store or database knows with its row, and rolls back the rows before it', () => {
    db.sqlite.exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON production_entry WHEN NEW.notes = 'boom'
      BEGIN SELECT RAISE(ABORT, 'production_entry.notes may not say boom'); END`);
    const text = csv(
      HEADER,
      entry({ production_entry_id: 'PE-1' }),
      entry({ production_entry_id: 'PE-1' }),
      entry({ notes: 'boom' }),
    );
    const result = importRows(db.store(), productionEntrySpec, text);
    expect(plain(result.rejected)).toEqual([
      { row: 3, field: 'production_entry_id', message: 'repeats row 2 of this file (same id)' },
      { row: 4, field: 'notes', message: 'production_entry.notes may not say boom' },
    ]);
    expect(productionCount()).toBe(0);
    expect(auditCount()).toBe(0);
    const partial = importRows(db.store(), productionEntrySpec, text, { partial: true });
    expect(partial).toMatchObject({ inserted: 1, rejectedCount: 2 });
    expect(productionCount()).toBe(1);
  });

  it('reads tab-separated text pasted from Excel', () => {
    const paste = `${HEADER.join('\t')}\r\n${entry({ shift_type: 'shift_2nd', notes: 'Line 4, left' }).join('\t')}\r\n`;
    const result = importRows(db.store(), productionEntrySpec, paste);
    expect(result.inserted).toBe(1);
    expect(rowsOf(db.sqlite, 'production_entry', 'notes')[0]).toMatchObject({
      shift_type: 'SHIFT_2ND',
      notes: 'Line 4, left',
    });
  });

  it('counts rows as a spreadsheet does: blank lines and multi-line cells do not shift the numbers', () => {
    const text = `${HEADER.join(',')}\n\n${entry({ notes: '"two\nlines"' }).join(',')}\n${entry({ units_produced: 'x' }).join(',')}\n`;
    const result = importRows(db.store(), productionEntrySpec, text);
    expect(result.total).toBe(2);
    expect(plain(result.rejected)).toEqual([
      { row: 4, field: 'units_produced', message: 'must be a number' },
    ]);
  });

  it('refuses extra cells, values under a column without a name, and an unclosed quote', () => {
    const text = `${csv([...HEADER, ''], [...entry(), ''], [...entry(), 'stray'], [...entry(), '', 'more'])}${entry().slice(0, 9).join(',')},"open\r\n`;
    const result = importRows(db.store(), productionEntrySpec, text, { partial: true });
    expect(result.inserted).toBe(1);
    expect(result.rejected.map((r) => [r.row, r.field])).toEqual([
      [3, '(column 11)'],
      [4, '(row)'],
      [5, '(row)'],
    ]);
    expect(result.rejected[1]?.message).toBe('has 12 cells but the header names 11 columns');
  });

  it('reports an empty file and a file with only a header', () => {
    expect(importRows(db.store(), productionEntrySpec, '\uFEFF\r\n')).toMatchObject({
      total: 0,
      rejected: [
        {
          row: 1,
          field: '(file)',
          message: 'the file is empty: its first row must name the columns',
          code: 'file.empty',
        },
      ],
    });
    expect(importRows(db.store(), productionEntrySpec, `,,\n${entry().join(',')}\n`)).toMatchObject({
      total: 1,
      rejected: [
        { row: 1, field: '(file)', message: 'the first row must name the columns', code: 'header.blank' },
      ],
    });
    expect(importRows(db.store(), productionEntrySpec, csv(HEADER))).toEqual({
      total: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejectedCount: 0,
      rejected: [],
      ignoredColumns: [],
      downgraded: [],
      duplicates: 0,
      duplicateRows: [],
      skipped: 0,
      closedOrderRows: 0,
      offDayShiftRows: 0,
      perClient: [],
    });
  });

  it('refuses implausible counts and dates and hidden text-direction characters, by row and field', () => {
    const text = csv(
      HEADER,
      entry({ units_produced: '1,000,001' }),
      entry({ shift_date: '2206-03-02' }),
      entry({ notes: 'ok \u202Etxt.exe' }),
      entry({ notes: 'nul\u0000here' }),
    );
    expect(plain(importRows(db.store(), productionEntrySpec, text).rejected)).toEqual([
      { row: 2, field: 'units_produced', message: 'must be at most 1,000,000' },
      { row: 3, field: 'shift_date', message: 'must be a date from 2000-01-01 to 2100-12-31' },
      {
        row: 4,
        field: 'notes',
        message: 'must not contain NUL or text-direction control characters (U+202A-U+202E, U+2066-U+2069)',
      },
      {
        row: 5,
        field: 'notes',
        message: 'must not contain NUL or text-direction control characters (U+202A-U+202E, U+2066-U+2069)',
      },
    ]);
    expect(productionCount()).toBe(0);
  });

  it('lists the first 100 problems but counts every rejected row', () => {
    const rows = Array.from({ length: 150 }, () => entry({ units_produced: '-1' }));
    const result = importRows(db.store(), productionEntrySpec, csv(HEADER, ...rows));
    expect(result.rejected).toHaveLength(100);
    expect(result.rejectedCount).toBe(150);
  });

  it('reports progress every N rows and at the end', () => {
    const calls: [number, number][] = [];
    const rows = Array.from({ length: 5 }, () => entry());
    importRows(db.store(), productionEntrySpec, csv(HEADER, ...rows), {
      progressEvery: 2,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('refuses the whole file when the role may not add rows to the table', () => {
    const text = csv(['client_id', 'client_name'], ['CLIENT-C', 'Client C']);
    expect(() => importRows(db.store(LEADER_A), clientSpec, text)).toThrow(AppError);
  });

  it('gives a client created by import its default lists, calendar and targets', () => {
    const text = csv(['client_id', 'client_name', 'client_type'], ['CLIENT-C', 'Client C', 'piece_rate']);
    expect(importRows(db.store(), clientSpec, text)).toMatchObject({ inserted: 1, rejectedCount: 0 });
    expect(countOf(db.sqlite, 'shift', "client_id = 'CLIENT-C'")).toBeGreaterThan(0);
    expect(countOf(db.sqlite, 'downtime_reason', "client_id = 'CLIENT-C'")).toBeGreaterThan(0);
  });
});
