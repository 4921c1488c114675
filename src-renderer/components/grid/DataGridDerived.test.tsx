// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests } from './grid.test-support';

interface Call {
  channel: string;
  payload: Record<string, unknown>;
}

function fakeCore(rows: Record<string, unknown>[]) {
  const calls: Call[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      calls.push({ channel, payload: payload as Record<string, unknown> });
      if (channel.endsWith('.list')) return { ok: true, data: { rows, total: rows.length } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return calls;
}

resetBetweenGridTests();

describe('DataGrid: worked-out columns and plant-level tables', () => {
  it('shows a derived column from the row, recomputed as a cell is typed, outside the cursor', async () => {
    fakeCore([
      {
        client_id: 'A',
        shift_type: 'SHIFT_1ST',
        start_time: '07:00',
        end_time: '17:00',
        break_minutes: 60,
        version: 1,
      },
    ]);
    render(
      <DataGrid
        domain="shifts"
        clientId="A"
        columns={['shift_type', 'start_time', 'end_time', 'break_minutes']}
        fixed={{ client_id: 'A' }}
        derived={[{ label: 'Span', value: (t) => `${t.start_time}-${t.end_time}` }]}
        title="Shifts"
        empty="None"
      />,
    );
    expect(await screen.findByRole('columnheader', { name: 'Span' })).toBeTruthy();
    expect(screen.getByText('07:00-17:00')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(cell(0, 'end_time'));
    await user.keyboard('16:00{Enter}');
    expect(screen.getByText('07:00-16:00')).toBeTruthy();
    // The derived cell is not a grid cell: the cursor's columns are the typed ones only.
    expect(document.querySelectorAll('tr')[1]?.querySelectorAll('td[data-col]').length).toBe(4);
  });

  it('lists a plant-level table without a client filter', async () => {
    const calls = fakeCore([{ employee_id: 'E1', employee_name: 'Ana', version: 1 }]);
    render(
      <DataGrid
        domain="employees"
        clientId={null}
        columns={['employee_id', 'employee_name']}
        title="Employees"
        empty="None"
      />,
    );
    expect(await screen.findByText('Ana')).toBeTruthy();
    const list = calls.find((c) => c.channel === 'employees.list');
    expect(list?.payload.clientIds).toBeUndefined();
  });
});
