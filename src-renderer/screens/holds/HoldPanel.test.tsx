// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { Me } from '../../../src-shared/contract/auth';
import type { Row } from '../../../src-shared/db/schema';
import { setTransport } from '../../api/client';
import { HoldPanel } from './HoldPanel';

const hold: Row<'hold_entry'> = {
  hold_entry_id: 'H-1',
  work_order_id: 'WO-1',
  job_id: null,
  client_id: 'A',
  hold_status: 'PENDING_HOLD_APPROVAL',
  hold_date: '2026-03-02',
  hold_time: null,
  hold_reason: 'QUALITY_ISSUE',
  hold_reason_detail: null,
  hold_approved_by_user_id: null,
  hold_approved_at: null,
  resume_date: null,
  resume_time: null,
  resume_approved_by_user_id: null,
  resume_approved_at: null,
  total_hold_duration_hours: null,
  hold_notes: null,
  created_at: '2026-03-02T08:00:00Z',
  updated_at: '2026-03-02T08:00:00Z',
  created_by: 'USR-5',
  updated_by: 'USR-5',
  version: 4,
  deleted_at: null,
};

const me = (role: Me['role']): Me => ({
  userId: 'U',
  username: 'u',
  fullName: 'U',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role,
  clients: [],
});

function fakeCore(answer: Result<unknown>) {
  const calls: { channel: string; payload: unknown }[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload) {
      calls.push({ channel, payload });
      return answer;
    },
  });
  return calls;
}

afterEach(cleanup);

describe('HoldPanel', () => {
  it('offers a leader the decisions and sends the version seen', async () => {
    const calls = fakeCore({ ok: true, data: { ...hold, hold_status: 'ON_HOLD', version: 5 } });
    const onChanged = vi.fn();
    render(<HoldPanel me={me('LEADER')} hold={hold} orderStatus="ACTIVE" onChanged={onChanged} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Approve hold', 'Cancel hold']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Approve hold' }));
    expect(calls).toEqual([
      { channel: 'holds.approve', payload: { key: { hold_entry_id: 'H-1' }, version: 4 } },
    ]);
    expect(onChanged).toHaveBeenCalledWith('Hold approved: the order is on hold.');
  });

  it('gives an operator no approval, only a resume request with its date', async () => {
    const calls = fakeCore({ ok: true, data: hold });
    render(
      <HoldPanel
        me={me('OPERATOR')}
        hold={{ ...hold, hold_status: 'ON_HOLD' }}
        orderStatus="ON_HOLD"
        onChanged={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Request resume']);
    const user = userEvent.setup();
    const date = screen.getByLabelText('Resumed on');
    await user.clear(date);
    await user.type(date, '2026-03-05');
    await user.click(screen.getByRole('button', { name: 'Request resume' }));
    expect(calls[0]?.payload).toEqual({
      key: { hold_entry_id: 'H-1' },
      version: 4,
      resume_date: '2026-03-05',
      resume_time: null,
    });
  });

  it('reloads, saying so, when someone else moved the hold first', async () => {
    fakeCore({ ok: false, error: { code: 'CONFLICT', message: 'stale version' } });
    const onChanged = vi.fn();
    render(<HoldPanel me={me('ADMIN')} hold={hold} orderStatus={undefined} onChanged={onChanged} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel hold' }));
    expect(onChanged).toHaveBeenCalledWith('Someone else changed this hold; reloaded.');
  });
});
