import { afterEach, describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { useLocaleStore } from '../../i18n/locale-store';
import { gridColumns } from './grid-columns';
import { isBlockPaste, planPaste } from './grid-paste';

const columns = gridColumns(TABLE_SPECS.production_entry, {
  columns: ['work_order_id', 'shift_type', 'units_produced', 'units_defective', 'run_time_hours'],
  fixed: { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02' },
});

describe('planPaste', () => {
  it('lays a two-line block from Excel over the grid from the active cell, adding rows', () => {
    const plan = planPaste(
      'WO-1\tshift_1st\t120\t2\t7.5\r\nWO-2\tSHIFT_2ND\t80\t0\t8\r\n',
      columns,
      { row: 1, col: 0 },
      2,
    );
    expect(plan.lines).toBe(2);
    // Row 1 exists; row 2 does not (2 data rows): one row is added.
    expect(plan.addRows).toBe(1);
    expect(plan.notes).toEqual([]);
    expect(plan.cells.filter((c) => c.row === 1).map((c) => [c.field, c.text, c.error])).toEqual([
      ['work_order_id', 'WO-1', null],
      ['shift_type', 'SHIFT_1ST', null],
      ['units_produced', '120', null],
      ['units_defective', '2', null],
      ['run_time_hours', '7.5', null],
    ]);
    expect(plan.cells.filter((c) => c.row === 2).map((c) => c.text)).toEqual([
      'WO-2',
      'SHIFT_2ND',
      '80',
      '0',
      '8',
    ]);
  });

  it('starts at the active column and cuts what goes past the last one, saying so', () => {
    const plan = planPaste('10\t1\t8\textra', columns, { row: 0, col: 2 }, 5);
    expect(plan.cells.map((c) => c.field)).toEqual(['units_produced', 'units_defective', 'run_time_hours']);
    expect(plan.addRows).toBe(0);
    expect(plan.notes).toEqual(['1 cell beyond the last column was left out.']);
  });

  it('keeps a cell that does not parse, with its message, instead of dropping it', () => {
    const plan = planPaste('WO-1\tSHIFT_1ST\t1,2345\tmany\t7,5', columns, { row: 0, col: 0 }, 0);
    expect(plan.addRows).toBe(1);
    const byField = Object.fromEntries(plan.cells.map((c) => [c.field, c]));
    expect(byField.units_produced).toMatchObject({
      text: '1,2345',
      error: 'Units produced could be read two ways: write it like 7.5 or 1,200 or 1,200.5.',
    });
    expect(byField.units_defective).toMatchObject({
      text: 'many',
      error: 'Units defective must be a number written like 7.5 or 1,200 or 1,200.5.',
    });
    expect(byField.run_time_hours).toMatchObject({
      text: '7,5',
      error: 'Run time (h) could be read two ways: write it like 7.5 or 1,200 or 1,200.5.',
    });
    expect(byField.work_order_id).toMatchObject({ text: 'WO-1', error: null });
  });

  it('skips blank lines and a copied header line', () => {
    const text = 'Work order\tShift\tUnits produced\nWO-1\tSHIFT_1ST\t5\n\t\t\nWO-2\tSHIFT_1ST\t6\n';
    const plan = planPaste(text, columns, { row: 0, col: 0 }, 0);
    expect(plan.lines).toBe(2);
    expect(plan.addRows).toBe(2);
    expect(plan.notes).toEqual(['The header line was left out.']);
    expect(plan.cells.filter((c) => c.field === 'units_produced').map((c) => [c.row, c.text])).toEqual([
      [0, '5'],
      [1, '6'],
    ]);
  });

  it('reads a pasted column without tabs line by line, never splitting at a comma', () => {
    const plan = planPaste('12,5\n40', columns, { row: 0, col: 2 }, 3);
    expect(plan.cells.map((c) => [c.row, c.text, c.error !== null])).toEqual([
      [0, '12,5', true],
      [1, '40', false],
    ]);
  });

  it('a blank pasted cell empties its cell', () => {
    const plan = planPaste('WO-1\t\t30', columns, { row: 0, col: 0 }, 1);
    expect(plan.cells.map((c) => c.text)).toEqual(['WO-1', '', '30']);
  });

  it('tells a block from text for one cell', () => {
    expect(isBlockPaste('a\tb')).toBe(true);
    expect(isBlockPaste('a\nb')).toBe(true);
    expect(isBlockPaste('120\n')).toBe(false);
    expect(isBlockPaste('120')).toBe(false);
  });
});

describe('pasting in a Spanish regional format', () => {
  afterEach(() => useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' }));

  it('reads a decimal comma, a point that groups thousands and a day-first date (Costa Rica)', () => {
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-CR' });
    const plan = planPaste('WO-1\tSHIFT_1ST\t1.200\t3\t7,5', columns, { row: 0, col: 0 }, 0);
    const byField = Object.fromEntries(plan.cells.map((c) => [c.field, c]));
    expect(byField.units_produced).toMatchObject({ text: '1200', error: null });
    expect(byField.run_time_hours).toMatchObject({ text: '7,5', error: null });
  });

  it('refuses a point decimal where the comma is the decimal, in Spanish, naming the forms', () => {
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-CR' });
    const plan = planPaste('WO-1\tSHIFT_1ST\t10\t3\t7.5', columns, { row: 0, col: 0 }, 0);
    const run = plan.cells.find((c) => c.field === 'run_time_hours');
    expect(run?.error).toMatch(
      /^Tiempo en operación \(h\) se puede leer de dos maneras: escríbalo como 7,5 o 1.200 o 1.200,5\.$/,
    );
  });
});
