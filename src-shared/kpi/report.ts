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
  scope: { clients: string[]; from: string; to: string; as_of: string; by: Dimension | null };
  kpis: KpiSet;
  groups: { key: string; kpis: KpiSet }[];
  bradford: BradfordRow[];
}
