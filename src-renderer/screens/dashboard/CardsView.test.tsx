// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '../../../src-shared/kpi/dashboard';
import { KPI_KEYS, type KpiResult } from '../../../src-shared/kpi/result';
import { CardsView } from './CardsView';

const empty: KpiResult = {
  value: null,
  numerator: 0,
  denominator: 0,
  unit: '%',
  rows: 0,
  inferred_rows: 0,
  estimated: false,
  confidence: 1,
  warnings: [],
};

function board(values: Partial<Record<(typeof KPI_KEYS)[number], number>> = {}): Dashboard {
  return {
    scope: { clients: ['BOOT-LINE-A'], from: '2026-11-01', to: '2026-11-24', as_of: '2026-11-24', by: null },
    trendBy: 'day',
    bradford: [],
    cards: KPI_KEYS.map((key) => ({
      key,
      result: { ...empty, value: values[key] ?? null },
      target: null,
      status: null,
      trend: [],
    })),
  };
}

afterEach(cleanup);

describe('CardsView', () => {
  it('says what to do next when the period has no production, and every KPI reads "No data"', () => {
    render(<CardsView board={board({ wip_aging: 2.4 })} focusKpi={null} onOpen={vi.fn()} />);
    expect(screen.getByRole('note').textContent).toContain(
      'No production recorded for this period: enter a shift on My shift or import a file.',
    );
    expect(screen.getAllByTestId('kpi-value').filter((v) => v.textContent === 'No data')).toHaveLength(
      KPI_KEYS.length - 1,
    );
  });

  it('shows no empty-state note once production is recorded', () => {
    render(<CardsView board={board({ efficiency: 80 })} focusKpi={null} onOpen={vi.fn()} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('gives the focus back to the card a drill-down was opened from', () => {
    render(<CardsView board={board({ efficiency: 80 })} focusKpi="ppm" onOpen={vi.fn()} />);
    expect(document.activeElement?.id).toBe('kpi-open-ppm');
  });
});
