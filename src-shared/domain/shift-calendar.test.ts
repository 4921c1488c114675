import { describe, expect, it } from 'vitest';
import { DEFAULT_SHIFT_CALENDAR, shiftAt, shiftsOffered, shiftWindow } from './shift-calendar';

// 2026-03-02 is a Monday; 03-07 a Saturday, 03-08 a Sunday.
const cal = DEFAULT_SHIFT_CALENDAR;

describe('shiftAt', () => {
  it('at 02:30 on Tuesday during a 21:00–06:00 second shift, the shift is Monday’s second', () => {
    expect(shiftAt(cal, '2026-03-03', '02:30')).toEqual({
      date: '2026-03-02',
      shift: 'SHIFT_2ND',
      start: '2026-03-02 21:00',
      end: '2026-03-03 06:00',
      running: true,
    });
  });

  it('reads the day shift from the client’s own hours, edges included', () => {
    expect(shiftAt(cal, '2026-03-03', '07:00')).toMatchObject({
      date: '2026-03-03',
      shift: 'SHIFT_1ST',
      running: true,
    });
    expect(shiftAt(cal, '2026-03-03', '16:59')).toMatchObject({ shift: 'SHIFT_1ST', running: true });
    // 06:00 is the end of the night shift: it has ended, nothing else has started yet.
    expect(shiftAt(cal, '2026-03-03', '06:00')).toMatchObject({
      date: '2026-03-02',
      shift: 'SHIFT_2ND',
      running: false,
    });
  });

  it('between shifts, answers the one that ended last', () => {
    expect(shiftAt(cal, '2026-03-03', '18:30')).toMatchObject({
      date: '2026-03-03',
      shift: 'SHIFT_1ST',
      running: false,
    });
  });

  it('follows a client whose shifts are not the default ones', () => {
    const early = [
      { shift_type: 'SHIFT_1ST', start_time: '05:00', end_time: '13:30', break_minutes: 30 },
      { shift_type: 'SHIFT_2ND', start_time: '13:30', end_time: '22:00', break_minutes: 30 },
    ];
    expect(shiftAt(early, '2026-03-03', '05:10')).toMatchObject({
      date: '2026-03-03',
      shift: 'SHIFT_1ST',
      running: true,
    });
    expect(shiftAt(early, '2026-03-03', '21:59')).toMatchObject({ shift: 'SHIFT_2ND', running: true });
    expect(shiftAt(early, '2026-03-04', '02:30')).toMatchObject({
      date: '2026-03-03',
      shift: 'SHIFT_2ND',
      running: false,
    });
  });

  it('runs the overtime shifts only on their days, and Friday night is Friday’s', () => {
    expect(shiftAt(cal, '2026-03-07', '10:00')).toMatchObject({
      date: '2026-03-07',
      shift: 'SAT_OT',
      running: true,
    });
    expect(shiftAt(cal, '2026-03-08', '10:00')).toMatchObject({
      date: '2026-03-08',
      shift: 'SUN_OT',
      running: true,
    });
    expect(shiftAt(cal, '2026-03-07', '03:00')).toMatchObject({
      date: '2026-03-06',
      shift: 'SHIFT_2ND',
      running: true,
    });
    // No regular shift starts on a Sunday: Sunday night is after Sunday's overtime.
    expect(shiftAt(cal, '2026-03-08', '23:00')).toMatchObject({
      date: '2026-03-08',
      shift: 'SUN_OT',
      running: false,
    });
  });

  it('ignores unreadable calendar rows and falls back to the default calendar when there are none', () => {
    const broken = [{ shift_type: 'SHIFT_1ST', start_time: 'soon', end_time: '17:00' }, ...cal];
    expect(shiftAt(broken, '2026-03-03', '02:30')).toMatchObject({ date: '2026-03-02', shift: 'SHIFT_2ND' });
    expect(shiftAt([], '2026-03-03', '02:30')).toMatchObject({ date: '2026-03-02', shift: 'SHIFT_2ND' });
  });
});

describe('shiftWindow', () => {
  it('ends the next day when the shift crosses midnight', () => {
    expect(
      shiftWindow({ shift_type: 'SHIFT_2ND', start_time: '21:00', end_time: '06:00' }, '2026-02-28'),
    ).toEqual({
      date: '2026-02-28',
      shift: 'SHIFT_2ND',
      start: '2026-02-28 21:00',
      end: '2026-03-01 06:00',
    });
    expect(
      shiftWindow({ shift_type: 'NIGHT', start_time: '21:00', end_time: '06:00' }, '2026-02-28'),
    ).toBeNull();
  });
});

describe('shiftsOffered', () => {
  it('offers weekend overtime only on its day, unless a leader overrides', () => {
    expect(shiftsOffered('2026-03-03')).toEqual(['SHIFT_1ST', 'SHIFT_2ND', 'OTHER']);
    expect(shiftsOffered('2026-03-07')).toEqual(['SAT_OT', 'OTHER']);
    expect(shiftsOffered('2026-03-08')).toEqual(['SUN_OT', 'OTHER']);
    expect(shiftsOffered('2026-03-03', { override: true })).toEqual([
      'SHIFT_1ST',
      'SHIFT_2ND',
      'SAT_OT',
      'SUN_OT',
      'OTHER',
    ]);
  });

  it('keeps the chosen shift in the list even on another day', () => {
    expect(shiftsOffered('2026-03-03', { current: 'SAT_OT' })).toEqual([
      'SHIFT_1ST',
      'SHIFT_2ND',
      'SAT_OT',
      'OTHER',
    ]);
  });
});
