// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests, states } from './grid.test-support';

const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
const HELD = 'WO-100 is on hold since 2026-03-01. Save anyway?';
const OFF_DAY = 'Saturday overtime runs on Saturdays only and 2026-03-02 is a Monday. Save anyway?';

/** What the fake core asks for each rule it holds the row to, until `confirm` names it. */
const RULES = {
  closed_order: {
    message: HELD,
    issue: {
      path: 'work_order_id',
      message: 'WO-100 is on hold since 2026-03-01: confirm to book production on it',
    },
  },
  off_day_shift: {
    message: OFF_DAY,
    issue: { path: 'shift_type', message: 'Saturday overtime … confirm to enter a row for it' },
  },
} as const;

/** A core that books on WO-100 (held) only with a confirmation of each rule, and records what it was sent. */
function fakeCore(rules: readonly (keyof typeof RULES)[] = ['closed_order']) {
  const created: Record<string, unknown>[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      if (channel === 'workOrders.list')
        return {
          ok: true,
          data: { rows: [{ work_order_id: 'WO-100', style_model: 'Hiker', status: 'ON_HOLD' }], total: 1 },
        };
      if (channel === 'production.create') {
        created.push(body);
        const confirmed: unknown[] = Array.isArray(body.confirm) ? body.confirm : [];
        const open = rules.find((rule) => !confirmed.includes(rule));
        if (open)
          return {
            ok: false,
            error: {
              code: 'NEEDS_CONFIRMATION',
              message: RULES[open].message,
              issues: [{ ...RULES[open].issue, confirm: open }],
            },
          };
        return { ok: true, data: { ...body, production_entry_id: 'P-1', version: 1 } };
      }
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return created;
}

function renderGrid(ask: (question: string) => boolean) {
  return render(
    <DataGrid
      domain="production"
      clientId="BOOT-LINE-A"
      filter={{ from: '2026-03-02', to: '2026-03-02' }}
      columns={['work_order_id', 'units_produced']}
      fixed={FIXED}
      title="Production"
      empty="No production entries yet."
      ask={ask}
    />,
  );
}

resetBetweenGridTests();

describe('DataGrid booking on a held order', () => {
  it('asks the core’s question and, on yes, saves the row with the confirmation', async () => {
    const created = fakeCore();
    const ask = vi.fn(() => true);
    const user = userEvent.setup();
    renderGrid(ask);
    await screen.findByText(/No production entries yet/);
    await user.click(cell(0, 'work_order_id'));
    await user.keyboard('WO-100{Tab}40{Control>}{Enter}{/Control}');
    await screen.findByText('Saved 1 row.');
    expect(ask).toHaveBeenCalledWith(HELD);
    expect(created.map((c) => c.confirm ?? null)).toEqual([null, ['closed_order']]);
    expect(states()).toEqual(['✓ Saved']);
  });

  it('asks for each rule the core names in turn, and sends every one confirmed', async () => {
    const created = fakeCore(['closed_order', 'off_day_shift']);
    const ask = vi.fn(() => true);
    const user = userEvent.setup();
    renderGrid(ask);
    await screen.findByText(/No production entries yet/);
    await user.click(cell(0, 'work_order_id'));
    await user.keyboard('WO-100{Tab}40{Control>}{Enter}{/Control}');
    await screen.findByText('Saved 1 row.');
    expect(ask.mock.calls).toEqual([[HELD], [OFF_DAY]]);
    expect(created.map((c) => c.confirm ?? null)).toEqual([
      null,
      ['closed_order'],
      ['closed_order', 'off_day_shift'],
    ]);
  });

  it('on no, keeps the row unsaved with the reason beside it, and sends nothing more', async () => {
    const created = fakeCore();
    const user = userEvent.setup();
    renderGrid(() => false);
    await screen.findByText(/No production entries yet/);
    await user.click(cell(0, 'work_order_id'));
    await user.keyboard('WO-100{Tab}40{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/on hold since 2026-03-01/)).toBeTruthy();
    expect(created).toHaveLength(1);
    expect(states()).not.toEqual(['✓ Saved']);
  });
});
