import { afterEach, describe, expect, it } from 'vitest';
import type { CsvImportResult, CsvPreview } from '../../../src-shared/contract/csv';
import { i18next } from '../../i18n/i18n';
import { downgradeText, importOutcome, previewOutcome, rowsText } from './import-outcome';

const result = (over: Partial<CsvImportResult>): CsvImportResult => ({
  total: 5,
  inserted: 5,
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
  ...over,
});
const preview = (over: Partial<CsvPreview>): CsvPreview => ({
  headers: [],
  rows: [],
  ...result(over),
  ...over,
});
const twoBad = [
  { row: 3, field: 'shift_date', message: 'must be a real date' },
  { row: 5, field: 'units_produced', message: 'must be 0 or more' },
];

describe('rowsText', () => {
  it('counts with the right noun and thousands separators', () => {
    expect(rowsText(1)).toBe('1 row');
    expect(rowsText(100_000)).toBe('100,000 rows');
  });
});

describe('previewOutcome', () => {
  it('says all rows can go in when none has a problem', () => {
    expect(previewOutcome(preview({}), false)).toMatchObject({
      tone: 'ok',
      headline: 'All 5 rows can be imported.',
    });
  });

  it('explains all or nothing when some rows have problems', () => {
    const outcome = previewOutcome(preview({ inserted: 3, rejectedCount: 2, rejected: twoBad }), false);
    expect(outcome.tone).toBe('warn');
    expect(outcome.headline).toBe('2 rows of 5 have problems (listed below).');
    expect(outcome.detail).toContain('nothing would be imported');
  });

  it('says what valid-rows-only will do', () => {
    const outcome = previewOutcome(preview({ inserted: 3, rejectedCount: 2, rejected: twoBad }), true);
    expect(outcome.headline).toBe('3 rows will be imported; the 2 rows listed below will be skipped.');
  });

  it('refuses a file whose header is wrong, whatever the option', () => {
    const outcome = previewOutcome(
      preview({
        inserted: 0,
        rejectedCount: 5,
        rejected: [{ row: 1, field: 'units', message: 'is not a column' }],
      }),
      true,
    );
    expect(outcome).toMatchObject({
      tone: 'error',
      headline: 'The header row has problems, so no row can be imported.',
    });
  });

  it('warns an operator before the import that their holds will arrive as requests', () => {
    const outcome = previewOutcome(
      preview({
        downgraded: [
          { kind: 'holds_requested', rows: 2, columns: ['hold_status', 'hold_approved_by_user_id'] },
        ],
      }),
      false,
    );
    expect(outcome).toMatchObject({ tone: 'warn', headline: 'All 5 rows can be imported.' });
    expect(outcome.detail).toBe(
      "2 holds arrive as requests waiting for a leader's approval: your role cannot approve holds, so hold_status, hold_approved_by_user_id were not imported.",
    );
  });

  it('says when a file has no data rows', () => {
    expect(previewOutcome(preview({ total: 0, inserted: 0 }), false).headline).toBe(
      'The file has no data rows under its header.',
    );
  });
});

describe('importOutcome', () => {
  it('reports the rows written', () => {
    expect(importOutcome(result({}), false)).toMatchObject({ tone: 'ok', headline: 'Imported 5 rows.' });
  });

  it('says plainly that a refused import wrote nothing', () => {
    const outcome = importOutcome(result({ inserted: 0, rejectedCount: 2, rejected: twoBad }), false);
    expect(outcome).toMatchObject({
      tone: 'error',
      headline: 'Nothing was imported. Fix these rows and try again.',
    });
    expect(outcome.detail).toBe(
      '2 rows of 5 had problems, and an import is all or nothing, so no row was written.',
    );
  });

  it('reports skipped rows of a valid-rows-only import', () => {
    const outcome = importOutcome(result({ inserted: 3, rejectedCount: 2, rejected: twoBad }), true);
    expect(outcome).toMatchObject({ tone: 'warn', headline: 'Imported 3 rows. 2 rows were skipped.' });
  });

  it('counts settings that already existed as imported, saying which changed', () => {
    expect(importOutcome(result({ inserted: 0, updated: 3, unchanged: 2 }), false)).toEqual({
      tone: 'ok',
      headline: 'Imported 5 rows.',
      detail: "3 rows set existing settings to the file's values. 2 rows already had the file's values.",
    });
  });

  it('tells an operator that verification was not imported', () => {
    const outcome = importOutcome(
      result({ downgraded: [{ kind: 'not_verified', rows: 1, columns: ['verified_by'] }] }),
      false,
    );
    expect(outcome).toMatchObject({
      tone: 'warn',
      detail:
        '1 row arrives unverified: your role cannot verify or confirm entries, so verified_by was not imported.',
    });
  });

  it('names the columns that were not imported', () => {
    expect(importOutcome(result({ ignoredColumns: ['verified_by'] }), false).detail).toBe(
      'These columns are set by FloorKPI itself and were not imported: verified_by.',
    );
  });
});

describe('what a role without approval rights left out, in Spanish', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('words the rows and the columns with their own plurals', async () => {
    await i18next.changeLanguage('es');
    expect(
      downgradeText({
        kind: 'holds_requested',
        rows: 2,
        columns: ['hold_status', 'hold_approved_by_user_id'],
      }),
    ).toBe(
      '2 retenciones llegan como solicitudes en espera de la aprobación de un líder: su rol no puede aprobar retenciones, así que no se importaron hold_status, hold_approved_by_user_id.',
    );
    expect(downgradeText({ kind: 'not_verified', rows: 1, columns: ['verified_by'] })).toBe(
      '1 registro llega sin verificar: su rol no puede verificar ni confirmar registros, así que no se importó verified_by.',
    );
  });
});
