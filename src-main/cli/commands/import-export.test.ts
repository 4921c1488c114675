import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csv, LEADER_A } from '../../csv/csv.test-support';
import { CLIENT_A, CLIENT_B, insertRow, seedTwoClients, syncValues } from '../../db/db.test-support';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

const HEADER = ['work_order_id', 'client_id', 'shift_date', 'shift_type', 'units_produced', 'notes'];
const good = (notes = '') => ['WO-A', CLIENT_A, '2026-03-02', 'SHIFT_1ST', '100', notes];

let dir: string;
let db: string;

async function cli(...args: string[]) {
  const run = recordingIo();
  const code = await runCli(args, run.io);
  return { code, out: run.stdout(), err: run.stderr() };
}

function writeCsv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function count(file = db, table = 'production_entry'): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/** A new database through `init`, with the two test clients and a LEADER (`lena`) of client A. */
async function newDb(name: string, seed = true): Promise<string> {
  const file = join(dir, name);
  expect((await cli('init', '--db', file)).code).toBe(0);
  if (seed) {
    const sqlite = new Database(file);
    seedTwoClients(sqlite);
    insertRow(sqlite, 'app_user', { user_id: LEADER_A, username: 'lena', role: 'LEADER', ...syncValues() });
    insertRow(sqlite, 'user_client_access', { user_id: LEADER_A, client_id: CLIENT_A, ...syncValues() });
    sqlite.close();
  }
  return file;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-csv-cli-'));
  db = await newDb('plant.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const importArgs = (file: string, ...more: string[]) => [
  'import',
  '--db',
  db,
  '--as',
  'admin',
  '--table',
  'production_entry',
  '--file',
  file,
  ...more,
];

describe('cli import', () => {
  it('imports a file and says how many rows', async () => {
    const file = writeCsv('ok.csv', csv(HEADER, good(), good('second')));
    expect(await cli(...importArgs(file))).toEqual({
      code: 0,
      out: 'Imported 2 rows into production_entry.\nBy client: CLIENT-A 2 added.\n',
      err: '',
    });
    expect(count()).toBe(2);
  });

  it('lists rejected rows, imports nothing and exits 1', async () => {
    const file = writeCsv(
      'bad.csv',
      csv(
        HEADER,
        good(),
        ['WO-A', CLIENT_A, '2026-13-01', 'SHIFT_1ST', '100', ''],
        ['WO-A', CLIENT_A, '2026-03-02', 'SHIFT_1ST', '-3', ''],
        ['WO-9', CLIENT_A, '2026-03-02', 'NIGHT', '1', ''],
        ['WO-9', CLIENT_A, '2026-03-02', '', '1', ''],
      ),
    );
    const result = await cli(...importArgs(file));
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        'Rejected 4 of 5 rows; nothing was imported:',
        'row 3, shift_date: must be a real date like 2026-03-02 (2026-13-01 does not exist)',
        'row 4, units_produced: must be 0 or more',
        'row 5, shift_type: must be one of 1st shift (SHIFT_1ST), 2nd shift (SHIFT_2ND), Saturday overtime (SAT_OT), Sunday overtime (SUN_OT), Other (OTHER)',
        // References are checked once a row's cells are valid: row 5 gets its WO-9 problem next time.
        'row 6, work_order_id: WO-9 is not a work order of client CLIENT-A',
        'Fix these rows and import the file again, or use --partial to import the valid rows.',
        'By client: CLIENT-A 4 rejected.',
        '',
      ].join('\n'),
    );
    expect(count()).toBe(0);
  });

  it('refuses a file whose header names an unknown column, even when it has no rows', async () => {
    const header = HEADER.map((h) => (h === 'notes' ? 'remarks' : h));
    for (const text of [csv(header, good()), csv(header)]) {
      const result = await cli(...importArgs(writeCsv('header.csv', text)));
      expect(result.code).toBe(1);
      expect(result.out).toMatch(
        /^The file cannot be read as production_entry rows; nothing was imported:\nrow 1, remarks: is not a column of production_entry \(columns: production_entry_id, .*\)\n$/,
      );
    }
    expect(count()).toBe(0);
  });

  it('shows the first 100 problems and says how many rows were rejected in all', async () => {
    const rows = Array.from({ length: 120 }, () => ['WO-A', CLIENT_A, '2026-03-02', '', '-1', '']);
    const result = await cli(...importArgs(writeCsv('many.csv', csv(HEADER, ...rows))));
    const lines = result.out.trimEnd().split('\n');
    expect(lines[0]).toBe('Rejected 120 of 120 rows; nothing was imported:');
    expect(lines).toHaveLength(103);
    expect(lines[102]).toBe('By client: CLIENT-A 120 rejected.');
    expect(lines[101]).toBe('… 120 rows were rejected in all; the first 100 problems are shown.');
  });

  it('prints JSON with --json, and imports the valid rows with --partial', async () => {
    const file = writeCsv('mixed.csv', csv(HEADER, good(), ['WO-A', CLIENT_A, '2026-03-02', '', '1,5', '']));
    const result = await cli(...importArgs(file, '--json', '--partial'));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual({
      table: 'production_entry',
      total: 2,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejectedCount: 1,
      rejected: [{ row: 3, field: 'units_produced', message: 'must use a dot for decimals, like 1.5' }],
      downgraded: [],
      duplicates: 0,
      duplicateRows: [],
      skipped: 0,
      closedOrderRows: 0,
      offDayShiftRows: 0,
      perClient: [{ client_id: CLIENT_A, inserted: 1, updated: 0, unchanged: 0, skipped: 0, rejected: 1 }],
    });
    expect(count()).toBe(1);
  });

  it("rejects, by row, a client outside the importing user's scope (user named by username)", async () => {
    const file = writeCsv('b.csv', csv(HEADER, good(), ['WO-B', CLIENT_B, '2026-03-02', '', '1', '']));
    const result = await cli(...importArgs(file).map((a) => (a === 'admin' ? 'lena' : a)));
    expect(result.code).toBe(1);
    expect(result.out).toContain('row 3, client_id: CLIENT-B is not one of your clients');
    expect(count()).toBe(0);
  });

  it("keeps a leader's hold approvals, and tells an operator in words that theirs arrive as requests", async () => {
    const sqlite = new Database(db);
    insertRow(sqlite, 'app_user', { user_id: 'U-OP', username: 'otto', role: 'OPERATOR', ...syncValues() });
    insertRow(sqlite, 'user_client_access', { user_id: 'U-OP', client_id: CLIENT_A, ...syncValues() });
    sqlite.close();
    const header = ['work_order_id', 'client_id', 'hold_date', 'hold_status', 'hold_approved_by_user_id'];
    const approved = (day: string) => ['WO-A', CLIENT_A, `2026-02-${day}`, 'ON_HOLD', 'lena'];
    const files = {
      otto: writeCsv('holds.csv', csv(header, approved('10'), approved('11'))),
      lena: writeCsv('holds-2.csv', csv(header, approved('12'), approved('13'))),
    };
    const holdArgs = (as: 'otto' | 'lena') =>
      importArgs(files[as]).map((a) => (a === 'admin' ? as : a === 'production_entry' ? 'hold_entry' : a));
    const operator = await cli(...holdArgs('otto'));
    expect(operator).toEqual({
      code: 0,
      out: [
        'Imported 2 rows into hold_entry.',
        "2 holds arrive as requests waiting for a leader's approval: your role cannot approve holds, so hold_status, hold_approved_by_user_id were not imported.",
        'By client: CLIENT-A 2 added.',
        '',
      ].join('\n'),
      err: '',
    });
    const leader = await cli(...holdArgs('lena'));
    expect(leader).toEqual({
      code: 0,
      out: 'Imported 2 rows into hold_entry.\nBy client: CLIENT-A 2 added.\n',
      err: '',
    });
    const statuses = new Database(db, { readonly: true });
    try {
      expect(
        statuses
          .prepare('SELECT hold_status, hold_approved_by_user_id AS by FROM hold_entry ORDER BY created_by')
          .all(),
      ).toEqual([
        { hold_status: 'ON_HOLD', by: LEADER_A },
        { hold_status: 'ON_HOLD', by: LEADER_A },
        { hold_status: 'PENDING_HOLD_APPROVAL', by: null },
        { hold_status: 'PENDING_HOLD_APPROVAL', by: null },
      ]);
    } finally {
      statuses.close();
    }
  });

  it('reads tab-separated text pasted from Excel into a file', async () => {
    const paste = `${HEADER.join('\t')}\n${good('pasted, from Excel').join('\t')}\n`;
    const file = writeCsv('paste.txt', paste);
    expect((await cli(...importArgs(file))).code).toBe(0);
    expect(count()).toBe(1);
  });

  it('prints progress on stderr for files over 5,000 rows, keeping --json output clean', async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => good(`count ${i}`));
    const file = writeCsv('big.csv', csv(HEADER, ...rows));
    // 600,000 units on a 1,000-unit order: far above plan, accepted as checked.
    const result = await cli(...importArgs(file, '--json', '--accept-warnings'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ total: 6000, inserted: 6000 });
    expect(result.err).toBe(
      'production_entry: 5,000 of 6,000 rows checked\nproduction_entry: 6,000 of 6,000 rows checked\n',
    );
  });

  it('refuses usage errors with exit code 2 and writes nothing', async () => {
    const file = writeCsv('ok.csv', csv(HEADER, good()));
    const cases: [string[], string][] = [
      [
        importArgs(file).map((a) => (a === 'production_entry' ? 'widgets' : a)),
        '--table must be one of client,',
      ],
      [
        importArgs(file).map((a) => (a === 'admin' ? 'nobody' : a)),
        'No user has the id or username "nobody".',
      ],
      [importArgs(join(dir, 'missing.csv')), 'cannot read'],
      [importArgs(file).filter((a) => a !== '--as' && a !== 'admin'), '--as is required'],
      [
        importArgs(file).map((a) => (a === db ? join(dir, 'none.db') : a)),
        'There is no FloorKPI database at',
      ],
      [
        ['import', '--db', db, '--as', 'lena', '--table', 'client', '--file', file],
        'may not add client records',
      ],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.err).toContain(message);
      expect(result.out).toBe('');
    }
    expect(count()).toBe(0);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  });
});

