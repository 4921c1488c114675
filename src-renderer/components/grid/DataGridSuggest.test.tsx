// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests } from './grid.test-support';

const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', work_order_id: 'WO-100' };

/** A core whose client already calls its operations "Final audit" (mostly) and "Cutting". */
function fakeCore() {
  const created: Record<string, unknown>[] = [];
  const asked: unknown[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      if (channel === 'quality.operations') {
        asked.push(body);
        const values = [
          { value: 'Final audit', uses: 40 },
          { value: 'Cutting', uses: 12 },
          { value: 'FINAL_AUDIT', uses: 2 },
        ];
        return { ok: true, data: { values } };
      }
      if (channel === 'quality.create') {
        created.push(body);
        return { ok: true, data: { ...body, quality_entry_id: `Q-${created.length}`, version: 1 } };
      }
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return { created, asked };
}

resetBetweenGridTests();

describe('DataGrid: a free-text cell with the spellings in use', () => {
  it('offers the client’s operations, keeps their spelling, and still takes a new name', async () => {
    const { created, asked } = fakeCore();
    const user = userEvent.setup();
    render(
      <DataGrid
        domain="quality"
        clientId="BOOT-LINE-A"
        columns={['operation_checked', 'units_inspected']}
        fixed={FIXED}
        title="Inspections"
        empty="No inspections yet."
      />,
    );
    await screen.findByText('No inspections yet.');
    await user.click(cell(0, 'operation_checked'));
    await user.keyboard('fin');
    // The choices are the spellings in use, most used first.
    const choices = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(choices).toEqual(['Final audit', 'FINAL_AUDIT']);
    expect(asked).toEqual([{ clientIds: ['BOOT-LINE-A'] }]);
    // The same words typed another way are stored as the spelling most used.
    await user.keyboard('al audit{Tab}5{Enter}');
    expect(cell(0, 'operation_checked').textContent).toBe('Final audit');
    await user.keyboard('{Home}FINAL_AUDIT{Tab}6{Enter}');
    expect(cell(1, 'operation_checked').textContent).toBe('Final audit');
    // A suggestion picked with the arrows is taken whole.
    await user.keyboard('{Home}cu{ArrowDown}{Tab}7{Enter}');
    expect(cell(2, 'operation_checked').textContent).toBe('Cutting');
    // A new operation that starts like an old one stays as typed.
    await user.keyboard('{Home}Cut check{Tab}8{Enter}');
    expect(cell(3, 'operation_checked').textContent).toBe('Cut check');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('Saved 4 rows.');
    expect(created.map((row) => row.operation_checked)).toEqual([
      'Final audit',
      'Final audit',
      'Cutting',
      'Cut check',
    ]);
  });
});
