import { describe, expect, it } from 'vitest';
import type { ClientComparison } from '../../../src-shared/kpi/dashboard';
import { worstFirst } from './compare-order';

function row(client_id: string, value: number | null): ClientComparison {
  return {
    client_id,
    client_name: client_id,
    target: null,
    status: null,
    result: {
      value,
      numerator: 0,
      denominator: 0,
      unit: '%',
      rows: 1,
      inferred_rows: 0,
      estimated: false,
      confidence: 1,
      warnings: [],
    },
  };
}

describe('worstFirst', () => {
  const rows = [row('A', 10), row('B', null), row('C', 90), row('D', 50)];

  it('puts the highest first where lower is better (PPM), no data last', () => {
    expect(worstFirst('ppm', rows).map((r) => r.client_id)).toEqual(['C', 'D', 'A', 'B']);
  });

  it('puts the lowest first where higher is better (OEE), no data last', () => {
    expect(worstFirst('oee', rows).map((r) => r.client_id)).toEqual(['A', 'D', 'C', 'B']);
  });
});
