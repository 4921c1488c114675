import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csv } from '../../csv/csv.test-support';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../../db/db.test-support';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

// Issue 9, rule 2, from the command line: a file with rows already in FloorKPI.
const HEADER = [
  'production_entry_id',
  'work_order_id',
  'client_id',
  'shift_date',
  'shift_type',
  'operation_id',
  'units_produced',
];
const row = (id: string, day: string, units: string, client = CLIENT_A, op = 'SEW') => [
  id,
  client === CLIENT_A ? 'WO-A' : 'WO-B',
  client,
  day,
  'SHIFT_1ST',
  op,
  units,
];

let dir: string;
let db: string;

async function cli(...args: string[]) {
  const run = recordingIo();
  const code = await runCli(args, run.io);
  return { code, out: run.stdout(), err: run.stderr() };
}

function importFile(rows: readonly (readonly string[])[], ...flags: string[]) {
  const file = join(dir, 'file.csv');
  writeFileSync(file, csv(HEADER, ...rows));
  return cli('import', '--db', db, '--as', 'admin', '--table', 'production_entry', '--file', file, ...flags);
}

function query<T>(sql: string): T[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-dup-cli-'));
  db = join(dir, 'plant.db');
  expect((await cli('init', '--db', db)).code).toBe(0);
  const sqlite = new Database(db);
  seedTwoClients(sqlite);
  sqlite.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('importing rows already in FloorKPI', () => {
  const first = [
    row('PE-1', '2026-03-02', '100'),
    row('PE-2', '2026-03-03', '90'),
    row('PB-1', '2026-03-02', '7', CLIENT_B),
  ];

  it('refuses the file by default, naming each row and what it repeats, and writes nothing', async () => {
    expect((await importFile(first)).code).toBe(0);
    const again = await importFile([
      row('PE-1', '2026-03-02', '100'),
      // No id, same client, order, date, shift and operation as PE-2: the same count entered twice.
      row('', '2026-03-03', '95'),
      row('PE-3', '2026-03-04', '80'),
      // The same row twice within the file.
      row('PE-3', '2026-03-04', '80'),
    ]);
    expect(again.code).toBe(1);
    expect(again.out).toBe(
      [
        'Rejected 3 of 4 rows; nothing was imported:',
        'row 2, production_entry_id: already in FloorKPI as PE-1 (same id)',
        'row 3, (row): already in FloorKPI as PE-2 (same client, work order, shift date, shift type, operation, timestamp)',
        'row 5, production_entry_id: repeats row 4 of this file (same id)',
        'Fix these rows and import the file again, or use --partial to import the valid rows.',
        '3 rows already in FloorKPI or repeated in the file: use --skip-duplicates to import the others, or --upsert to update them.',
        'By client: CLIENT-A 3 rejected.',
        '',
      ].join('\n'),
    );
    expect(query('SELECT production_entry_id FROM production_entry ORDER BY 1')).toHaveLength(3);
  });

  it('refuses a row that repeats an earlier row of the file cell for cell, when neither names an id', async () => {
    // The file leaves entry_method blank: the import fills it in, and the repeat is still the same row.
    const again = await importFile([row('', '2026-03-05', '60'), row('', '2026-03-05', '60')]);
    expect(again.code).toBe(1);
    expect(again.out).toContain('row 3, (row): repeats row 2 of this file (the same cells)');
    expect(query('SELECT production_entry_id FROM production_entry')).toHaveLength(0);
  });

  it('--skip-duplicates imports the others and counts them per client', async () => {
    expect((await importFile(first)).code).toBe(0);
    const skipped = await importFile(
      [...first, row('PE-4', '2026-03-05', '60'), row('', '2026-03-05', '5', CLIENT_B)],
      '--skip-duplicates',
    );
    expect(skipped).toEqual({
      code: 0,
      out: [
        'Imported 2 rows into production_entry.',
        'Skipped 3 rows already in FloorKPI or repeated in the file.',
        'By client: CLIENT-A 1 added, 2 skipped; CLIENT-B 1 added, 1 skipped.',
        '',
      ].join('\n'),
      err: '',
    });
    expect(query('SELECT 1 FROM production_entry')).toHaveLength(5);
  });

  it('--upsert updates rows whose id exists, bumping their version, with audit entries', async () => {
    expect((await importFile(first)).code).toBe(0);
    const result = await importFile(
      [row('PE-1', '2026-03-02', '120'), row('PE-2', '2026-03-03', '90')],
      '--upsert',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      inserted: 0,
      updated: 1,
      unchanged: 1,
      duplicates: 2,
      duplicateRows: [
        { row: 2, existingId: 'PE-1', match: 'id' },
        { row: 3, existingId: 'PE-2', match: 'id' },
      ],
      perClient: [{ client_id: CLIENT_A, inserted: 0, updated: 1, unchanged: 1, skipped: 0, rejected: 0 }],
    });
    expect(
      query(
        "SELECT production_entry_id AS id, units_produced AS units, version FROM production_entry WHERE client_id = 'CLIENT-A' ORDER BY 1",
      ),
    ).toEqual([
      { id: 'PE-1', units: 120, version: 2 },
      { id: 'PE-2', units: 90, version: 1 },
    ]);
    const audit = query<{ action: string; before: number; after: number }>(
      "SELECT action, json_extract(before_json, '$.units_produced') AS before, json_extract(after_json, '$.units_produced') AS after FROM audit_log WHERE row_id = 'PE-1' ORDER BY id",
    );
    expect(audit).toEqual([
      { action: 'INSERT', before: null, after: 100 },
      { action: 'UPDATE', before: 100, after: 120 },
    ]);
  });

  it('--upsert of rows identical to the stored ones counts them unchanged: no version, audit or sync entry', async () => {
    expect((await importFile(first)).code).toBe(0);
    // One more row typed in the grid (MANUAL_ENTRY), then exported as it is: the file has no entry_method.
    const sqlite = new Database(db);
    sqlite
      .prepare("UPDATE production_entry SET entry_method = 'MANUAL_ENTRY' WHERE production_entry_id = 'PE-2'")
      .run();
    sqlite.close();
    const counts = () =>
      query<{ audit: number; outbox: number; versions: number }>(
        `SELECT (SELECT count(*) FROM audit_log WHERE table_name = 'production_entry') AS audit,
           (SELECT count(*) FROM sync_outbox) AS outbox,
           (SELECT sum(version) FROM production_entry) AS versions`,
      )[0];
    const before = counts();
    const result = await importFile(first, '--upsert', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      duplicates: 3,
      perClient: [
        { client_id: CLIENT_A, inserted: 0, updated: 0, unchanged: 2 },
        { client_id: CLIENT_B, inserted: 0, updated: 0, unchanged: 1 },
      ],
    });
    expect(counts()).toEqual(before);
    expect(query("SELECT entry_method FROM production_entry WHERE production_entry_id = 'PE-2'")).toEqual([
      { entry_method: 'MANUAL_ENTRY' },
    ]);
    const text = await importFile(first, '--upsert');
    expect(text.out).toContain("3 rows already had the file's values.");
    expect(text.out).toContain('By client: CLIENT-A 2 unchanged; CLIENT-B 1 unchanged.');
    expect(text.out).not.toContain('updated');
  });

  it('refuses --skip-duplicates with --upsert as a usage error', async () => {
    const result = await importFile(first, '--skip-duplicates', '--upsert');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--skip-duplicates and --upsert exclude each other');
    expect(query('SELECT 1 FROM production_entry')).toHaveLength(0);
  });
});
