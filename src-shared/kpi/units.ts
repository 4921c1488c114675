import type { KpiKey, KpiResult, KpiUnit } from './result';

/** The unit of each KPI (KPIS.md § The KPIs). */
export const KPI_UNITS: Record<KpiKey, KpiUnit> = {
  efficiency: '%',
  performance: '%',
  availability: '%',
  quality_rate: '%',
  oee: '%',
  ppm: 'ppm',
  dpmo: 'dpmo',
  fpy: '%',
  rty: '%',
  otd: '%',
  true_otd: '%',
  wip_aging: 'days',
  hold_aging: 'days',
  absenteeism: '%',
};

/** "No data": the KPI had no rows in the scope or group, or the dimension does not apply to it. */
export function noData(key: KpiKey): KpiResult {
  return {
    value: null,
    numerator: 0,
    denominator: 0,
    unit: KPI_UNITS[key],
    rows: 0,
    inferred_rows: 0,
    estimated: false,
    confidence: 1,
    warnings: [],
  };
}
