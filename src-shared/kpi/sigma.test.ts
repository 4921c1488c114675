import { describe, expect, it } from 'vitest';
import { inverseNormalCdf, SIGMA_CAP, sigmaLevel } from './sigma';

// Reference quantiles computed with mpmath at 60 digits for the exact double value of each p, then
// rounded to the nearest double
// (sqrt(2)·erfinv(2p − 1), or in the far tail a root of ln Φ(z) = ln p).
const REFERENCE: readonly [number, number][] = [
  [0.5, 0],
  [0.975, 1.9599639845400538],
  [0.3, -0.5244005127080408],
  [0.1, -1.2815515655446004],
  [0.425, -0.18911842627279252],
  [0.075, -1.439531470938456],
  [0.925, 1.4395314709384561],
  [0.02425, -1.972961051311885],
  [0.97575, 1.972961051311885],
  [0.99379, 2.4999809070915493],
  [0.9937903346742238, 2.4999999999999987],
  [1e-5, -4.264890793922825],
  [3e-7, -4.991217139907698],
  [0.999999998, 5.884193350296415],
  [1e-10, -6.361340902404057],
  [1e-16, -8.222082216130435],
  [1e-20, -9.262340089798407],
  [1e-300, -37.0470962993612],
];

describe('inverseNormalCdf (AS 241)', () => {
  it('matches high-precision quantiles to 1e-9 (in fact to about 1e-14) in every region', () => {
    for (const [p, z] of REFERENCE) {
      expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThan(1e-9);
      expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThan(1e-13 * Math.max(1, Math.abs(z)));
    }
  });

  it('is odd around 0.5 and monotonic', () => {
    for (const p of [0.001, 0.01, 0.2, 0.4, 0.49])
      expect(inverseNormalCdf(1 - p)).toBeCloseTo(-inverseNormalCdf(p), 12);
    let previous = Number.NEGATIVE_INFINITY;
    for (let p = 1e-6; p < 1; p += 0.00731) {
      const z = inverseNormalCdf(p);
      expect(z).toBeGreaterThan(previous);
      previous = z;
    }
  });

  it('is ±∞ at 0 and 1 and NaN outside [0, 1]', () => {
    expect(inverseNormalCdf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseNormalCdf(1)).toBe(Number.POSITIVE_INFINITY);
    expect(inverseNormalCdf(-0.1)).toBeNaN();
    expect(inverseNormalCdf(1.1)).toBeNaN();
    expect(inverseNormalCdf(Number.NaN)).toBeNaN();
  });
});

describe('sigmaLevel', () => {
  it('worked example: 6,210 DPMO → 4.00', () => {
    expect(sigmaLevel(6210)).toBeCloseTo(3.9999809070915524, 12);
    expect(sigmaLevel(6210)?.toFixed(2)).toBe('4.00');
  });

  it('15 defects of 23,500 opportunities (638.30 DPMO) → 4.7212', () => {
    expect(sigmaLevel((15 / 23_500) * 1e6)).toBeCloseTo(4.721189799776726, 12);
  });

  it('3.4 DPMO is about 6; fewer, and 0, are capped at 6.0', () => {
    expect(sigmaLevel(3.4)).toBeCloseTo(5.9998544700250065, 10);
    expect(sigmaLevel(1)).toBe(SIGMA_CAP);
    expect(sigmaLevel(0)).toBe(SIGMA_CAP);
  });

  it('has no level at or above 10⁶ DPMO, nor for no data', () => {
    expect(sigmaLevel(999_999)).toBeLessThan(-3);
    expect(sigmaLevel(1_000_000)).toBeNull();
    expect(sigmaLevel(2_500_000)).toBeNull();
    expect(sigmaLevel(null)).toBeNull();
    expect(sigmaLevel(-1)).toBeNull();
  });
});
