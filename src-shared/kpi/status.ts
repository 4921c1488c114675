import { kpiDefinition } from './definitions/registry';
import type { KpiKey } from './result';

export type KpiStatus = 'green' | 'amber' | 'red';

/**
 * KPIS.md § Client targets: green at or better than target, amber within 10 % of it, red beyond.
 * "Within 10 %" is relative to the target (target 85 %: amber from 76.5 %). No value or no target: null.
 */
export function kpiStatus(key: KpiKey, value: number | null, target: number | null): KpiStatus | null {
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
