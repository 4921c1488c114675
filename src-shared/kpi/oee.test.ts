import { describe, expect, it } from 'vitest';
import { oeeResult } from './oee';
import type { KpiResult } from './result';

function factor(value: number | null, extra: Partial<KpiResult> = {}): KpiResult {
  return {
    value,
    numerator: 0,
    denominator: 0,
    unit: '%',
    rows: 1,
    inferred_rows: 0,
    estimated: false,
    confidence: 1,
    warnings: [],
    ...extra,
  };
}

describe('oeeResult', () => {
  it('worked example: A 90 %, P 90 %, Q 90 % → 72.90 %', () => {
    const r = oeeResult(factor(90), factor(90), factor(90));
    expect(r.value).toBeCloseTo(72.9, 12);
    expect(r.details).toEqual({ factors: { availability: 90, performance: 90, quality_rate: 90 } });
  });

  it('caps performance and quality at 100, keeping their warnings', () => {
    const r = oeeResult(factor(90), factor(113.64, { warnings: ['verify_inputs'] }), factor(100));
    expect(r.value).toBeCloseTo(90, 12);
    expect(r.warnings).toEqual(['verify_inputs']);
  });

  it('is null when any factor is null', () => {
    expect(oeeResult(factor(null), factor(90), factor(90)).value).toBeNull();
    expect(oeeResult(factor(90), factor(null), factor(90)).value).toBeNull();
    expect(oeeResult(factor(90), factor(90), factor(null)).value).toBeNull();
    const r = oeeResult(factor(null, { warnings: ['downtime_without_production'] }), factor(90), factor(90));
    expect(r.warnings).toEqual(['downtime_without_production']);
  });

  it('merges the factors’ provenance', () => {
    const r = oeeResult(
      factor(90, { rows: 4, inferred_rows: 2, estimated: true, confidence: 0.5 }),
      factor(90, { rows: 2, inferred_rows: 1, estimated: true, confidence: 0.7 }),
      factor(90, { rows: 2 }),
    );
    expect(r).toMatchObject({ rows: 8, inferred_rows: 3, estimated: true });
    expect(r.confidence).toBeCloseTo((2 + 1.4 + 2) / 8, 12);
  });
});
