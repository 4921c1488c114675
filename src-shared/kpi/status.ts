import { kpiDefinition } from './definitions/registry';
import type { KpiKey } from './result';

/** `check`: the value is above a ceiling it cannot really pass (issue 9, rule 4): the data is wrong, not the line good. */
export type KpiStatus = 'green' | 'amber' | 'red' | 'check';

/**
 * The percentages whose 100 % is a ceiling: output cannot beat its ideal cycle time for long, and no
 * more units pass or are good than were made. Above it, an input is wrong (KPIS.md: `verify_inputs`).
 */
export const CEILING_100: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'efficiency',
  'performance',
  'fpy',
  'rty',
  'quality_rate',
  'availability',
  'oee',
]);

/** True when a value is above its KPI's 100 % ceiling. */
export function aboveCeiling(key: KpiKey, value: number | null): boolean {
  return value !== null && value > 100 && CEILING_100.has(key);
}

/**
 * KPIS.md § Client targets: green at or better than target, amber within 10 % of it, red beyond.
 * "Within 10 %" is relative to the target (target 85 %: amber from 76.5 %). No value: null; no
 * target: null too, except that a value above its 100 % ceiling is always `check` (never green).
 */
export function kpiStatus(key: KpiKey, value: number | null, target: number | null): KpiStatus | null {
  if (aboveCeiling(key, value)) return 'check';
  if (value === null || target === null) return null;
  const lower = lowerIsBetter(key);
  if (lower ? value <= target : value >= target) return 'green';
  const margin = Math.abs(target) * 0.1;
  return (lower ? value <= target + margin : value >= target - margin) ? 'amber' : 'red';
}

/** True when a lower value of the KPI is better (for charts' colour scales and arrows). */
export function lowerIsBetter(key: KpiKey): boolean {
  return kpiDefinition(key).better === 'lower';
}
