// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests } from './grid.test-support';
import { WINDOW_FROM } from './use-row-window';

const TOTAL = 450;
const ROWS = Array.from({ length: TOTAL }, (_, i) => ({
  production_entry_id: `P-${String(i).padStart(3, '0')}`,
  client_id: 'BOOT-LINE-A',
  work_order_id: `WO-${i % 7}`,
  shift_date: '2026-03-02',
  shift_type: i % 2 === 0 ? 'SHIFT_1ST' : 'SHIFT_2ND',
  units_produced: i,
  version: 1,
}));

/** A core listing a big table, paging, sorting and filtering like the store does. */
function fakeCore() {
  const lists: Record<string, unknown>[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      if (channel === 'production.list') {
        lists.push(body);
        const equals = (body.equals ?? {}) as Record<string, unknown>;
        let rows = ROWS.filter((r) =>
          Object.entries(equals).every(([k, v]) => (r as Record<string, unknown>)[k] === v),
        );
        const sort = (body.sort as { column: string; direction: string }[] | undefined)?.[0];
        if (sort?.column === 'units_produced')
          rows = rows.toSorted(
            (a, b) => (a.units_produced - b.units_produced) * (sort.direction === 'desc' ? -1 : 1),
          );
        const offset = Number(body.offset ?? 0);
        const limit = Number(body.limit ?? 200);
        return { ok: true, data: { rows: rows.slice(offset, offset + limit), total: rows.length } };
      }
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return lists;
}

function renderGrid() {
  return render(
    <DataGrid
      domain="production"
      clientId="BOOT-LINE-A"
      filter={{ from: '2026-03-02', to: '2026-03-02' }}
      columns={['shift_type', 'work_order_id', 'units_produced']}
      fixed={{ client_id: 'BOOT-LINE-A' }}
      title="Production"
      empty="No production entries yet."
    />,
  );
}

resetBetweenGridTests();

const range = () => screen.getByTestId('grid-range').textContent;

describe('DataGrid: find, sort, page', () => {
  it('pages through the core 200 rows at a time and says which rows are shown', async () => {
    const lists = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
    expect(lists[0]).toMatchObject({ clientIds: ['BOOT-LINE-A'], limit: 200, offset: 0 });
    await user.click(screen.getByRole('button', { name: 'Next 200 ›' }));
    await waitFor(() => expect(range()).toBe('Showing 201–400 of 450'));
    await user.click(screen.getByRole('button', { name: 'Next 200 ›' }));
    await waitFor(() => expect(range()).toBe('Showing 401–450 of 450'));
    expect(screen.getByRole('button', { name: 'Next 200 ›' })).toHaveProperty('disabled', true);
    expect(lists.map((l) => l.offset)).toEqual([0, 200, 400]);
  });

  it('sorts on the heading, in the core, over every row and not only the page', async () => {
    const lists = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
    const heading = screen.getByRole('button', { name: /^Units produced/ });
    await user.click(heading);
    await user.click(heading);
    await waitFor(() => expect(cell(0, 'units_produced').textContent).toBe(String(TOTAL - 1)));
    expect(lists.at(-1)).toMatchObject({
      sort: [{ column: 'units_produced', direction: 'desc' }],
      offset: 0,
    });
    expect(heading.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters by a column’s value typed as words, and a chip takes the filter off', async () => {
    const lists = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
    await user.click(screen.getByRole('button', { name: 'Search / filter' }));
    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: 'shift_type' } });
    await user.type(screen.getByLabelText('Filter value'), '2nd shift{Enter}');
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 225'));
    expect(lists.at(-1)).toMatchObject({ equals: { shift_type: 'SHIFT_2ND' } });
    await user.click(screen.getByRole('button', { name: 'Remove filter Shift: 2nd shift' }));
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
  });

  it('searches once typing pauses', async () => {
    const lists = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
    await user.click(screen.getByRole('button', { name: 'Search / filter' }));
    // The search field takes the keyboard as it opens.
    expect(document.activeElement).toBe(screen.getByLabelText('Search'));
    await user.keyboard('WO-3');
    await waitFor(() => expect(lists.at(-1)).toMatchObject({ text: 'WO-3', offset: 0 }));
    expect(lists.filter((l) => l.text !== undefined)).toHaveLength(1);
  });

  it('draws only the rows near view on a long page, and the keyboard still reaches every row', async () => {
    fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
    const drawn = document.querySelectorAll('tbody tr.grid-row').length;
    expect(drawn).toBeLessThan(WINDOW_FROM);
    expect(drawn).toBeGreaterThan(10);
    await user.click(cell(0, 'units_produced'));
    // Ctrl+End: the last line (the new-row line) of a 200-row page.
    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(document.activeElement?.closest('td')?.dataset.row).toBe('200'));
  });

  it('keeps the view still while rows are unsaved: they stay on screen until saved or discarded', async () => {
    fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
    await user.click(cell(0, 'units_produced'));
    await user.keyboard('5{Enter}');
    expect(screen.getByRole('button', { name: 'Next 200 ›' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: /^Units produced/ })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Search / filter' }));
    expect(screen.getByLabelText('Search')).toHaveProperty('disabled', true);
    expect(
      screen.getByText('Save or discard the unsaved rows to search, sort, filter or page.'),
    ).toBeTruthy();
  });

  it('opens a cell’s editor with one tap of a finger (a mouse click only moves the cursor)', async () => {
    fakeCore();
    renderGrid();
    await waitFor(() => expect(range()).toBe('Showing 1–200 of 450'));
    fireEvent.pointerUp(cell(1, 'units_produced'), { pointerType: 'mouse' });
    expect(cell(1, 'units_produced').querySelector('input')).toBeNull();
    fireEvent.pointerUp(cell(1, 'units_produced'), { pointerType: 'touch' });
    expect(cell(1, 'units_produced').querySelector('input')?.value).toBe('1');
  });
});
