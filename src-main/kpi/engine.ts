import { localIsoDate } from '../../src-shared/domain/plant-clock';
import type { KpiFamilyName } from '../../src-shared/kpi/definition';
import { KPI_DEFINITIONS, kpiDefinition } from '../../src-shared/kpi/definitions/registry';
import type { KpiQuery, KpiReport, KpiSet } from '../../src-shared/kpi/report';
import { KPI_KEYS, type KpiKey } from '../../src-shared/kpi/result';
import { noData } from '../../src-shared/kpi/units';
import type { ReadConnection } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';
import { agingFamily } from './aging/aging-family';
import { attendanceFamily } from './attendance/attendance-family';
import { SCOPE_CLIENTS } from './client-reads';
import { deliveryFamily } from './delivery/delivery-family';
import type { KpiFamily, PartialKpis } from './family';
import { type KpiSource, kpiContext } from './kpi-context';
import { productionFamily } from './production/production-family';
import { qualityFamily } from './quality/quality-family';

/** Each family of the KPI definitions (their `family`) and what runs it. */
export const KPI_FAMILIES: { readonly [F in KpiFamilyName]: KpiFamily } = {
  production: productionFamily,
  quality: qualityFamily,
  delivery: deliveryFamily,
  aging: agingFamily,
  attendance: attendanceFamily,
};

/** The families in the order they run (their KPIs' dashboard order). */
const FAMILY_ORDER: readonly KpiFamilyName[] = [...new Set(KPI_DEFINITIONS.map((d) => d.family))];

function complete(partial: PartialKpis): KpiSet {
  return Object.fromEntries(KPI_KEYS.map((key) => [key, partial[key] ?? noData(key)])) as KpiSet;
}

/** Today on the plant's clock (this PC's time zone) as `YYYY-MM-DD`: the default as-of date. */
export function todayIso(now = new Date()): string {
  return localIsoDate(now);
}

/**
 * Computes every KPI of KPIS.md for a scope, once: the dashboard, trends, exports and the CLI all
 * call this, so a number shown in two places is the same number.
 */
export function computeKpis(
  db: ReadConnection,
  scope: Scope,
  query: KpiQuery,
  /** Only these KPIs are needed (a trend): other families are skipped and report no data. */
  only?: readonly KpiKey[],
  source: KpiSource = 'auto',
): KpiReport {
  const asOf = query.asOf ?? todayIso();
  const ctx = kpiContext(
    db,
    scope,
    {
      clientIds: query.clientIds,
      from: query.from,
      to: query.to,
      asOf,
      by: query.by ?? null,
      shift: query.shift ?? null,
    },
    source,
  );
  const total: PartialKpis = {};
  const groups = new Map<string, PartialKpis>();
  const bradford = [];
  for (const family of FAMILY_ORDER) {
    // A one-KPI request (a trend) runs only that KPI's family.
    if (only && !only.some((key) => kpiDefinition(key).family === family)) continue;
    const output = KPI_FAMILIES[family](ctx);
    Object.assign(total, output.total);
    for (const [key, kpis] of output.groups) groups.set(key, { ...groups.get(key), ...kpis });
    if (output.bradford) bradford.push(...output.bradford);
  }
  // "Every client" of an ADMIN or POWERUSER scope: the scope's client table, like any read.
  const clients = ctx.clients ?? ctx.run(SCOPE_CLIENTS, null).map((r) => r.client_id);
  return {
    scope: {
      clients: [...clients].sort(),
      from: query.from,
      to: query.to,
      as_of: asOf,
      by: query.by ?? null,
      ...(query.shift ? { shift: query.shift } : {}),
    },
    kpis: complete(total),
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, kpis]) => ({ key, kpis: complete(kpis) })),
    bradford: bradford.sort((a, b) => b.score - a.score || a.employee_id.localeCompare(b.employee_id)),
  };
}
