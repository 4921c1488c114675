import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { gridColumns } from './grid-columns';
import { planPaste } from './grid-paste';
import { newRow, type RowContext, savedRow } from './grid-rows';
import { applyPaste, pasteSummary, saveSummary } from './paste-rows';

const spec = TABLE_SPECS.production_entry;
const fixed = { client_id: 'A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
const columns = gridColumns(spec, { columns: ['work_order_id', 'units_produced', 'units_defective'], fixed });
const ctx: RowContext = { spec, columns, fixed };

describe('applyPaste', () => {
  it('overwrites existing rows, adds the rest, and keeps each cell message', () => {
    const existing = [
      savedRow(
        'r0',
        { production_entry_id: 'P1', work_order_id: 'WO-1', units_produced: 5, version: 1 },
        columns,
      ),
    ];
    const plan = planPaste('WO-2\t7\t9\nWO-3\tten\t0', columns, { row: 0, col: 0 }, existing.length);
    let made = 0;
    const rows = applyPaste(existing, plan, ctx, () => newRow(`n${++made}`, {}, columns));
    expect(rows.map((r) => [r.id, r.state, r.texts.work_order_id])).toEqual([
      ['r0', 'error', 'WO-2'],
      ['n1', 'error', 'WO-3'],
    ]);
    expect(rows[0]?.errors).toEqual({ units_defective: 'Units defective must not exceed units produced.' });
    expect(rows[1]?.errors).toEqual({
      units_produced: 'Units produced must be a number written like 7.5 or 1,200 or 1,200.5.',
    });
    expect(pasteSummary(plan)).toBe('Pasted 2 lines: press Ctrl+Enter to save.');
  });
});

describe('saveSummary', () => {
  it('says what happened in plain words', () => {
    expect(saveSummary(0, 0, 0)).toBe('Nothing to save.');
    expect(saveSummary(1, 1, 0)).toBe('Saved 1 row.');
    expect(saveSummary(4, 4, 0)).toBe('Saved 4 rows.');
    expect(saveSummary(3, 2, 1)).toBe('1 row was not saved: see the marked cells. Saved 2.');
    expect(saveSummary(2, 0, 2)).toBe('2 rows were not saved: see the marked cells.');
  });
});
