import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_A, seedTwoClients } from '../../db/db.test-support';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

const HEADER = 'work_order_id;client_id;shift_date;shift_type;units_produced;run_time_hours;notes';

let dir: string;
let db: string;

async function cli(args: string[], env: Record<string, string> = {}) {
  const run = recordingIo(env);
  const code = await runCli(args, run.io);
  return { code, out: run.stdout(), err: run.stderr() };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function newDb(name: string): Promise<string> {
  const file = join(dir, name);
  expect((await cli(['init', '--db', file])).code).toBe(0);
  const sqlite = new Database(file);
  seedTwoClients(sqlite);
  sqlite.close();
  return file;
}

const importArgs = (file: string, into = db) => [
  'import',
  '--db',
  into,
  '--as',
  'admin',
  '--table',
  'production_entry',
  '--file',
  file,
];

function rows(file: string): Record<string, unknown>[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite
      .prepare(
        `SELECT work_order_id, client_id, shift_date, shift_type, units_produced, run_time_hours, notes
         FROM production_entry ORDER BY shift_date, units_produced`,
      )
      .all() as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-regional-'));
  db = await newDb('plant.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli import in Spanish', () => {
  const unknownOrder = () =>
    write('bad.csv', `${HEADER.replaceAll(';', ',')}\nWO-9,${CLIENT_A},2026-03-02,SHIFT_1ST,10,8,\n`);

  it('names the row, the field and the reason in Spanish with --lang es', async () => {
    const result = await cli([...importArgs(unknownOrder()), '--lang', 'es']);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        'Se rechazaron 1 de 1 registro; no se importó nada:',
        `registro 2, work_order_id: WO-9 no es una orden de trabajo del cliente ${CLIENT_A}`,
        `Por cliente: ${CLIENT_A} 1 rechazados.`,
        '',
      ].join('\n'),
    );
  });

  it('words a value’s own check in Spanish too, with its limit', async () => {
    const file = write(
      'neg.csv',
      `${HEADER.replaceAll(';', ',')}\nWO-A,${CLIENT_A},2026-03-02,SHIFT_1ST,-3,8,\n`,
    );
    const es = await cli([...importArgs(file), '--lang', 'es']);
    expect(es.out).toContain('registro 2, units_produced: debe ser al menos 0');
    const en = await cli(importArgs(file));
    expect(en.out).toContain('row 2, units_produced: must be 0 or more');
  });

  it('says shifts and the choices of a code in Spanish words, never as raw codes', async () => {
    const file = write(
      'shifts.csv',
      `${HEADER.replaceAll(';', ',')}\nWO-A,${CLIENT_A},2026-03-02,SAT_OT,10,8,\nWO-A,${CLIENT_A},2026-03-02,NIGHT,10,8,\n`,
    );
    const es = await cli([...importArgs(file), '--lang', 'es']);
    expect(es.out).toContain('registro 2, shift_type: Tiempo extra sábado no se trabaja el 2026-03-02');
    expect(es.out).toContain(
      'registro 3, shift_type: debe ser uno de estos: 1er turno (SHIFT_1ST), 2do turno (SHIFT_2ND), Tiempo extra sábado (SAT_OT)',
    );
    expect(es.out).not.toMatch(/SAT_OT no se trabaja|must be/);
  });

  it('speaks Spanish where the environment says so, English otherwise', async () => {
    const file = unknownOrder();
    expect((await cli(importArgs(file), { LANG: 'es_MX.UTF-8' })).out).toContain(
      'no es una orden de trabajo',
    );
    expect((await cli(importArgs(file), { FLOORKPI_LANG: 'es' })).out).toContain(
      'no es una orden de trabajo',
    );
    expect((await cli(importArgs(file), { LANG: 'en_US.UTF-8' })).out).toContain(
      `row 2, work_order_id: WO-9 is not a work order of client ${CLIENT_A}`,
    );
  });

  it('prints the same JSON in every language', async () => {
    const file = unknownOrder();
    const en = await cli([...importArgs(file), '--json', '--lang', 'en']);
    const es = await cli([...importArgs(file), '--json', '--lang', 'es']);
    expect(es.out).toBe(en.out);
    expect(JSON.parse(en.out).rejected).toEqual([
      {
        row: 2,
        field: 'work_order_id',
        message: `WO-9 is not a work order of client ${CLIENT_A}`,
        code: 'ref.workOrderNotOfClient',
        params: { value: 'WO-9', client: CLIENT_A },
      },
    ]);
  });

  it('answers its help and usage errors in Spanish', async () => {
    expect((await cli(['--help', '--lang', 'es'])).out).toContain('Comandos:');
    const missing = await cli(['import', '--db', db, '--lang', 'es']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('error: falta --as, que es obligatoria');
    expect((await cli(['kpi', '--lang', 'fr'])).err).toBe('error: --lang must be en or es\n');
  });
});

describe('cli import of regional files', () => {
  it('reads ";" files with decimal commas and day-first dates with --format es-CR', async () => {
    const file = write('cr.csv', `\uFEFF${HEADER}\nWO-A;${CLIENT_A};03/12/2026;SHIFT_1ST;1.100;7,5;talón\n`);
    const result = await cli([...importArgs(file), '--format', 'es-CR']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(rows(db)).toEqual([
      {
        work_order_id: 'WO-A',
        client_id: CLIENT_A,
        shift_date: '2026-12-03',
        shift_type: 'SHIFT_1ST',
        units_produced: 1100,
        run_time_hours: 7.5,
        notes: 'talón',
      },
    ]);
  });

  it('reads a ";" file’s decimal commas without a format, dates then only ISO', async () => {
    const file = write('semi.csv', `${HEADER}\nWO-A;${CLIENT_A};2026-03-02;SHIFT_1ST;10;7,5;\n`);
    expect((await cli(importArgs(file))).code).toBe(0);
    expect(rows(db)[0]?.run_time_hours).toBe(7.5);
    const dayFirst = write('semi2.csv', `${HEADER}\nWO-A;${CLIENT_A};03/12/2026;SHIFT_1ST;10;7,5;\n`);
    const refused = await cli(importArgs(dayFirst));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('row 2, shift_date: must be a date written YYYY-MM-DD');
  });

  it('refuses ambiguous values, naming row, field and the accepted forms, and imports nothing', async () => {
    const file = write(
      'ambiguous.csv',
      `${HEADER}\nWO-A;${CLIENT_A};2026-03-02;SHIFT_1ST;10;8;\nWO-A;${CLIENT_A};31/02/2026;SHIFT_1ST;10;7.5;\n`,
    );
    const en = await cli([...importArgs(file), '--format', 'es-CR']);
    expect(en.code).toBe(1);
    expect(en.out).toContain(
      'row 3, shift_date: is not a real date (31/02/2026 does not exist): write it like 03/12/2026 or 2026-12-03',
    );
    expect(en.out).toContain(
      'row 3, run_time_hours: could be read two ways: write it like 7,5 or 1.200 or 1.200,5',
    );
    const es = await cli([...importArgs(file), '--format', 'es-CR', '--lang', 'es']);
    expect(es.out).toContain(
      'registro 3, run_time_hours: se puede leer de dos maneras: escríbalo como 7,5 o 1.200 o 1.200,5',
    );
    expect(es.out).toContain(
      'registro 3, shift_date: no es una fecha real: escríbala como 03/12/2026 o 2026-12-03',
    );
    expect(rows(db)).toEqual([]);
  });

  it('refuses an unknown --format, naming the formats', async () => {
    const file = write('x.csv', `${HEADER}\n`);
    const result = await cli([...importArgs(file), '--format', 'fr-FR']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--format must be one of es-MX, es-HN, es-GT, es-SV, es-DO, es-CR, en-US');
  });

  it('round-trips: an es-CR export (";", BOM, decimal commas) imports back to the same rows', async () => {
    const source = write(
      'source.csv',
      [
        HEADER.replaceAll(';', ','),
        `WO-A,${CLIENT_A},2026-03-02,SHIFT_1ST,120,7.5,"talón, corte"`,
        `WO-A,${CLIENT_A},2026-03-03,SHIFT_2ND,95,8.25,`,
        '',
      ].join('\n'),
    );
    expect((await cli(importArgs(source))).code).toBe(0);
    const out = join(dir, 'cr-export.csv');
    const exported = await cli([
      'export',
      '--db',
      db,
      '--as',
      'admin',
      '--table',
      'production_entry',
      '--out',
      out,
      '--format',
      'es-CR',
      '--lang',
      'es',
    ]);
    expect(exported).toMatchObject({
      code: 0,
      out: `Se exportaron 2 registros de production_entry a ${out}.\n`,
    });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\n')[0]).toContain(';');
    expect(text).toContain(';7,5;');
    const copy = await newDb('copy.db');
    expect((await cli([...importArgs(out, copy), '--format', 'es-CR'])).code).toBe(0);
    expect(rows(copy)).toEqual(rows(db));
    expect(rows(copy)).toHaveLength(2);
  });
});
