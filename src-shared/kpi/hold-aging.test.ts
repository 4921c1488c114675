import { describe, expect, it } from 'vitest';
import { holdAgeDays, holdAgingResult, holdAgingSums, isHoldOpenAt, NO_HOLDS } from './hold-aging';

const D = '2025-12-31';

describe('hold aging', () => {
  it('is open at D when approved, placed by D and not resumed by D', () => {
    expect(isHoldOpenAt({ status: 'ON_HOLD', holdDate: D, resumeDate: null }, D)).toBe(true);
    expect(
      isHoldOpenAt({ status: 'PENDING_RESUME_APPROVAL', holdDate: '2025-12-01', resumeDate: null }, D),
    ).toBe(true);
    expect(isHoldOpenAt({ status: 'RESUMED', holdDate: '2025-12-01', resumeDate: '2026-01-01' }, D)).toBe(
      true,
    );
    expect(isHoldOpenAt({ status: 'RESUMED', holdDate: '2025-12-01', resumeDate: D }, D)).toBe(false);
    expect(isHoldOpenAt({ status: 'ON_HOLD', holdDate: '2026-01-01', resumeDate: null }, D)).toBe(false);
    expect(
      isHoldOpenAt({ status: 'PENDING_HOLD_APPROVAL', holdDate: '2025-12-01', resumeDate: null }, D),
    ).toBe(false);
    expect(isHoldOpenAt({ status: 'CANCELLED', holdDate: '2025-12-01', resumeDate: null }, D)).toBe(false);
  });

  it('ages a hold D − hold_date (placed on D → 0)', () => {
    expect(holdAgeDays(D, D)).toBe(0);
    expect(holdAgeDays('2025-12-01', D)).toBe(30);
  });

  it('is the mean age with buckets and chronic (≥ 30) holds', () => {
    const result = holdAgingResult(holdAgingSums([0, 29, 30, 45]));
    expect(result.value).toBe(26);
    expect(result).toMatchObject({ numerator: 104, denominator: 4, unit: 'days', rows: 4, confidence: 1 });
    expect(result.details).toEqual({ buckets: { '0-7': 1, '8-14': 0, '15-30': 2, '>30': 1 }, chronic: 2 });
  });

  it('is null with no open hold', () => {
    expect(holdAgingResult(NO_HOLDS).value).toBeNull();
  });
});
