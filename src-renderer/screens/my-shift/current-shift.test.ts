import { describe, expect, it } from 'vitest';
import { currentShift } from './current-shift';

// Local times: the shift follows this computer's clock, as the floor reads it.
const at = (iso: string) => new Date(iso);

describe('currentShift', () => {
  it('weekdays: 07:00 to 17:00 is the first shift, any other time the second', () => {
    expect(currentShift(at('2026-03-04T07:00:00'))).toEqual({ date: '2026-03-04', shift: 'SHIFT_1ST' });
    expect(currentShift(at('2026-03-04T16:59:00'))).toEqual({ date: '2026-03-04', shift: 'SHIFT_1ST' });
    expect(currentShift(at('2026-03-04T17:00:00'))).toEqual({ date: '2026-03-04', shift: 'SHIFT_2ND' });
    expect(currentShift(at('2026-03-04T06:59:00'))).toEqual({ date: '2026-03-04', shift: 'SHIFT_2ND' });
  });

  it('weekends are the overtime shifts', () => {
    expect(currentShift(at('2026-03-07T10:00:00'))).toEqual({ date: '2026-03-07', shift: 'SAT_OT' });
    expect(currentShift(at('2026-03-08T22:00:00'))).toEqual({ date: '2026-03-08', shift: 'SUN_OT' });
  });
});
