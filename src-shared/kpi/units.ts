import { kpiDefinition } from './definitions/registry';
import type { KpiKey, KpiResult } from './result';

/** "No data": the KPI had no rows in the scope or group, or the dimension does not apply to it. */
export function noData(key: KpiKey): KpiResult<never> {
  return {
    value: null,
    numerator: 0,
    denominator: 0,
    unit: kpiDefinition(key).unit,
    rows: 0,
    inferred_rows: 0,
    estimated: false,
    confidence: 1,
    warnings: [],
  };
}
