import { describe, expect, it } from 'vitest';
import { performanceResult } from './performance';

const one = { rows: 1, inferredRows: 0, confidenceSum: 1 };

describe('performanceResult', () => {
  it('worked example: 100 units × 0.25 h, run time 22 h → 113.64 % with verify_inputs, not clipped', () => {
    const r = performanceResult({ earnedHours: 25, runHours: 22, stats: one, skipped: 0 });
    expect(r.value).toBeCloseTo(2500 / 22, 12);
    expect(r.value?.toFixed(2)).toBe('113.64');
    expect(r.warnings).toEqual(['verify_inputs']);
  });

  it('exactly 100 % is no warning', () => {
    expect(performanceResult({ earnedHours: 8, runHours: 8, stats: one, skipped: 0 }).warnings).toEqual([]);
  });

  it('no run time → null', () => {
    const r = performanceResult({ earnedHours: 8, runHours: 0, stats: one, skipped: 0 });
    expect(r.value).toBeNull();
    expect(r.warnings).toEqual([]);
  });
});
