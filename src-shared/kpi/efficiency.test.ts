import { describe, expect, it } from 'vitest';
import { efficiencyResult } from './efficiency';

const recorded = (rows: number) => ({ rows, inferredRows: 0, confidenceSum: rows });

describe('efficiencyResult', () => {
  it('worked example: 100 units × 0.25 h; 12 employees × 9 h → 23.15 %', () => {
    const r = efficiencyResult({
      earnedHours: 100 * 0.25,
      laborHours: 12 * 9,
      stats: recorded(1),
      skipped: 0,
    });
    expect(r.value).toBeCloseTo(2500 / 108, 12);
    expect(r.value?.toFixed(2)).toBe('23.15');
    expect(r).toMatchObject({ numerator: 25, denominator: 108, unit: '%', rows: 1, warnings: [] });
  });

  it('worked example: 1000 units × 0.01 h; 5 employees × 8 h → 25.00 %', () => {
    const r = efficiencyResult({
      earnedHours: 1000 * 0.01,
      laborHours: 5 * 8,
      stats: recorded(1),
      skipped: 0,
    });
    expect(r.value).toBeCloseTo(25, 12);
  });

  it('is a ratio of sums, not a mean of row percentages', () => {
    // Rows at 100 % (10 h of 10) and 1.1 % (1 h of 90): the mean of the rows' rates would be 50.6 %.
    const r = efficiencyResult({ earnedHours: 10 + 1, laborHours: 10 + 90, stats: recorded(2), skipped: 0 });
    expect(r.value).toBeCloseTo(11, 12);
  });

  it('above 100 % keeps the value and warns verify_inputs', () => {
    const r = efficiencyResult({ earnedHours: 30, laborHours: 20, stats: recorded(1), skipped: 0 });
    expect(r.value).toBe(150);
    expect(r.warnings).toEqual(['verify_inputs']);
  });

  it('no labor hours → null, never 0 or 100', () => {
    expect(
      efficiencyResult({ earnedHours: 0, laborHours: 0, stats: recorded(0), skipped: 0 }).value,
    ).toBeNull();
    expect(
      efficiencyResult({ earnedHours: 5, laborHours: 0, stats: recorded(1), skipped: 0 }).value,
    ).toBeNull();
  });

  it('carries provenance: inferred rows, estimated, mean confidence, skipped rows', () => {
    const r = efficiencyResult({
      earnedHours: 10,
      laborHours: 20,
      stats: { rows: 2, inferredRows: 1, confidenceSum: 1.4 },
      skipped: 3,
    });
    expect(r).toMatchObject({ rows: 2, inferred_rows: 1, estimated: true, details: { skipped: 3 } });
    expect(r.confidence).toBeCloseTo(0.7, 12);
  });
});
