/**
 * Six Sigma level of a DPMO (KPIS.md § The KPIs, DPMO): sigma = Φ⁻¹(1 − DPMO/10⁶) + 1.5, at most 6.
 *
 * Φ⁻¹ is Wichura's algorithm AS 241 (PPND16, Applied Statistics 37 (1988) 477–484): three rational
 * approximations, accurate to about 1 part in 10¹⁶, with no iteration and no erf() (JavaScript has none).
 */

/** The conventional 1.5σ long-term shift of the sigma scale. */
export const SIGMA_SHIFT = 1.5;
/** The top of the scale: 3.4 DPMO or fewer, defect-free included, is "six sigma". */
export const SIGMA_CAP = 6;

// Coefficients lowest degree first: the published 20-digit values rounded to the nearest double
// (a double holds no more). For p close to 0.5:
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
// p not close to 0, 0.5 or 1:
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
// p or 1 − p below e^−25 (about 1.4e-11):
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** Horner evaluation of a polynomial whose coefficients are lowest degree first. */
function poly(coefficients: readonly number[], x: number): number {
  let y = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) y = y * x + (coefficients[i] ?? 0);
  return y;
}

/** Φ⁻¹(p), the standard normal quantile (AS 241); −∞ at 0, +∞ at 1, NaN outside [0, 1]. */
export function inverseNormalCdf(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  // The tail is computed from the smaller of p and 1 − p, so no precision is lost near 1.
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const x = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
  return q < 0 ? -x : x;
}

/**
 * Sigma level of a DPMO, at most 6.0. Decisions: DPMO 0 (no defect at all) → 6.0, the cap, since
 * Φ⁻¹(1) is +∞; DPMO ≥ 10⁶ → null: no opportunity was defect-free (Φ⁻¹(0) = −∞), and above 10⁶
 * the inputs are inconsistent (more defects than opportunities), so there is no level to show.
 * A null DPMO (no data) has no sigma either.
 */
export function sigmaLevel(dpmo: number | null): number | null {
  if (dpmo === null || Number.isNaN(dpmo) || dpmo < 0 || dpmo >= 1_000_000) return null;
  return Math.min(inverseNormalCdf(1 - dpmo / 1_000_000) + SIGMA_SHIFT, SIGMA_CAP);
}
