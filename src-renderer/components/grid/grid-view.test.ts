import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { gridColumns } from './grid-columns';
import { filterValue, listQueryOf, NO_VIEW, rangeText, toggleSort } from './grid-view';

const columns = gridColumns(TABLE_SPECS.production_entry);
const column = (name: string) => {
  const found = columns.find((c) => c.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('finding rows', () => {
  it('cycles a heading through ascending, descending and the table’s own order', () => {
    expect(toggleSort(null, 'units_produced')).toEqual({ column: 'units_produced', direction: 'asc' });
    expect(toggleSort({ column: 'units_produced', direction: 'asc' }, 'units_produced')).toEqual({
      column: 'units_produced',
      direction: 'desc',
    });
    expect(toggleSort({ column: 'units_produced', direction: 'desc' }, 'units_produced')).toBeNull();
    expect(toggleSort({ column: 'units_produced', direction: 'desc' }, 'shift_date')).toEqual({
      column: 'shift_date',
      direction: 'asc',
    });
  });

  it('asks the core for the view on top of the screen’s own filter, which wins on the same column', () => {
    const view = {
      ...NO_VIEW,
      sort: { column: 'units_produced', direction: 'desc' as const },
      filters: { shift_type: 'SHIFT_2ND', work_order_id: 'WO-1' },
      search: ' belt ',
    };
    expect(
      listQueryOf(
        { from: '2026-03-01', to: '2026-03-02', equals: { shift_type: 'SHIFT_1ST' } },
        'BOOT-LINE-A',
        view,
      ),
    ).toEqual({
      from: '2026-03-01',
      to: '2026-03-02',
      clientIds: ['BOOT-LINE-A'],
      equals: { shift_type: 'SHIFT_1ST', work_order_id: 'WO-1' },
      text: 'belt',
      sort: [{ column: 'units_produced', direction: 'desc' }],
    });
    expect(listQueryOf({}, null, NO_VIEW)).toEqual({});
  });

  it('turns what is typed into the stored value: words of a choice, numbers, yes/no', () => {
    expect(filterValue(column('shift_type'), '2nd shift', null)).toEqual({ ok: true, value: 'SHIFT_2ND' });
    expect(filterValue(column('units_produced'), '120', null)).toEqual({ ok: true, value: 120 });
    // US format: the comma groups thousands; a comma with other than three digits after it is refused.
    expect(filterValue(column('downtime_total_minutes'), '1,234', null)).toEqual({ ok: true, value: 1234 });
    expect(filterValue(column('downtime_total_minutes'), '1,23', null)).toMatchObject({ ok: false });
    expect(
      filterValue(column('work_order_id'), 'Hiker run', [{ value: 'WO-7', label: 'Hiker run' }]),
    ).toEqual({
      ok: true,
      value: 'WO-7',
    });
    expect(filterValue(column('units_produced'), '  ', null)).toEqual({
      ok: false,
      message: 'Type the value to show.',
    });
  });

  it('counts the rows shown among all that match', () => {
    expect(rangeText(0, 200, 1240)).toBe('Showing 1–200 of 1,240');
    expect(rangeText(1200, 40, 1240)).toBe('Showing 1,201–1,240 of 1,240');
    expect(rangeText(0, 0, 0)).toBe('Showing 0 of 0');
  });
});
