import type {
  Breakdown,
  BreakdownKind,
  ClientComparison,
  Dashboard,
  Trend,
} from '../../src-shared/kpi/dashboard';
import type { KpiQuery, KpiReport } from '../../src-shared/kpi/report';
import type { KpiKey } from '../../src-shared/kpi/result';
import type { ReadConnection } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';
import { breakdown, compareClients, dashboard, trend } from './dashboard-service';
import { computeKpis } from './engine';

/** What each KPI request takes… */
export interface KpiRequests {
  report: KpiQuery;
  dashboard: KpiQuery;
  trend: KpiQuery & { kpi: KpiKey; by: Trend['by'] };
  breakdown: KpiQuery & { kind: BreakdownKind; limit: number };
  compare: KpiQuery & { kpi: KpiKey };
}

/** …and what it answers. */
export interface KpiResponses {
  report: KpiReport;
  dashboard: Dashboard;
  trend: Trend;
  breakdown: Breakdown;
  compare: ClientComparison[];
}

export type KpiRequestKind = keyof KpiRequests;

/** Runs one KPI request on a connection; the same function serves the worker and inline readers. */
export function runKpiRequest<K extends KpiRequestKind>(
  db: ReadConnection,
  scope: Scope,
  kind: K,
  query: KpiRequests[K],
): KpiResponses[K] {
  const answers: { [P in KpiRequestKind]: (q: KpiRequests[P]) => KpiResponses[P] } = {
    report: (q) => computeKpis(db, scope, q),
    dashboard: (q) => dashboard(db, scope, q),
    trend: (q) => trend(db, scope, q),
    breakdown: (q) => breakdown(db, scope, q),
    compare: (q) => compareClients(db, scope, q),
  };
  return answers[kind](query);
}
