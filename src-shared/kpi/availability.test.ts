import { describe, expect, it } from 'vitest';
import { availabilityResult } from './availability';

const production = (rows: number) => ({ rows, inferredRows: 0, confidenceSum: rows });

describe('availabilityResult', () => {
  it('worked example: 10 production entries × 9 h; one downtime of 30 min → 99.44 %', () => {
    const r = availabilityResult({
      plannedHours: 90,
      production: production(10),
      downtimeHours: 0.5,
      downtimeRows: 1,
      skipped: 0,
    });
    expect(r.value).toBeCloseTo((1 - 0.5 / 90) * 100, 12);
    expect(r.value?.toFixed(2)).toBe('99.44');
    expect(r).toMatchObject({ numerator: 89.5, denominator: 90, rows: 11, warnings: [] });
    expect(r.details).toEqual({ planned_hours: 90, downtime_hours: 0.5, skipped: 0 });
  });

  it('is not below 0 when downtime exceeds planned hours', () => {
    const r = availabilityResult({
      plannedHours: 8,
      production: production(1),
      downtimeHours: 10,
      downtimeRows: 2,
      skipped: 0,
    });
    expect(r.value).toBe(0);
    expect(r.numerator).toBe(0);
  });

  it('downtime without production → null with downtime_without_production', () => {
    const r = availabilityResult({
      plannedHours: 0,
      production: production(0),
      downtimeHours: 1,
      downtimeRows: 1,
      skipped: 0,
    });
    expect(r.value).toBeNull();
    expect(r.warnings).toEqual(['downtime_without_production']);
    expect(r.rows).toBe(1);
  });

  it('no rows at all → null, no warning', () => {
    const r = availabilityResult({
      plannedHours: 0,
      production: production(0),
      downtimeHours: 0,
      downtimeRows: 0,
      skipped: 0,
    });
    expect(r.value).toBeNull();
    expect(r.warnings).toEqual([]);
    expect(r.confidence).toBe(1);
  });

  it('no downtime → 100 %', () => {
    expect(
      availabilityResult({
        plannedHours: 9,
        production: production(1),
        downtimeHours: 0,
        downtimeRows: 0,
        skipped: 0,
      }).value,
    ).toBe(100);
  });

  it('counts downtime entries as recorded rows in the confidence', () => {
    const r = availabilityResult({
      plannedHours: 16,
      production: { rows: 2, inferredRows: 2, confidenceSum: 0.6 },
      downtimeHours: 1,
      downtimeRows: 2,
      skipped: 0,
    });
    expect(r).toMatchObject({ rows: 4, inferred_rows: 2, estimated: true });
    expect(r.confidence).toBeCloseTo(2.6 / 4, 12);
  });
});
