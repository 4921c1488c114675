import { describe, expect, it } from 'vitest';
import { HOLD_DERIVED } from './hold-columns';

const [status, age] = HOLD_DERIVED;

describe('hold grid columns', () => {
  it('say a stored hold’s status in words and its length once resumed', () => {
    const saved = { hold_status: 'RESUMED', hold_date: '2026-03-01', total_hold_duration_hours: 72 };
    expect(status?.value({}, saved)).toBe('Resumed');
    expect(age?.value({}, saved)).toBe('Held 3 days');
  });

  it('are blank on a request not saved yet', () => {
    expect(status?.value({ work_order_id: 'WO-1' }, null)).toBe('');
    expect(age?.value({ hold_date: '2026-03-01' }, null)).toBe('');
  });
});
