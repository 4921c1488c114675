import { describe, expect, it } from 'vitest';
import { qualityRateResult } from './quality-rate';

describe('qualityRateResult', () => {
  it('Σ(produced − defective) / Σ produced × 100', () => {
    const r = qualityRateResult({
      goodUnits: 90 + 45,
      units: 100 + 50,
      stats: { rows: 2, inferredRows: 0, confidenceSum: 2 },
      skipped: 1,
    });
    expect(r.value).toBeCloseTo(90, 12);
    expect(r).toMatchObject({
      numerator: 135,
      denominator: 150,
      estimated: false,
      confidence: 1,
      details: { skipped: 1 },
    });
  });

  it('no units produced → null', () => {
    expect(
      qualityRateResult({
        goodUnits: 0,
        units: 0,
        stats: { rows: 1, inferredRows: 0, confidenceSum: 1 },
        skipped: 0,
      }).value,
    ).toBeNull();
  });
});
