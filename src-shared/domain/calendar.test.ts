import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  daysInRange,
  isIsoDate,
  isoWeekKey,
  weekday,
  weekdayName,
} from './calendar';

describe('calendar', () => {
  it('moves across month, year and leap-day ends, and daylight-saving weekends, a day at a time', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between dates and in an inclusive range', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
    expect(daysInRange('2026-03-02', '2026-03-02')).toBe(1);
    expect(daysInRange('2026-01-01', '2026-12-31')).toBe(365);
    expect(dateOfDayNumber(dayNumber('2026-06-30'))).toBe('2026-06-30');
  });

  it('refuses what is not a real date instead of counting from it', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('', '2026-03-02')).toThrow(RangeError);
  });

  it('names weekdays and ISO weeks, the year deciding by the week’s Thursday', () => {
    expect(weekday('2026-03-02')).toBe(1);
    // By the date alone, whatever the PC's time zone (the day starts at midnight UTC).
    expect(weekdayName('2026-03-04')).toBe('Wednesday');
    expect(weekdayName('2026-03-08', 'es')).toBe('domingo');
    expect(isoWeekKey('2026-03-02')).toBe('2026-W10');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
  });
});
