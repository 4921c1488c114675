// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { KpiCardView } from './KpiCardView';

const NBSP = '\u00a0';

function result(overrides: Partial<KpiResult> = {}): KpiResult {
  return {
    value: 79.754973,
    numerator: 0,
    denominator: 1,
    unit: '%',
    rows: 1697,
    inferred_rows: 0,
    estimated: false,
    confidence: 1,
    warnings: [],
    ...overrides,
  };
}

function card(overrides: Partial<KpiCard> = {}): KpiCard {
  const base = overrides.result ?? result();
  return {
    key: 'efficiency',
    result: base,
    target: 85,
    status: 'amber',
    trend: [
      { key: '2026-11-02', result: { ...base, value: 78 } },
      { key: '2026-11-03', result: { ...base, value: null } },
      { key: '2026-11-04', result: { ...base, value: 81 } },
    ],
    ...overrides,
  };
}

function show(value: KpiCard, onOpen = vi.fn()) {
  render(
    <ul>
      <KpiCardView card={value} onOpen={onOpen} />
    </ul>,
  );
  return { onOpen, item: screen.getByTestId(`kpi-${value.key}`) };
}

afterEach(cleanup);

describe('KpiCardView', () => {
  it('shows the value rounded to 2 decimals, the target and the status in words', () => {
    const { item } = show(card());
    expect(within(item).getByTestId('kpi-value').textContent).toBe(`79.75${NBSP}%`);
    expect(item.textContent).toContain(`Target 85.00${NBSP}%`);
    expect(item.textContent).toContain('Near target');
    expect(item.className).toContain('kpi-amber');
  });

  it('says "No data", never 0, when nothing fed the KPI', () => {
    const { item } = show(card({ result: result({ value: null, rows: 0 }), status: null }));
    expect(within(item).getByTestId('kpi-value').textContent).toBe('No data');
    expect(item.textContent).not.toContain(`0.00${NBSP}%`);
  });

  it('opens the drill-down by Enter on the card button', async () => {
    const user = userEvent.setup();
    const { onOpen } = show(card());
    screen.getByRole('button', { name: /^Efficiency/ }).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('efficiency');
  });

  it('opens the provenance panel from the estimated badge by keyboard and closes it with Esc', async () => {
    const user = userEvent.setup();
    const { onOpen } = show(
      card({ result: result({ inferred_rows: 393, estimated: true, confidence: 0.9317 }) }),
    );
    const badge = screen.getByRole('button', { name: `Estimated · 93${NBSP}% confidence` });
    expect(badge.getAttribute('aria-expanded')).toBe('false');

    badge.focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('dialog', { name: 'Where Efficiency comes from' });
    expect(panel.textContent).toContain(
      '1,697 rows fed this KPI; 393 of them had blanks that FloorKPI filled in.',
    );
    expect(panel.textContent).toContain('Ideal cycle time');
    expect(panel.textContent).toContain('Employees on the line');
    expect(panel.textContent).toContain('Scheduled shift hours');
    // The badge is not the card: opening the panel does not open the drill-down.
    expect(onOpen).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(badge);
  });

  it('shows a warning in words and offers the panel even when nothing was inferred', async () => {
    const user = userEvent.setup();
    const { item } = show(
      card({ key: 'performance', result: result({ value: 113.64, warnings: ['verify_inputs'] }) }),
    );
    expect(item.textContent).toContain('Above 100 %: check cycle times and headcounts');
    await user.click(screen.getByRole('button', { name: 'Check inputs' }));
    expect(screen.getByRole('dialog').textContent).toContain(
      'Above 100 %: check cycle times and headcounts.',
    );
  });

  it('breaks OEE into A × P × Q', () => {
    const { item } = show(
      card({
        key: 'oee',
        result: result({
          value: 72.9,
          details: { factors: { availability: 90, performance: 90, quality_rate: 90 } },
        }),
      }),
    );
    const factors = within(item).getByTestId('oee-factors');
    expect(factors.textContent).toContain(`A90.00${NBSP}%`);
    expect(factors.textContent).toContain(`P90.00${NBSP}%`);
    expect(factors.textContent).toContain(`Q90.00${NBSP}%`);
    expect(factors.textContent).toContain('×');
  });

  it('leaves the factors out when OEE has no data at all', () => {
    const { item } = show(
      card({
        key: 'oee',
        status: null,
        result: result({
          value: null,
          details: { factors: { availability: null, performance: null, quality_rate: null } },
        }),
      }),
    );
    expect(within(item).queryByTestId('oee-factors')).toBeNull();
    expect(within(item).getByTestId('kpi-value').textContent).toBe('No data');
  });

  it('says "Check the data" above the 100 % ceiling, never "On target", and names the rows that drive it', () => {
    const { item } = show(
      card({
        key: 'performance',
        result: result({ value: 250 }),
        target: 95,
        status: 'check',
        drivers: [
          {
            production_entry_id: 'P-BIG',
            client_id: 'BOOT-LINE-A',
            work_order_id: 'WO-100',
            shift_date: '2026-03-02',
            shift_type: 'SHIFT_2ND',
            units: 400,
            earned_hours: 40,
            hours: 8,
            percent: 500,
          },
        ],
      }),
    );
    expect(item.textContent).toContain('Check the data');
    expect(item.textContent).not.toContain('On target');
    expect(within(item).getByTestId('kpi-check').textContent).toContain(
      `WO-100, 2026-03-02 2nd shift: 400 units (500.00${NBSP}%)`,
    );
  });
});
