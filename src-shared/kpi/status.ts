import type { KpiKey } from './result';

export type KpiStatus = 'green' | 'amber' | 'red';

/** KPIs where a lower value is better; every other KPI is better higher. */
const LOWER_IS_BETTER: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'ppm',
  'dpmo',
  'absenteeism',
  'wip_aging',
  'hold_aging',
]);

/** The client_config column holding each KPI's target; KPIs without one get no colour. */
export const TARGET_COLUMNS: Partial<Record<KpiKey, string>> = {
  efficiency: 'efficiency_target',
  performance: 'performance_target',
  availability: 'availability_target',
  oee: 'oee_target',
  fpy: 'fpy_target',
  ppm: 'ppm_target',
  otd: 'otd_target',
  true_otd: 'otd_target',
  absenteeism: 'absenteeism_target',
  wip_aging: 'wip_aging_threshold_days',
};

/**
 * KPIS.md § Client targets: green at or better than target, amber within 10 % of it, red beyond.
 * "Within 10 %" is relative to the target (target 85 %: amber from 76.5 %). No value or no target: null.
 */
export function kpiStatus(key: KpiKey, value: number | null, target: number | null): KpiStatus | null {
  if (value === null || target === null) return null;
  const lower = LOWER_IS_BETTER.has(key);
  if (lower ? value <= target : value >= target) return 'green';
  const margin = Math.abs(target) * 0.1;
  return (lower ? value <= target + margin : value >= target - margin) ? 'amber' : 'red';
}

/** True when a lower value of the KPI is better (for charts' colour scales and arrows). */
export function lowerIsBetter(key: KpiKey): boolean {
  return LOWER_IS_BETTER.has(key);
}
