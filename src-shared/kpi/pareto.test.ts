import { describe, expect, it } from 'vitest';
import { pareto } from './pareto';

describe('pareto', () => {
  it('orders causes largest first with shares and a running share that ends at 100', () => {
    const rows = pareto([
      { key: 'B', label: 'b', value: 1 },
      { key: 'A', label: 'a', value: 3 },
      { key: 'C', label: 'c', value: 0 },
    ]);
    expect(rows.map((r) => [r.key, r.share, r.cumulative])).toEqual([
      ['A', 75, 75],
      ['B', 25, 100],
    ]);
    expect(pareto([])).toEqual([]);
  });
});
