import { type KpiResultOf, type RowStats, withProvenance } from './result';

/** One operation's first-pass counts within the scope or group; `operation` null = blank (not recorded). */
export interface OperationYield {
  operation: string | null;
  passed: number;
  inspected: number;
}

/**
 * RTY = Π over the distinct operations (`operation_checked`) of each operation's FPY (KPIS.md #7): one
 * operation gives RTY = FPY. Decisions:
 * - The operations are those of the entries that feed FPY; entries with a blank operation_checked
 *   (empty or NULL) form one unnamed operation: dropping them would lose inspections, and with no
 *   operation recorded at all RTY is then FPY rather than "no data". Names are compared as stored.
 * - An operation with 0 units inspected has no yield, so RTY is null (as OEE is null when a factor is):
 *   treating it as 100 % would inflate the product. `details.operations` shows which one.
 * - A product has no ratio of sums: `numerator` is the product of the yields as a fraction and
 *   `denominator` is 1 (0 and 0 when null); each factor is in `details.operations`.
 */
export function rtyResult(operations: readonly OperationYield[], stats: RowStats): KpiResultOf<'rty'> {
  const sorted = [...operations].sort((a, b) => (a.operation ?? '').localeCompare(b.operation ?? ''));
  const factors = sorted.map((op) => ({
    operation: op.operation,
    passed: op.passed,
    inspected: op.inspected,
    fpy: op.inspected > 0 ? (op.passed / op.inspected) * 100 : null,
  }));
  const known = sorted.length > 0 && sorted.every((op) => op.inspected > 0);
  const product = known ? sorted.reduce((acc, op) => acc * (op.passed / op.inspected), 1) : null;
  return withProvenance(
    {
      value: product === null ? null : product * 100,
      numerator: product ?? 0,
      denominator: product === null ? 0 : 1,
      unit: '%',
    },
    stats,
    [],
    { operations: factors },
  );
}
