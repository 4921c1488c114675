// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { setTransport } from '../../api/client';
import { DimensionSection } from './DimensionSection';

const result = (value: number | null, rows: number): KpiResult => ({
  value,
  numerator: 0,
  denominator: 1,
  unit: '%',
  rows,
  inferred_rows: 0,
  estimated: false,
  confidence: 1,
  warnings: [],
});

/** A core whose kpi.report groups performance by what was asked. */
function reportCore() {
  const asked: unknown[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      if (channel !== 'kpi.report')
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
      const by = (payload as { by: string }).by;
      asked.push(by);
      const groups =
        by === 'work_order'
          ? [{ key: 'WO-100', kpis: { performance: result(88, 4) } }]
          : [
              { key: 'CUTTING', kpis: { performance: result(97.5, 3) } },
              { key: 'SEWING', kpis: { performance: result(71.25, 5) } },
            ];
      return { ok: true, data: { scope: {}, kpis: {}, groups, bradford: [] } };
    },
  });
  return asked;
}

afterEach(cleanup);

describe('DimensionSection', () => {
  it('splits performance by line/operation, lowest first, and by work order when asked', async () => {
    const asked = reportCore();
    render(<DimensionSection kpi="performance" scope={{ from: '2026-03-02', to: '2026-03-02' }} />);
    const section = await screen.findByTestId('breakdown-by-performance');
    await within(section).findByText('SEWING');
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['SEWING71.25\u00a0%5', 'CUTTING97.50\u00a0%3']);
    await userEvent.setup().selectOptions(within(section).getByLabelText('Split by'), 'work_order');
    await within(section).findByText('WO-100');
    expect(asked).toEqual(['operation', 'work_order']);
  });
});
