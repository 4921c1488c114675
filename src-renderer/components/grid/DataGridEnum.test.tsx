// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests, states } from './grid.test-support';

const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02' };
const ORDERS = [
  { work_order_id: 'WO-100', status: 'ACTIVE' },
  { work_order_id: 'WO-200', status: 'ACTIVE' },
];

/** A core that lists `stored` production rows and the open orders, and stores what is created. */
function fakeCore(stored: Record<string, unknown>[] = []) {
  const created: Record<string, unknown>[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      if (channel === 'production.list') return { ok: true, data: { rows: stored, total: stored.length } };
      if (channel === 'workOrders.list') return { ok: true, data: { rows: ORDERS, total: ORDERS.length } };
      if (channel === 'production.create') {
        created.push(body);
        return { ok: true, data: { ...body, production_entry_id: `P-${created.length}`, version: 1 } };
      }
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return created;
}

function renderGrid() {
  return render(
    <DataGrid
      domain="production"
      clientId="BOOT-LINE-A"
      columns={['shift_type', 'work_order_id', 'units_produced']}
      fixed={FIXED}
      title="Production"
      empty="No production entries yet."
    />,
  );
}

resetBetweenGridTests();

describe('DataGrid: enumeration cells in words', () => {
  it('shows a stored code in words and opens the editor on those words, changing nothing', async () => {
    fakeCore([
      { production_entry_id: 'P-9', ...FIXED, shift_type: 'SHIFT_2ND', work_order_id: 'WO-100', version: 1 },
    ]);
    const user = userEvent.setup();
    renderGrid();
    await screen.findByText('2nd shift');
    expect(screen.queryByText('SHIFT_2ND')).toBeNull();
    await user.click(cell(0, 'shift_type'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Shift' })).toHaveProperty('value', '2nd shift');
    // The choices are words too.
    expect(screen.getByRole('option', { name: '2nd shift' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(cell(0, 'shift_type').textContent).toBe('2nd shift');
    expect(states()).toEqual(['✓ Saved']);
  });

  it('takes the words, the code, or the start of the words by keyboard, and sends codes', async () => {
    const created = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await screen.findByText('No production entries yet.');
    await user.click(cell(0, 'shift_type'));
    await user.keyboard('1st shift{Tab}WO-100{Tab}5{Enter}');
    await user.keyboard('{Home}SAT_OT{Tab}WO-200{Tab}6{Enter}');
    await user.keyboard('{Home}sun{Tab}WO-100{Tab}7{Enter}');
    expect(cell(0, 'shift_type').textContent).toBe('1st shift');
    expect(cell(1, 'shift_type').textContent).toBe('Saturday overtime');
    expect(cell(2, 'shift_type').textContent).toBe('Sunday overtime');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('Saved 3 rows.');
    expect(created.map((row) => row.shift_type)).toEqual(['SHIFT_1ST', 'SAT_OT', 'SUN_OT']);
  });

  it('pastes words or codes from Excel into an enumeration column, and stores codes', async () => {
    const created = fakeCore();
    renderGrid();
    await screen.findByText('No production entries yet.');
    const start = cell(0, 'shift_type');
    fireEvent.mouseDown(start);
    const data = new DataTransfer();
    data.setData('text/plain', 'Sunday overtime\tWO-100\t5\nSHIFT_2ND\tWO-200\t6\nnight\tWO-200\t7\n');
    act(() => {
      start.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    expect(cell(0, 'shift_type').textContent).toBe('Sunday overtime');
    expect(cell(1, 'shift_type').textContent).toBe('2nd shift');
    expect(cell(2, 'shift_type').textContent).toContain('night');
    expect(cell(2, 'shift_type').textContent).toContain('Shift must be one of');
    expect(states()).toEqual(['● Unsaved', '● Unsaved', '! Error']);
    const user = userEvent.setup();
    await user.click(cell(2, 'shift_type'));
    await user.keyboard('{Control>}{Delete}{/Control}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('Saved 2 rows.');
    expect(created.map((row) => row.shift_type)).toEqual(['SUN_OT', 'SHIFT_2ND']);
  });
});
