import { daysInRange } from '../../src-shared/domain/calendar';
import { AGING_BUCKETS } from '../../src-shared/kpi/aging-buckets';
import type {
  Breakdown,
  BreakdownKind,
  ClientComparison,
  Dashboard,
  KpiCard,
  Trend,
} from '../../src-shared/kpi/dashboard';
import type { KpiQuery } from '../../src-shared/kpi/report';
import { KPI_KEYS, type KpiKey } from '../../src-shared/kpi/result';
import { kpiStatus } from '../../src-shared/kpi/status';
import { noData } from '../../src-shared/kpi/units';
import type { ReadConnection } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';
import { scopedTables } from '../tenancy/scoped-tables';
import { absenceByType, defectsByType, downtimeByReason } from './breakdowns/cause-breakdowns';
import { SCOPE_CLIENTS } from './client-reads';
import { chronicHolds, topLateOrders } from './delivery/late-orders';
import { computeKpis, todayIso } from './engine';
import { kpiContext, runKpiQuery } from './kpi-context';
import { topDrivers } from './production/production-drivers';
import { targetsFor } from './targets';

/** Every KPI card of a scope, with target, colour and a sparkline from one grouped run of the engine. */
export function dashboard(db: ReadConnection, scope: Scope, query: KpiQuery): Dashboard {
  const trendBy = daysInRange(query.from, query.to) <= 62 ? 'day' : 'week';
  // One grouped run gives both: every row has a shift date, so the totals are the same rows as
  // an ungrouped run's (the bench measured one run instead of two: 1.58 s → 0.93 s at scale 10).
  const report = computeKpis(db, scope, { ...query, by: trendBy });
  const trend = report;
  const targets = targetsFor(db, scope, query.clientIds?.length ? query.clientIds : null).scope;
  const cards = KPI_KEYS.map((key): KpiCard => {
    const status = kpiStatus(key, report.kpis[key].value, targets[key] ?? null);
    const card: KpiCard = {
      key,
      result: report.kpis[key],
      target: targets[key] ?? null,
      status,
      trend: trend.groups.map((g) => ({ key: g.key, result: g.kpis[key] })),
    };
    // Above its ceiling, the card says which rows to check (issue 9, rule 4).
    if (status === 'check' && (key === 'performance' || key === 'efficiency')) {
      const ctx = kpiContext(db, scope, { ...query, asOf: query.asOf ?? todayIso(), by: null });
      card.drivers = topDrivers(ctx, key, DRIVER_ROWS);
    }
    return card;
  });
  return { scope: { ...report.scope, by: null }, trendBy, cards, bradford: report.bradford };
}

/** How many rows a "check the data" card names. */
const DRIVER_ROWS = 3;

/** One KPI over time (day, ISO week or month) for its drill-down chart. */
export function trend(
  db: ReadConnection,
  scope: Scope,
  query: KpiQuery & { kpi: KpiKey; by: Trend['by'] },
): Trend {
  const report = computeKpis(db, scope, query, [query.kpi]);
  const targets = targetsFor(db, scope, query.clientIds?.length ? query.clientIds : null).scope;
  return {
    kpi: query.kpi,
    by: query.by,
    target: targets[query.kpi] ?? null,
    points: report.groups.map((g) => ({ key: g.key, result: g.kpis[query.kpi] })),
  };
}

/** One KPI for each of the user's clients side by side, each against its own target. */
export function compareClients(
  db: ReadConnection,
  scope: Scope,
  query: KpiQuery & { kpi: KpiKey },
): ClientComparison[] {
  const report = computeKpis(db, scope, { ...query, by: 'client' }, [query.kpi]);
  const targets = targetsFor(db, scope, report.scope.clients);
  const names = new Map(
    runKpiQuery(db, scopedTables(scope, report.scope.clients), SCOPE_CLIENTS, null).map((r) => [
      r.client_id,
      r.client_name ?? r.client_id,
    ]),
  );

  const byClient = new Map(report.groups.map((g) => [g.key, g.kpis[query.kpi]]));
  return report.scope.clients.map((clientId) => {
    // Every KPI groups by client: a client without a group had no rows, which is "no data".
    const result = byClient.get(clientId) ?? noData(query.kpi);
    const target = targets.get(clientId)?.[query.kpi] ?? null;
    return {
      client_id: clientId,
      client_name: names.get(clientId) ?? clientId,
      result,
      target,
      status: kpiStatus(query.kpi, result.value, target),
    };
  });
}

/** The dashboard's drill-downs: Paretos, WIP buckets, late orders, chronic holds, Bradford list. */
export function breakdown(
  db: ReadConnection,
  scope: Scope,
  query: KpiQuery & { kind: BreakdownKind; limit: number },
): Breakdown {
  const ctx = kpiContext(db, scope, { ...query, asOf: query.asOf ?? todayIso(), by: null });
  switch (query.kind) {
    case 'downtime_by_reason':
      return { kind: query.kind, unit: 'hours', rows: downtimeByReason(ctx).slice(0, query.limit) };
    case 'defects_by_type':
      return { kind: query.kind, unit: 'defects', rows: defectsByType(ctx).slice(0, query.limit) };
    case 'absence_by_type':
      return { kind: query.kind, unit: 'hours', rows: absenceByType(ctx).slice(0, query.limit) };
    case 'wip_buckets': {
      const buckets = computeKpis(db, scope, query, ['wip_aging']).kpis.wip_aging.details?.buckets;
      const rows = buckets ? AGING_BUCKETS.map(({ key }) => ({ bucket: key, orders: buckets[key] })) : [];
      return { kind: query.kind, rows };
    }
    case 'late_orders':
      return { kind: query.kind, rows: topLateOrders(ctx, query.limit) };
    case 'chronic_holds':
      return { kind: query.kind, rows: chronicHolds(ctx).slice(0, query.limit) };
    case 'bradford':
      return {
        kind: query.kind,
        rows: computeKpis(db, scope, query, ['absenteeism']).bradford.slice(0, query.limit),
      };
  }
}
