import { describe, expect, it } from 'vitest';
import { absenteeismResult } from './absenteeism';
import { bradfordBand, bradfordRow, bradfordScore } from './bradford';
import { NO_ROWS } from './result';

describe('absenteeism', () => {
  it('worked example: 9 absence hours of 90 scheduled, none covered → 10.00 %', () => {
    const result = absenteeismResult(
      { scheduledHours: 90, absenceHours: 9, coveredHours: 0 },
      { rows: 10, inferredRows: 0, confidenceSum: 10 },
    );
    expect(result).toMatchObject({
      value: 10,
      numerator: 9,
      denominator: 90,
      unit: '%',
      confidence: 1,
      estimated: false,
    });
    expect(result.details).toEqual({ gross: 10, absence_hours: 9, covered_hours: 0, skipped: 0 });
  });

  it('coverage lowers the rate; gross keeps it', () => {
    const result = absenteeismResult({ scheduledHours: 90, absenceHours: 9, coveredHours: 4.5 }, NO_ROWS);
    expect(result.value).toBeCloseTo(5, 12);
    expect(result.details?.gross).toBeCloseTo(10, 12);
  });

  it('no scheduled hours → null, gross null', () => {
    expect(absenteeismResult({ scheduledHours: 0, absenceHours: 0, coveredHours: 0 }, NO_ROWS)).toMatchObject(
      { value: null, details: { gross: null } },
    );
  });
});

describe('Bradford factor', () => {
  it('worked example: S = 3, D = 5 → 45 (low)', () => {
    expect(bradfordScore(3, 5)).toBe(45);
    expect(
      bradfordRow({ employee_id: 'E', employee_name: 'Emp', client_id: 'C', spells: 3, days: 5 }),
    ).toEqual({
      employee_id: 'E',
      employee_name: 'Emp',
      client_id: 'C',
      spells: 3,
      days: 5,
      score: 45,
      band: 'low',
    });
  });

  it('bands at their edges: < 50 low, 50–124 monitor, 125–249 formal review, ≥ 250 critical', () => {
    expect([0, 49, 49.99].map(bradfordBand)).toEqual(['low', 'low', 'low']);
    expect([50, 124].map(bradfordBand)).toEqual(['monitor', 'monitor']);
    expect([125, 249].map(bradfordBand)).toEqual(['formal_review', 'formal_review']);
    expect([250, 10_000].map(bradfordBand)).toEqual(['critical', 'critical']);
  });
});
