// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { productionWarnings } from '../../../src-shared/domain/entry-warnings';
import { setTransport } from '../../api/client';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests, states } from './grid.test-support';

const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
// The warning as the core attaches it (src-shared/domain/entry-warnings.ts): code, field, words and values.
const WARNING = (() => {
  const [warning] = productionWarnings({
    units: 400,
    runHours: 8,
    cycleTime: 0.1,
    plannedQuantity: null,
    unitsBookedElsewhere: 0,
  });
  if (!warning) throw new Error('400 units in 8 h at 0.1 h per unit is 500 % performance: it warns');
  return warning;
})();

/** A core that answers NEEDS_CONFIRMATION to a create unless it confirms the warning. */
function warningCore(stored: Record<string, unknown>[] = []) {
  const creates: Record<string, unknown>[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      if (channel === 'production.list') return { ok: true, data: { rows: stored, total: stored.length } };
      if (channel === 'workOrders.list')
        return { ok: true, data: { rows: [{ work_order_id: 'WO-100', status: 'ACTIVE' }], total: 1 } };
      if (channel === 'production.create') {
        creates.push(body);
        const confirmed = Array.isArray(body.confirm) && body.confirm.includes(WARNING.code);
        if (!confirmed)
          return {
            ok: false,
            error: {
              code: 'NEEDS_CONFIRMATION',
              message: `Please check this production entry: ${WARNING.message}.`,
              issues: [{ path: WARNING.path, message: WARNING.message, confirm: WARNING.code }],
            },
          };
        const { confirm: _, ...row } = body;
        return { ok: true, data: { ...row, production_entry_id: 'P-1', version: 1, warnings: [WARNING] } };
      }
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return creates;
}

function renderGrid(ask: (question: string) => boolean) {
  return render(
    <DataGrid
      domain="production"
      clientId="BOOT-LINE-A"
      filter={{ from: '2026-03-02', to: '2026-03-02' }}
      columns={['work_order_id', 'units_produced', 'run_time_hours']}
      fixed={FIXED}
      title="Production"
      empty="No production entries yet."
      ask={ask}
    />,
  );
}

async function typeImplausibleRowAndSave() {
  const user = userEvent.setup();
  await screen.findByText(/No production entries yet/);
  await user.click(cell(0, 'work_order_id'));
  await user.keyboard('WO-100{Tab}400{Tab}8{Enter}');
  await user.keyboard('{Control>}{Enter}{/Control}');
}

resetBetweenGridTests();

describe('DataGrid: rows that warn before they count', () => {
  it('shows the warning and saves the row only once confirmed, then flags it', async () => {
    const questions: string[] = [];
    const creates = warningCore();
    renderGrid((q) => {
      questions.push(q);
      return true;
    });
    await typeImplausibleRowAndSave();
    await screen.findByText('Saved 1 row.');
    expect(questions).toEqual([expect.stringContaining('500 % performance')]);
    expect(creates.map((c) => c.confirm)).toEqual([undefined, ['PERFORMANCE_OVER_150']]);
    expect(screen.getByTestId('row-flag').textContent).toContain('Check');
    expect(screen.getByText(/Check: 400 units in 8 run hours/)).toBeTruthy();
  });

  it('keeps the row unsaved with the warning beside it when the person does not confirm', async () => {
    const creates = warningCore();
    renderGrid(() => false);
    await typeImplausibleRowAndSave();
    await screen.findByText(/was not saved/);
    expect(creates).toHaveLength(1);
    expect(states()).toEqual(['! Error']);
    expect(screen.getByRole('alert').textContent).toContain('500 % performance');
  });

  it('flags a stored row the core lists with a warning', async () => {
    warningCore([
      {
        ...FIXED,
        production_entry_id: 'P-9',
        work_order_id: 'WO-100',
        units_produced: 400,
        version: 1,
        warnings: [WARNING],
      },
    ]);
    renderGrid(() => true);
    expect((await screen.findByTestId('row-flag')).getAttribute('title')).toContain('500 % performance');
  });
});
