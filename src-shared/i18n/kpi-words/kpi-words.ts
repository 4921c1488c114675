import type { KpiKey } from '../../kpi/result';

/** A language's KPI names: every KPI, long and short; one missing is a compile error. */
export type KpiWords = {
  name: Record<KpiKey, string>;
  short: Record<KpiKey, string>;
};
