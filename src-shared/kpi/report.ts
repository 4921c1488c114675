import type { ShiftType } from '../domain/enums';
import type { Dimension } from './dimensions';
import type { KpiKey, KpiResultOf } from './result';

/** What a caller asks of the engine. Dates are `YYYY-MM-DD`; the range is inclusive. */
export interface KpiQuery {
  /** Clients asked for; empty or absent = all of the user's clients. */
  clientIds?: readonly string[];
  from: string;
  to: string;
  /** WIP aging, hold aging and OTD's overdue test use it; default today. */
  asOf?: string;
  by?: Dimension;
  /**
   * Only this shift type's rows of each date (the dashboard's "This shift": from = to = the running
   * shift's `shift_date`). Orders and holds have no shift: delivery and aging KPIs ignore it.
   */
  shift?: ShiftType;
}

/** Every KPI's result, each with its own details' type. */
export type KpiSet = { [K in KpiKey]: KpiResultOf<K> };

export interface BradfordRow {
  employee_id: string;
  employee_name: string | null;
  client_id: string;
  spells: number;
  days: number;
  score: number;
  band: 'low' | 'monitor' | 'formal_review' | 'critical';
}

/** The engine's answer: the CLI's `kpi --json` prints exactly this. */
export interface KpiReport {
  scope: {
    clients: string[];
    from: string;
    to: string;
    as_of: string;
    by: Dimension | null;
    /** Present when the query asked for one shift. */
    shift?: ShiftType;
  };
  kpis: KpiSet;
  groups: { key: string; kpis: KpiSet }[];
  bradford: BradfordRow[];
}
