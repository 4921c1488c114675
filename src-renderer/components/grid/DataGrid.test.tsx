// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { unsavedTotal, useUnsavedStore } from '../../stores/unsaved-store';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests, states } from './grid.test-support';

const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
const ORDERS = [
  { work_order_id: 'WO-100', style_model: 'Hiker', status: 'ACTIVE' },
  { work_order_id: 'WO-200', style_model: 'Runner', status: 'ACTIVE' },
];

interface Call {
  channel: string;
  payload: Record<string, unknown>;
}

/** A core that lists `stored` production rows and stores what is created. */
function fakeCore(stored: Record<string, unknown>[] = []) {
  const calls: Call[] = [];
  let next = 1;
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      calls.push({ channel, payload: body });
      if (channel === 'production.list') return { ok: true, data: { rows: stored, total: stored.length } };
      if (channel === 'workOrders.list') {
        const status = (body.equals as Record<string, unknown> | undefined)?.status;
        const wanted = Array.isArray(status) ? status : [status];
        const rows = ORDERS.filter((o) => wanted.includes(o.status));
        return { ok: true, data: { rows, total: rows.length } };
      }
      if (channel === 'production.create') {
        const row = { ...body, production_entry_id: `P-${next}`, version: 1 };
        next += 1;
        return { ok: true, data: row };
      }
      if (channel === 'production.update') {
        // Version 2 is current; anything else was changed by someone else meanwhile.
        if (body.version !== 2) return { ok: false, error: { code: 'CONFLICT', message: 'stale' } };
        const changes = body.changes as Record<string, unknown>;
        return { ok: true, data: { ...stored[0], ...changes, version: 3 } };
      }
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return calls;
}

function renderGrid() {
  return render(
    <DataGrid
      domain="production"
      clientId="BOOT-LINE-A"
      filter={{ from: '2026-03-02', to: '2026-03-02' }}
      columns={['work_order_id', 'units_produced', 'units_defective', 'run_time_hours']}
      fixed={FIXED}
      title="Production"
      empty="No production entries yet. Type in the last row or paste from Excel."
    />,
  );
}

resetBetweenGridTests();

