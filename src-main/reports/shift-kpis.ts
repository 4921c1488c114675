import type { KpiKey } from '../../src-shared/kpi/result';

/**
 * The KPIs a shift has (KPIS.md § KPIs per dimension, the `shift` column): OTD and the aging KPIs
 * have no shift, so a shift report leaves them out rather than printing "no data" for them.
 */
export const SHIFT_KPIS: readonly KpiKey[] = [
  'efficiency',
  'performance',
  'availability',
  'quality_rate',
  'oee',
  'ppm',
  'dpmo',
  'fpy',
  'rty',
  'absenteeism',
];
