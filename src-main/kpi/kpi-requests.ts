import type { ChannelName, ParsedRequestOf, ResponseOf } from '../../src-shared/contract';
import type { ReadConnection } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';
import { breakdown, compareClients, dashboard, trend } from './dashboard-service';
import { computeKpis } from './engine';

/** The KPI channels of the contract: what the KPI reader (a worker in the app) answers. */
export type KpiChannel = Extract<ChannelName, `kpi.${string}`>;

/** Runs one KPI request on a connection, typed by the contract's channel; the worker and inline readers share it. */
export function runKpiRequest<K extends KpiChannel>(
  db: ReadConnection,
  scope: Scope,
  channel: K,
  input: ParsedRequestOf<K>,
): ResponseOf<K> {
  const answers: { [P in KpiChannel]: (q: ParsedRequestOf<P>) => ResponseOf<P> } = {
    'kpi.report': (q) => computeKpis(db, scope, q),
    'kpi.dashboard': (q) => dashboard(db, scope, q),
    'kpi.trend': (q) => trend(db, scope, q),
    'kpi.breakdown': (q) => breakdown(db, scope, q),
    'kpi.compare': (q) => compareClients(db, scope, q),
  };
  return answers[channel](input);
}
