import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, localIsoDate, presetRange, rangeProblem } from './date-range';

const custom = { from: '2026-01-05', to: '2026-01-09' };

describe('presetRange', () => {
  it('today and this shift are the one day', () => {
    expect(presetRange('today', '2026-03-17', custom)).toEqual({ from: '2026-03-17', to: '2026-03-17' });
    expect(presetRange('shift', '2026-03-17', custom)).toEqual({ from: '2026-03-17', to: '2026-03-17' });
  });

  it('this shift is the running shift’s date: the night shift that started yesterday', () => {
    expect(presetRange('shift', '2026-03-17', custom, '2026-03-16')).toEqual({
      from: '2026-03-16',
      to: '2026-03-16',
    });
    expect(presetRange('today', '2026-03-17', custom, '2026-03-16')).toEqual({
      from: '2026-03-17',
      to: '2026-03-17',
    });
  });

  it('last 7 and last 30 days include today', () => {
    expect(presetRange('last7', '2026-03-17', custom)).toEqual({ from: '2026-03-11', to: '2026-03-17' });
    expect(presetRange('last30', '2026-03-17', custom)).toEqual({ from: '2026-02-16', to: '2026-03-17' });
  });

  it('crosses year ends and leap days', () => {
    expect(presetRange('last7', '2026-01-03', custom)).toEqual({ from: '2025-12-28', to: '2026-01-03' });
    expect(presetRange('last30', '2024-03-01', custom)).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(presetRange('last30', '2026-03-01', custom)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });

  it('this month starts on the 1st', () => {
    expect(presetRange('month', '2026-03-17', custom)).toEqual({ from: '2026-03-01', to: '2026-03-17' });
    expect(presetRange('month', '2026-03-01', custom)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('custom is the dates given', () => {
    expect(presetRange('custom', '2026-03-17', custom)).toEqual(custom);
  });
});

describe('date helpers', () => {
  it('reads the local calendar date, not the UTC one', () => {
    // 23:30 local on 31 March is still 31 March whatever the machine's offset.
    expect(localIsoDate(new Date(2026, 2, 31, 23, 30))).toBe('2026-03-31');
  });

  it('adds days across a daylight-saving change without losing one', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('accepts only real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-3-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('names the problem with a custom range', () => {
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe(
      'The start date is after the end date.',
    );
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toBe('Enter both dates.');
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });
});
