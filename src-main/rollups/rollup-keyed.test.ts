import { describe, expect, it } from 'vitest';
import { KEYED_ROLLUPS } from './rollup-keyed';

describe('the keyed rollups', () => {
  it('are recomputed after every keyed rollup they are summed from (rollup_order before its weeks)', () => {
    const order: readonly string[] = KEYED_ROLLUPS.map((k) => k.table);
    const late: string[] = [];
    KEYED_ROLLUPS.forEach((keyed, at) => {
      for (const entry of keyed.rows().reads) {
        const read = typeof entry === 'string' ? entry : entry.table;
        const source = order.indexOf(read);
        if (source >= at) late.push(`${keyed.table} reads ${read}, recomputed after it`);
      }
    });
    expect(late).toEqual([]);
    // The one dependency there is today, so the check above is not vacuous.
    expect(KEYED_ROLLUPS.find((k) => k.table === 'rollup_order_weeks')?.rows().reads).toContain(
      'rollup_order',
    );
  });
});
