import { describe, expect, it } from 'vitest';
import { CYCLE_MINUTES, PAID_HOURS } from './derived-columns';

describe('PAID_HOURS', () => {
  it('takes the break from the span, across midnight too (KPIS.md default calendar)', () => {
    expect(PAID_HOURS.value({ start_time: '07:00', end_time: '17:00', break_minutes: '60' })).toBe('9 h');
    expect(PAID_HOURS.value({ start_time: '21:00', end_time: '06:00', break_minutes: '' })).toBe('9 h');
    expect(PAID_HOURS.value({ start_time: '07:00', end_time: '15:30', break_minutes: '20' })).toBe('8.17 h');
  });

  it('shows nothing while a time or the break is not a value yet', () => {
    expect(PAID_HOURS.value({ start_time: '07:00', end_time: '' })).toBe('');
    expect(PAID_HOURS.value({ start_time: '7', end_time: '15:00' })).toBe('');
    expect(PAID_HOURS.value({ start_time: '07:00', end_time: '07:00' })).toBe('');
    expect(PAID_HOURS.value({ start_time: '07:00', end_time: '15:00', break_minutes: 'x' })).toBe('');
  });
});

describe('CYCLE_MINUTES', () => {
  it('says an hours-per-unit cycle time in minutes', () => {
    expect(CYCLE_MINUTES.value({ ideal_cycle_time: '0.25' })).toBe('15 min');
    expect(CYCLE_MINUTES.value({ ideal_cycle_time: '0.025' })).toBe('1.5 min');
    expect(CYCLE_MINUTES.value({ ideal_cycle_time: '' })).toBe('');
    expect(CYCLE_MINUTES.value({ ideal_cycle_time: '0' })).toBe('');
  });
});
