// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { DataGrid } from './DataGrid';
import { resetBetweenGridTests } from './grid.test-support';

const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
const STORED = {
  production_entry_id: 'P-1',
  ...FIXED,
  work_order_id: 'WO-100',
  units_produced: 40,
  notes: 'Needle changed',
  version: 1,
};

function fakeCore() {
  setTransport({
    kind: 'http',
    async invoke(channel): Promise<Result<unknown>> {
      if (channel === 'production.list') return { ok: true, data: { rows: [STORED], total: 1 } };
      if (channel === 'workOrders.list')
        return { ok: true, data: { rows: [{ work_order_id: 'WO-100', status: 'ACTIVE' }], total: 1 } };
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
}

function renderGrid() {
  return render(
    <DataGrid
      domain="production"
      clientId="BOOT-LINE-A"
      columns={['work_order_id', 'units_produced']}
      more={['run_time_hours', 'notes']}
      fixed={FIXED}
      title="Production"
      empty="Nothing yet."
      derived={[
        {
          label: 'Units ×2',
          after: 'work_order_id',
          value: (texts) => String(2 * Number(texts.units_produced ?? 0)),
        },
      ]}
    />,
  );
}

const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent?.trim());

resetBetweenGridTests();

describe('DataGrid: columns behind "More columns"', () => {
  it('shows the main columns, a worked-out one where the screen puts it, and the rest on demand', async () => {
    fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await screen.findByText('WO-100');
    expect(headers()).toEqual([
      'State',
      'Work order *',
      'Units ×2',
      'Units produced',
      'ActionsMore columns (2)',
    ]);
    expect(screen.queryByText('Needle changed')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'More columns (2)' }));
    expect(headers()).toEqual([
      'State',
      'Work order *',
      'Units ×2',
      'Units produced',
      'Run time (h)',
      'Notes',
      'ActionsFewer columns',
    ]);
    expect(screen.getByText('Needle changed')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Fewer columns' }));
    expect(screen.queryByText('Needle changed')).toBeNull();
  });

  it('shows them when a pasted block runs on into them, keeping every cell', async () => {
    fakeCore();
    renderGrid();
    await screen.findByText('WO-100');
    const start = document.querySelector<HTMLElement>('td[data-row="1"][data-field="work_order_id"]');
    if (!start) throw new Error('no new-row cell');
    fireEvent.mouseDown(start);
    const data = new DataTransfer();
    data.setData('text/plain', 'WO-100\t12\t7.5\tBelt slipped\n');
    act(() => {
      start.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    expect(screen.getByRole('button', { name: 'Fewer columns' })).toBeTruthy();
    expect(document.querySelector('td[data-row="1"][data-field="run_time_hours"]')?.textContent).toBe('7.5');
    expect(document.querySelector('td[data-row="1"][data-field="notes"]')?.textContent).toBe('Belt slipped');
  });

  it('keeps a cell being typed in its own column when the extra columns are hidden mid-edit', async () => {
    fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await screen.findByText('WO-100');
    await user.click(screen.getByRole('button', { name: 'More columns (2)' }));
    const notes = document.querySelector<HTMLElement>('td[data-row="1"][data-field="notes"]');
    if (!notes) throw new Error('no notes cell on the new row');
    await user.dblClick(notes);
    await user.keyboard('Belt slipped');
    await user.click(screen.getByRole('button', { name: 'Fewer columns' }));
    await user.keyboard('{Enter}');
    const units = document.querySelector('td[data-row="1"][data-field="units_produced"]');
    expect(units?.textContent ?? '').not.toContain('Belt slipped');
    await user.click(screen.getByRole('button', { name: 'More columns (2)' }));
    expect(document.querySelector('td[data-row="1"][data-field="notes"]')?.textContent).toContain(
      'Belt slipped',
    );
  });
});