describe('cli export', () => {
  const exportArgs = (...more: string[]) => ['export', '--db', db, '--as', 'admin', ...more];

  it('exports to a file that imports into an empty database with the same rows', async () => {
    const source = writeCsv('in.csv', csv(HEADER, good('=cmd|calc'), good('Línea 4, "left"')));
    expect((await cli(...importArgs(source))).code).toBe(0);
    const out = join(dir, 'out.csv');
    const exported = await cli(...exportArgs('--table', 'production_entry', '--out', out));
    expect(exported).toEqual({ code: 0, out: `Exported 2 rows of production_entry to ${out}.\n`, err: '' });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFproduction_entry_id,work_order_id,')).toBe(true);
    expect(text).toContain(",'=cmd|calc,");

    const target = await newDb('copy.db');
    const imported = await cli(
      ...['import', '--db', target, '--as', 'admin', '--table', 'production_entry', '--file', out],
    );
    expect(imported).toMatchObject({
      code: 0,
      out: 'Imported 2 rows into production_entry.\nBy client: CLIENT-A 2 added.\n',
    });
    const notes = (file: string) => {
      const sqlite = new Database(file, { readonly: true });
      try {
        return sqlite.prepare('SELECT production_entry_id, notes FROM production_entry ORDER BY 1').all();
      } finally {
        sqlite.close();
      }
    };
    expect(notes(target)).toEqual(notes(db));
  });

  it('writes CSV to standard output with --out -, filtered by client and dates', async () => {
    const file = writeCsv('in.csv', csv(HEADER, good(), ['WO-A', CLIENT_A, '2026-04-01', '', '5', 'april']));
    await cli(...importArgs(file));
    const result = await cli(
      ...exportArgs(
        '--table',
        'production_entry',
        '--client',
        CLIENT_A,
        '--from',
        '2026-04-01',
        '--out',
        '-',
      ),
    );
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',april,');
  });

  it('refuses a client outside the scope or a bad date with exit code 2, leaving no file behind', async () => {
    const out = join(dir, 'b.csv');
    const refused = await cli(
      'export',
      '--db',
      db,
      '--as',
      'lena',
      '--table',
      'production_entry',
      '--client',
      CLIENT_B,
      '--out',
      out,
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('CLIENT-B is not one of your clients');
    expect(readdirSync(dir).filter((f) => f.startsWith('b.csv'))).toEqual([]);
    const badDate = await cli(
      ...exportArgs('--table', 'production_entry', '--from', '3/2/2026', '--out', out),
    );
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('--from must be a real date like 2026-03-02');
  });
});
