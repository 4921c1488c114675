/** Significant digits to which a KPI read from rollups must equal the same KPI read from raw rows. */
export const SIGNIFICANT_DIGITS = 10;

function sameNumber(a: number, b: number, digits: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return (
    Number(a.toPrecision(digits)) === Number(b.toPrecision(digits)) ||
    Math.abs(a - b) <= 10 ** -digits * Math.max(Math.abs(a), Math.abs(b))
  );
}

/**
 * Where two values (two KPI reports, or any JSON-like values) differ, as `path: a ≠ b` lines:
 * numbers are compared to `digits` significant digits, everything else exactly.
 */
export function differences(a: unknown, b: unknown, digits = SIGNIFICANT_DIGITS, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number')
    return sameNumber(a, b, digits) ? [] : [`${path}: ${a} ≠ ${b}`];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: ${a.length} items ≠ ${b.length}`];
    return a.flatMap((item, i) => differences(item, b[i], digits, `${path}[${i}]`));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        digits,
        path ? `${path}.${key}` : key,
      ),
    );
  }
  return Object.is(a, b) ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}
