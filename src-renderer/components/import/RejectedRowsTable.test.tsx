// @vitest-environment happy-dom
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RejectedCsvRow } from '../../../src-shared/contract/csv';
import { ruleMessage } from '../../../src-shared/i18n/rule-text';
import { productionEntrySpec } from '../../../src-shared/tables/specs/production-entry';
import { useLocaleStore } from '../../i18n/locale-store';
import { RejectedRowsTable } from './RejectedRowsTable';

/** A header problem as the core sends it: the English message, the code and its values. */
const problem = (row: number, field: string, code: RejectedCsvRow['code'] & string, params = {}) => ({
  row,
  field,
  code,
  params,
  message: ruleMessage(code, params),
});

const REJECTED: RejectedCsvRow[] = [
  problem(1, 'remarks', 'header.unknown', { table: 'production_entry', columns: 'client_id, shift_date' }),
  problem(1, 'shift_date', 'header.missing'),
  problem(3, '(column 12)', 'cell.noHeader'),
  problem(4, '(row)', 'row.extraCells', { cells: 12, columns: 11 }),
];

function cells(): (string | null)[][] {
  const view = render(<RejectedRowsTable spec={productionEntrySpec} rejected={REJECTED} rejectedCount={3} />);
  const rows = within(view.getByTestId('rejected-rows')).getAllByRole('row').slice(1);
  return rows.map((r) =>
    within(r)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  );
}

afterEach(() => {
  cleanup();
  useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' });
});

describe("the import report's problems with the file's shape", () => {
  it('read in Spanish: the header row, the column, and why, from their codes', () => {
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-MX' });
    expect(cells()).toEqual([
      [
        '1 (encabezado)',
        'remarks',
        'no es una columna de production_entry (columnas: client_id, shift_date)',
      ],
      ['1 (encabezado)', 'Fecha del turno (shift_date)', 'es obligatoria y falta en el encabezado'],
      ['3', 'Columna 12 (sin encabezado)', 'tiene un valor pero su columna no tiene encabezado'],
      ['4', 'Todo el registro', 'tiene 12 celdas pero el encabezado nombra 11 columnas'],
    ]);
  });

  it('read in English as the core wrote them', () => {
    expect(cells()).toEqual([
      ['1 (header)', 'remarks', 'is not a column of production_entry (columns: client_id, shift_date)'],
      ['1 (header)', 'Shift date (shift_date)', 'is required and missing from the header'],
      ['3', 'Column 12 (no header)', 'has a value but no header'],
      ['4', 'Whole row', 'has 12 cells but the header names 11 columns'],
    ]);
  });
});
