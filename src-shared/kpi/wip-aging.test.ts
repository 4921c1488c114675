import { describe, expect, it } from 'vitest';
import { agingBucket, bucketCounts } from './aging-buckets';
import { type HoldDates } from './hold-aging';
import { DEFAULT_WIP_THRESHOLDS, NO_WIP, netAgeDays, wipAgingResult, wipAgingSums } from './wip-aging';

const hold = (holdDate: string, resumeDate: string | null, status = 'RESUMED'): HoldDates => ({
  status,
  holdDate,
  resumeDate,
});

describe('WIP net age', () => {
  it('worked example: start 2025-12-01, hold 12-03 through 12-04, as of 12-07 → 5 days', () => {
    expect(netAgeDays('2025-12-01', '2025-12-07', [hold('2025-12-03', '2025-12-04')])).toBe(5);
  });

  it('counts start and D both, so an order started on D is 1 day old; not started → null', () => {
    expect(netAgeDays('2025-12-07', '2025-12-07', [])).toBe(1);
    expect(netAgeDays('2025-12-08', '2025-12-07', [])).toBeNull();
  });

  it('counts overlapping, nested and adjacent holds once', () => {
    const holds = [
      hold('2025-12-02', '2025-12-05'),
      hold('2025-12-04', '2025-12-06'),
      hold('2025-12-03', '2025-12-03'),
      hold('2025-12-07', '2025-12-07'),
    ];
    // 10 days, 12-02..12-07 covered (6 days).
    expect(netAgeDays('2025-12-01', '2025-12-10', holds)).toBe(4);
  });

  it('covers through D while a hold is open or resumes after D, and clips holds to [start, D]', () => {
    expect(netAgeDays('2025-12-01', '2025-12-07', [hold('2025-12-05', null, 'ON_HOLD')])).toBe(4);
    expect(netAgeDays('2025-12-01', '2025-12-07', [hold('2025-12-05', '2025-12-20')])).toBe(4);
    expect(netAgeDays('2025-12-05', '2025-12-07', [hold('2025-11-20', '2025-12-05')])).toBe(2);
    expect(netAgeDays('2025-12-01', '2025-12-07', [hold('2025-12-08', null, 'ON_HOLD')])).toBe(7);
    expect(netAgeDays('2025-12-01', '2025-12-07', [hold('2025-11-01', null, 'ON_HOLD')])).toBe(0);
  });

  it('ignores holds not approved', () => {
    const holds = [
      hold('2025-12-02', null, 'PENDING_HOLD_APPROVAL'),
      hold('2025-12-02', '2025-12-04', 'CANCELLED'),
    ];
    expect(netAgeDays('2025-12-01', '2025-12-07', holds)).toBe(7);
    expect(
      netAgeDays('2025-12-01', '2025-12-07', [hold('2025-12-02', null, 'PENDING_RESUME_APPROVAL')]),
    ).toBe(1);
  });
});

describe('WIP aging result', () => {
  it('buckets 0–7, 8–14, 15–30, >30 at their edges', () => {
    expect([0, 7, 8, 14, 15, 30, 31].map(agingBucket)).toEqual([
      '0-7',
      '0-7',
      '8-14',
      '8-14',
      '15-30',
      '15-30',
      '>30',
    ]);
    expect(bucketCounts([7, 8, 31])).toEqual({ '0-7': 1, '8-14': 1, '15-30': 0, '>30': 1 });
  });

  it('is the mean net age, with thresholds per order’s client (age > threshold)', () => {
    const lax = { aging: 20, critical: 30 };
    const sums = wipAgingSums([
      { age: 7, thresholds: DEFAULT_WIP_THRESHOLDS, startFrom: 'actual' },
      { age: 8, thresholds: DEFAULT_WIP_THRESHOLDS, startFrom: 'actual' },
      { age: 15, thresholds: DEFAULT_WIP_THRESHOLDS, startFrom: 'production' },
      { age: 25, thresholds: lax, startFrom: 'planned' },
    ]);
    const result = wipAgingResult(sums);
    expect(result.value).toBe(13.75);
    expect(result).toMatchObject({
      numerator: 55,
      denominator: 4,
      unit: 'days',
      rows: 4,
      confidence: 1,
      estimated: false,
    });
    expect(result.details).toEqual({
      buckets: { '0-7': 1, '8-14': 1, '15-30': 2, '>30': 0 },
      over_threshold: 3,
      over_critical: 1,
      start_from: { actual: 2, production: 1, planned: 1 },
    });
  });

  it('is null with no open order', () => {
    expect(wipAgingResult(NO_WIP).value).toBeNull();
  });
});
