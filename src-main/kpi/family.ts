import type { BradfordRow, KpiSet } from '../../src-shared/kpi/report';
import type { KpiContext } from './kpi-context';

export type PartialKpis = Partial<KpiSet>;

/** What one family of KPIs (production, quality, delivery, …) answers for a query. */
export interface FamilyOutput {
  /** The KPIs over the whole scope. */
  total: PartialKpis;
  /** Per group key (only when the query has `by`); a key appears when it has at least one row. */
  groups: Map<string, PartialKpis>;
  /** Per-employee Bradford factors (attendance family only). */
  bradford?: BradfordRow[];
}

/** A family computes its KPIs with a few SQL aggregates and the pure formulas of src-shared/kpi. */
export type KpiFamily = (ctx: KpiContext) => FamilyOutput;
