import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { parseDelimited } from '../../src-shared/tables/parse-cell';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, CLIENT_B } from '../db/db.test-support';
import { csv, LEADER_A, openImportDb, rowsOf } from './csv.test-support';
import { exportColumns, exportRows, formatCell } from './export-table';
import { importRows } from './import-table';

const spec = TABLE_SPECS.production_entry;
let db: ReturnType<typeof openImportDb>;

/** Creates production entries through the store, as the app would. */
function addEntries(...entries: Record<string, unknown>[]): void {
  const store = db.store();
  for (const values of entries)
    store.create(spec, { work_order_id: 'WO-A', client_id: CLIENT_A, shift_date: '2026-03-02', ...values });
}

beforeEach(() => {
  db = openImportDb();
});
afterEach(async () => {
  await db.database.close();
});

describe('exportRows', () => {
  it("writes the table's visible columns, no sync columns and never a hidden one", () => {
    expect(exportColumns(spec)).toEqual(spec.columns.map((c) => c.name));
    const users = exportRows(db.store(), TABLE_SPECS.app_user);
    const header = parseDelimited(users).records[0];
    expect(header).toContain('username');
    expect(header).not.toContain('password_hash');
    expect(header).not.toContain('created_at');
    expect(users).toMatch(/\r\n$/);
  });

  it('neutralises formula-looking text, leaves numbers alone, and import restores the text exactly', () => {
    const notes = [
      '=HYPERLINK("http://evil.example","click")',
      '+1 555',
      '-note',
      '@SUM(A1)',
      "'=already",
      'plain, with comma',
    ];
    addEntries(
      ...notes.map((note, i) => ({
        production_entry_id: `PE-${i}`,
        notes: note,
        units_produced: i,
        run_time_hours: 0.1 + 0.2,
      })),
    );
    const text = exportRows(db.store(), spec);
    const cells = parseDelimited(text).records.slice(1);
    const notesAt = exportColumns(spec).indexOf('notes');
    expect(cells.map((r) => r[notesAt])).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      "'+1 555",
      "'-note",
      "'@SUM(A1)",
      "''=already",
      'plain, with comma',
    ]);
    expect(cells.every((r) => !/^[=+\-@]/.test(r.join('')))).toBe(true);
    expect(cells[0]?.[exportColumns(spec).indexOf('run_time_hours')]).toBe('0.30000000000000004');

    const fresh = openImportDb();
    try {
      expect(importRows(fresh.store(), spec, text)).toMatchObject({
        inserted: notes.length,
        rejectedCount: 0,
      });
      expect(rowsOf(fresh.sqlite, 'production_entry', 'production_entry_id').map((r) => r.notes)).toEqual(
        notes,
      );
    } finally {
      fresh.sqlite.close();
    }
  });

  it('formats cells: blank for null, numbers as written, quotes where CSV needs them', () => {
    expect(formatCell(null)).toBe('');
    expect(formatCell(-5)).toBe('-5');
    expect(formatCell(12.5)).toBe('12.5');
    expect(formatCell('-5')).toBe("'-5");
    expect(formatCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCell('two\nlines')).toBe('"two\nlines"');
    expect(formatCell('a;b')).toBe('"a;b"');
    expect(formatCell('a\tb')).toBe('"a\tb"');
    expect(formatCell('plain text')).toBe('plain text');
  });

  it('keeps a formula after a separator as text in Excel with either separator, and imports it back', () => {
    const note = 'Waiting;=HYPERLINK("http://evil.example","go"), -2 pcs';
    addEntries({ production_entry_id: 'PE-1', notes: note });
    const text = exportRows(db.store(), spec);
    const line = text.split('\r\n')[1] ?? '';
    expect(line).toContain(`"Waiting;'=HYPERLINK(""http://evil.example"",""go""), '-2 pcs"`);
    // Excel set to `;` reads the comma-separated line as `;` cells, quotes and all: none is a formula.
    for (const separator of [',', ';'])
      for (const cell of line.split(separator))
        expect({ separator, cell, formula: /^[ "]*[=+\-@]/.test(cell) }).toMatchObject({ formula: false });
    const fresh = openImportDb();
    try {
      expect(importRows(fresh.store(), spec, text)).toMatchObject({ inserted: 1, rejected: [] });
      expect(rowsOf(fresh.sqlite, 'production_entry', 'production_entry_id')[0]?.notes).toBe(note);
    } finally {
      fresh.sqlite.close();
    }
  });

  it("exports only the user's clients, filters by client and date, and refuses a client outside the scope", () => {
    addEntries({ production_entry_id: 'PE-A1' }, { production_entry_id: 'PE-A2', shift_date: '2026-03-05' });
    db.store().create(spec, {
      production_entry_id: 'PE-B1',
      work_order_id: 'WO-B',
      client_id: CLIENT_B,
      shift_date: '2026-03-02',
    });
    const ids = (text: string) =>
      parseDelimited(text)
        .records.slice(1)
        .map((r) => r[0]);
    expect(ids(exportRows(db.store(), spec))).toEqual(['PE-A1', 'PE-A2', 'PE-B1']);
    expect(ids(exportRows(db.store(LEADER_A), spec))).toEqual(['PE-A1', 'PE-A2']);
    expect(ids(exportRows(db.store(), spec, { clientIds: [CLIENT_B] }))).toEqual(['PE-B1']);
    expect(ids(exportRows(db.store(), spec, { from: '2026-03-03', to: '2026-03-31' }))).toEqual(['PE-A2']);
    expect(() => exportRows(db.store(LEADER_A), spec, { clientIds: [CLIENT_B] })).toThrow(AppError);
  });

  it('exports a header only for an empty table, which imports as zero rows', () => {
    const text = exportRows(db.store(), spec);
    expect(parseDelimited(text).records).toHaveLength(1);
    expect(importRows(db.store(), spec, text)).toMatchObject({ total: 0, inserted: 0 });
    expect(importRows(db.store(), spec, csv(exportColumns(spec)))).toMatchObject({ total: 0 });
  });
});
