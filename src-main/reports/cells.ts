import type { KpiStatus } from '../../src-shared/kpi/status';
import type { Cell, NumberKind } from '../../src-shared/reports/report-document';

/** Cell constructors, so section builders read as tables. */
export const text = (v: string | null | undefined): Cell => ({ t: 'text', v: v ?? '' });
export const num = (v: number | null | undefined, k: NumberKind, estimated = false): Cell =>
  estimated ? { t: 'num', v: v ?? null, k, estimated } : { t: 'num', v: v ?? null, k };
/** A target: blank ("—") when the KPI has none, never "No data". */
export const target = (v: number | null, k: NumberKind): Cell => ({ t: 'num', v, k, blank: true });
export const date = (v: string | null | undefined): Cell => ({ t: 'date', v: v ?? null });
export const status = (v: KpiStatus | null): Cell => ({ t: 'status', v });
