import type { ClientComparison } from '../../../src-shared/kpi/dashboard';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { lowerIsBetter } from '../../../src-shared/kpi/status';

/**
 * Clients worst first on a KPI: highest first where lower is better (PPM, absenteeism, ages),
 * lowest first otherwise; clients with no data last, then by id so the order is stable.
 */
export function worstFirst(kpi: KpiKey, rows: readonly ClientComparison[]): ClientComparison[] {
  const sign = lowerIsBetter(kpi) ? -1 : 1;
  return [...rows].sort((a, b) => {
    const av = a.result.value;
    const bv = b.result.value;
    if (av === null || bv === null) {
      if (av !== bv) return av === null ? 1 : -1;
      return a.client_id.localeCompare(b.client_id);
    }
    return sign * (av - bv) || a.client_id.localeCompare(b.client_id);
  });
}