describe('DataGrid', () => {
  it('says what to do when there are no rows', async () => {
    fakeCore();
    renderGrid();
    expect(await screen.findByText(/No production entries yet/)).toBeTruthy();
  });

  it('takes two rows typed by keyboard and saves them with Ctrl+Enter', async () => {
    const calls = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await screen.findByText(/No production entries yet/);
    await user.click(cell(0, 'work_order_id'));
    await user.keyboard('WO-100{Tab}120{Tab}3{Tab}8{Enter}');
    expect(states()).toEqual(['● Unsaved']);
    // Enter moved down to the new-row line, last column; Home goes back to its first cell.
    await user.keyboard('{Home}WO-2{Enter}');
    // "WO-2" + Enter picked the matching open order.
    expect(within(cell(1, 'work_order_id')).getByText('WO-200')).toBeTruthy();
    await user.keyboard('{ArrowUp}{ArrowRight}80{Enter}');
    expect(unsavedTotal(useUnsavedStore.getState().counts)).toBe(2);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('Saved 2 rows.');
    expect(states()).toEqual(['✓ Saved', '✓ Saved']);
    const created = calls.filter((c) => c.channel === 'production.create').map((c) => c.payload);
    expect(created).toEqual([
      { ...FIXED, work_order_id: 'WO-100', units_produced: 120, units_defective: 3, run_time_hours: 8 },
      { ...FIXED, work_order_id: 'WO-200', units_produced: 80 },
    ]);
    expect(unsavedTotal(useUnsavedStore.getState().counts)).toBe(0);
  });

  it('pastes a block from Excel at the active cell, adding rows, and marks the cell that does not parse', async () => {
    fakeCore();
    renderGrid();
    await screen.findByText(/No production entries yet/);
    const start = cell(0, 'work_order_id');
    fireEvent.mouseDown(start);
    const data = new DataTransfer();
    data.setData('text/plain', 'WO-100\t50\t1\t7.5\nWO-200\t1,234\t0\t8\n');
    act(() => {
      start.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    expect(states()).toEqual(['● Unsaved', '! Error']);
    expect(cell(1, 'units_produced').textContent).toContain(
      'Units produced must be written without a thousands separator, like 1234.',
    );
    expect(screen.getByText(/Pasted 2 lines/)).toBeTruthy();
  });

  it('refuses a row whose defective units exceed the units produced, beside the cell, and saves nothing', async () => {
    const calls = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await screen.findByText(/No production entries yet/);
    await user.click(cell(0, 'work_order_id'));
    await user.keyboard('WO-100{Tab}10{Tab}12{Enter}');
    expect(cell(0, 'units_defective').textContent).toContain(
      'Units defective must not exceed units produced.',
    );
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('1 row was not saved: see the marked cells.');
    expect(states()).toEqual(['! Error']);
    expect(calls.some((c) => c.channel === 'production.create')).toBe(false);
  });

  it('Esc cancels an edit and Delete clears a cell of a saved row', async () => {
    fakeCore([
      { production_entry_id: 'P-9', ...FIXED, work_order_id: 'WO-100', units_produced: 40, version: 2 },
    ]);
    const user = userEvent.setup();
    renderGrid();
    await screen.findByText('WO-100');
    await user.click(cell(0, 'units_produced'));
    await user.keyboard('99{Escape}');
    expect(cell(0, 'units_produced').textContent).toBe('40');
    expect(states()).toEqual(['✓ Saved']);
    await user.keyboard('{Delete}');
    expect(cell(0, 'units_produced').textContent).toBe('');
    expect(states()).toEqual(['● Unsaved']);
  });

  it('saves an edited row as an update of the changed field at its version, and says a conflict', async () => {
    const row = {
      production_entry_id: 'P-9',
      ...FIXED,
      work_order_id: 'WO-100',
      units_produced: 40,
      version: 2,
    };
    const calls = fakeCore([row, { ...row, production_entry_id: 'P-8', version: 5 }]);
    const user = userEvent.setup();
    renderGrid();
    await screen.findAllByText('WO-100');
    await user.click(cell(0, 'units_produced'));
    await user.keyboard('41{Enter}45{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('1 row was not saved: see the marked cells. Saved 1.');
    expect(calls.filter((c) => c.channel === 'production.update').map((c) => c.payload)).toEqual([
      { key: { production_entry_id: 'P-9' }, version: 2, changes: { units_produced: 41 } },
      { key: { production_entry_id: 'P-8' }, version: 5, changes: { units_produced: 45 } },
    ]);
    expect(states()).toEqual(['✓ Saved', '! Error']);
    expect(screen.getByRole('alert').textContent).toBe(
      'Changed by someone else: reload to see their change, then enter yours again.',
    );
  });

  it('a read-only grid shows no new-row line, no save or delete, and ignores editing keys', async () => {
    const calls = fakeCore([
      { production_entry_id: 'P-9', ...FIXED, work_order_id: 'WO-100', units_produced: 40, version: 2 },
    ]);
    const user = userEvent.setup();
    render(
      <DataGrid
        domain="production"
        clientId="BOOT-LINE-A"
        columns={['work_order_id', 'units_produced']}
        fixed={FIXED}
        readOnly
        title="Production"
        empty="Nothing yet."
      />,
    );
    await screen.findByText('WO-100');
    expect(screen.queryByText('+ New row')).toBeNull();
    expect(screen.queryByRole('button', { name: /Save all/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    await user.click(cell(0, 'units_produced'));
    await user.keyboard('99{Enter}{Delete}{Control>}{Enter}{/Control}');
    expect(cell(0, 'units_produced').textContent).toBe('40');
    expect(states()).toEqual(['✓ Saved']);
    expect(calls.some((c) => c.channel !== 'production.list' && c.channel !== 'workOrders.list')).toBe(false);
  });

  it('tells the saved row under the cursor and shows its row actions under the grid', async () => {
    fakeCore([
      { production_entry_id: 'P-1', ...FIXED, work_order_id: 'WO-100', units_produced: 40, version: 1 },
      { production_entry_id: 'P-2', ...FIXED, work_order_id: 'WO-200', units_produced: 50, version: 1 },
    ]);
    const user = userEvent.setup();
    const seen: (string | null)[] = [];
    render(
      <DataGrid
        domain="production"
        clientId="BOOT-LINE-A"
        columns={['work_order_id', 'units_produced']}
        fixed={FIXED}
        title="Production"
        empty="Nothing yet."
        onActiveRow={(row) => seen.push(row ? String(row.production_entry_id) : null)}
        rowActions={(row) => <button type="button">Act on {String(row.production_entry_id)}</button>}
      />,
    );
    await screen.findByText('WO-200');
    expect(seen.at(-1)).toBe('P-1');
    expect(screen.getByRole('button', { name: 'Act on P-1' })).toBeTruthy();
    await user.click(cell(0, 'units_produced'));
    await user.keyboard('{ArrowDown}');
    expect(seen.at(-1)).toBe('P-2');
    expect(screen.getByRole('button', { name: 'Act on P-2' })).toBeTruthy();
    // The new-row line has no saved row: the panel is told so, and the actions stay on the last row.
    await user.keyboard('{ArrowDown}');
    expect(seen.at(-1)).toBe(null);
    // They sit outside the cells' keyboard model: Tab from the grid's last cell reaches them.
    await user.keyboard('{End}{Tab}');
    expect(document.activeElement?.textContent).toBe('Act on P-2');
  });
});
