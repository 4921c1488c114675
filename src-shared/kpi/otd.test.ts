import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../domain/calendar';
import { daysLate, durationDays, isMeasured, isOnTime, NO_OTD, otdResult, promisedByDuration } from './otd';

describe('OTD formulas', () => {
  it('promised-date rule 3 adds ceil(quantity × cycle time / hours) calendar days', () => {
    expect(durationDays(100, 0.5, 9)).toBe(6); // 5.56 h-days → 6
    expect(durationDays(90, 0.3, 9)).toBe(3); // exact
    expect(durationDays(1000, 0.009, 9)).toBe(1); // 1.0000000000000002 is not 2 days
    expect(promisedByDuration('2026-02-27', 100, 0.5, 9)).toBe('2026-03-05');
  });

  it('measures orders promised in range that are delivered or overdue at D', () => {
    const range = ['2026-03-01', '2026-03-31', '2026-03-15'] as const;
    expect(isMeasured({ promisedDate: '2026-03-20', deliveredDate: '2026-03-10' }, ...range)).toBe(true);
    expect(isMeasured({ promisedDate: '2026-03-14', deliveredDate: null }, ...range)).toBe(true);
    expect(isMeasured({ promisedDate: '2026-03-15', deliveredDate: null }, ...range)).toBe(false);
    expect(isMeasured({ promisedDate: '2026-02-28', deliveredDate: '2026-02-28' }, ...range)).toBe(false);
    expect(isMeasured({ promisedDate: null, deliveredDate: '2026-03-10' }, ...range)).toBe(false);
  });

  it('is on time when delivered on or before P, and counts days late', () => {
    expect(isOnTime({ promisedDate: '2026-03-10', deliveredDate: '2026-03-10' })).toBe(true);
    expect(isOnTime({ promisedDate: '2026-03-10', deliveredDate: '2026-03-11' })).toBe(false);
    expect(isOnTime({ promisedDate: '2026-03-10', deliveredDate: null })).toBe(false);
    expect(daysLate({ promisedDate: '2026-03-10', deliveredDate: '2026-03-13' }, '2026-03-31')).toBe(3);
    expect(daysLate({ promisedDate: '2026-03-10', deliveredDate: null }, '2026-03-31')).toBe(21);
  });

  it('is on time / measured × 100 with the promised dates’ confidence', () => {
    const result = otdResult({
      measured: 4,
      onTime: 3,
      overdue: 1,
      inferred: 2,
      confidenceSum: 3.3,
      skipped: 5,
    });
    expect(result.value).toBe(75);
    expect(result).toMatchObject({
      numerator: 3,
      denominator: 4,
      unit: '%',
      rows: 4,
      inferred_rows: 2,
      estimated: true,
    });
    expect(result.confidence).toBeCloseTo(0.825, 12);
    expect(result.details).toEqual({ skipped: 5, overdue: 1 });
  });

  it('is null, not 0, when nothing is measured', () => {
    const result = otdResult({ ...NO_OTD, skipped: 2 });
    expect(result.value).toBeNull();
    expect(result).toMatchObject({
      rows: 0,
      confidence: 1,
      estimated: false,
      details: { skipped: 2, overdue: 0 },
    });
  });

  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
});
