import { describe, expect, it } from 'vitest';
import { dpmoResult } from './dpmo';
import { fpyResult } from './fpy';
import { ppmResult } from './ppm';
import { NO_ROWS, type RowStats } from './result';
import { rtyResult } from './rty';

const ONE: RowStats = { rows: 1, inferredRows: 0, confidenceSum: 1 };

describe('PPM', () => {
  it('worked example: 5 defective of 500 inspected → 10,000', () => {
    expect(ppmResult(5, 500, ONE)).toMatchObject({
      value: 10_000,
      numerator: 5,
      denominator: 500,
      unit: 'ppm',
      details: { skipped: 0 },
    });
  });

  it('no units inspected → null', () => {
    expect(ppmResult(0, 0, NO_ROWS).value).toBeNull();
  });
});

describe('DPMO', () => {
  it('worked example: 15 defects; 500 × 47 opportunities → 638.30, sigma in details', () => {
    const result = dpmoResult(15, 500 * 47, ONE);
    expect(result.value).toBeCloseTo(638.2978723404, 9);
    expect(result.unit).toBe('dpmo');
    expect(result.details?.sigma).toBeCloseTo(4.72119, 5);
    expect(result.warnings).toEqual([]);
  });

  it('estimated with the mean confidence of its rows', () => {
    expect(dpmoResult(1, 100, { rows: 4, inferredRows: 1, confidenceSum: 3.5 })).toMatchObject({
      estimated: true,
      inferred_rows: 1,
      confidence: 0.875,
    });
  });

  it('no opportunities → null value and null sigma', () => {
    expect(dpmoResult(0, 0, NO_ROWS)).toMatchObject({ value: null, details: { sigma: null } });
  });

  it('above 10⁶ → kept, flagged verify_inputs, no sigma', () => {
    expect(dpmoResult(3, 2, ONE)).toMatchObject({
      value: 1_500_000,
      warnings: ['verify_inputs'],
      details: { sigma: null },
    });
  });
});

describe('FPY', () => {
  it('worked example: 88 passed of 100 → 88.00 %', () => {
    expect(fpyResult(88, 100, ONE)).toMatchObject({ value: 88, unit: '%' });
  });

  it('no units inspected → null', () => {
    expect(fpyResult(0, 0, NO_ROWS).value).toBeNull();
  });
});

describe('RTY', () => {
  it('worked example: operations with FPY 98 %, 95 %, 97 % → 90.31 %', () => {
    const result = rtyResult(
      [
        { operation: 'A', passed: 98, inspected: 100 },
        { operation: 'B', passed: 95, inspected: 100 },
        { operation: 'C', passed: 97, inspected: 100 },
      ],
      { rows: 3, inferredRows: 0, confidenceSum: 3 },
    );
    expect(result.value).toBeCloseTo(90.307, 10);
    expect(result).toMatchObject({ denominator: 1, unit: '%', rows: 3 });
    expect(result.details?.operations).toEqual([
      { operation: 'A', passed: 98, inspected: 100, fpy: 98 },
      { operation: 'B', passed: 95, inspected: 100, fpy: 95 },
      { operation: 'C', passed: 97, inspected: 100, fpy: 97 },
    ]);
  });

  it('one operation: RTY = FPY', () => {
    expect(rtyResult([{ operation: 'A', passed: 44, inspected: 50 }], ONE).value).toBeCloseTo(88, 12);
  });

  it('no operation, or one with nothing inspected → null', () => {
    expect(rtyResult([], NO_ROWS)).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(
      rtyResult(
        [
          { operation: 'A', passed: 9, inspected: 10 },
          { operation: 'B', passed: 0, inspected: 0 },
        ],
        ONE,
      ),
    ).toMatchObject({ value: null, denominator: 0 });
  });
});
