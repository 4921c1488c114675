import { describe, expect, it } from 'vitest';
import { currentShift, entryShiftDefaults } from './current-shift';

// Local times: the shift follows this computer's clock, as the floor reads it. 2026-03-04 is a Wednesday.
const at = (iso: string) => new Date(iso);

describe('currentShift', () => {
  it('reads the default calendar: 07:00–17:00 first shift, 21:00–06:00 second, dated the day it started', () => {
    expect(currentShift(at('2026-03-04T07:00:00'))).toEqual({ date: '2026-03-04', shift: 'SHIFT_1ST' });
    expect(currentShift(at('2026-03-04T16:59:00'))).toEqual({ date: '2026-03-04', shift: 'SHIFT_1ST' });
    expect(currentShift(at('2026-03-04T21:00:00'))).toEqual({ date: '2026-03-04', shift: 'SHIFT_2ND' });
    expect(currentShift(at('2026-03-04T02:30:00'))).toEqual({ date: '2026-03-03', shift: 'SHIFT_2ND' });
  });

  it('weekends are the overtime shifts', () => {
    expect(currentShift(at('2026-03-07T10:00:00'))).toEqual({ date: '2026-03-07', shift: 'SAT_OT' });
    expect(currentShift(at('2026-03-08T12:00:00'))).toEqual({ date: '2026-03-08', shift: 'SUN_OT' });
  });

  it('follows the client’s own calendar when it is known', () => {
    const calendar = [{ shift_type: 'SHIFT_2ND', start_time: '14:00', end_time: '23:00', break_minutes: 0 }];
    expect(currentShift(at('2026-03-04T15:00:00'), calendar)).toEqual({
      date: '2026-03-04',
      shift: 'SHIFT_2ND',
    });
  });
});

describe('entryShiftDefaults', () => {
  it('dates a row typed during the night shift on the day the shift started, when the period holds it', () => {
    const night = at('2026-03-04T02:30:00');
    expect(entryShiftDefaults(night, { from: '2026-02-03', to: '2026-03-04' })).toEqual({
      shift_date: '2026-03-03',
      shift_type: 'SHIFT_2ND',
    });
    // A period that ends before the running shift: its last day.
    expect(entryShiftDefaults(night, { from: '2026-02-01', to: '2026-02-28' })).toEqual({
      shift_date: '2026-02-28',
      shift_type: 'SHIFT_2ND',
    });
  });
});
