import { AppError } from '../../src-shared/contract/errors';
import { KPI_KEYS, type KpiKey } from '../../src-shared/kpi/result';
import { kpiStatus } from '../../src-shared/kpi/status';
import { noData } from '../../src-shared/kpi/units';
import type { Cell, ReportDocument, TableSection } from '../../src-shared/reports/report-document';
import { kindOfUnit } from '../../src-shared/reports/report-format';
import { kpiNameKey, kpiShortKey } from '../../src-shared/reports/report-text';
import { SCOPE_CLIENTS } from '../kpi/client-reads';
import { computeKpis } from '../kpi/engine';
import { runKpiQuery } from '../kpi/kpi-context';
import { targetsFor } from '../kpi/targets';
import { scopedTables } from '../tenancy/scoped-tables';
import { num, status, target, text } from './cells';
import { estimatedReason, type KpiLine } from './kpi-table';
import type { ReportContext } from './report-context';
import { reportDocument } from './report-frame';

const STEPS = 3;

/** A matrix column's unit, in brackets after the KPI's short name: (%), (ppm), (days). */
function unitWord(key: KpiKey, t: ReportContext['t']): string {
  const unit = noData(key).unit;
  return `(${unit === 'days' ? t('unit.days') : unit})`;
}

/** Roles that see every client, and so may see the plant side by side. */
const PLANT_ROLES = new Set(['ADMIN', 'POWERUSER']);

/**
 * The plant summary: every client side by side, each against its own targets, and the plant's
 * total (ratio of sums over every client, as the engine gives it) against the mean target. The
 * numbers are one engine run grouped by client, as the dashboard's "Compare clients" uses.
 */
export function plantReport(ctx: ReportContext): ReportDocument {
  const { t, request } = ctx;
  if (!PLANT_ROLES.has(ctx.scope.role))
    throw new AppError('FORBIDDEN', 'Only an administrator or a power user may print the plant summary.');
  const report = computeKpis(ctx.db, ctx.scope, {
    from: request.from,
    to: request.to,
    asOf: ctx.asOf,
    by: 'client',
  });
  ctx.progress(1, STEPS);
  const targets = targetsFor(ctx.db, ctx.scope, report.scope.clients);
  const names = new Map(
    runKpiQuery(ctx.db, scopedTables(ctx.scope), SCOPE_CLIENTS, null).map((r) => [
      r.client_id,
      r.client_name,
    ]),
  );
  const groups = new Map(report.groups.map((g) => [g.key, g.kpis]));
  const clients = report.scope.clients.map((clientId) => ({
    clientId,
    name: names.get(clientId) ?? null,
    lines: KPI_KEYS.map((key): KpiLine => {
      const result = groups.get(clientId)?.[key] ?? noData(key);
      const target = targets.get(clientId)?.[key] ?? null;
      return { key, result, target, status: kpiStatus(key, result.value, target) };
    }),
  }));
  const total = KPI_KEYS.map((key): KpiLine => {
    const result = report.kpis[key];
    const target = targets.scope[key] ?? null;
    return { key, result, target, status: kpiStatus(key, result.value, target) };
  });
  ctx.progress(2, STEPS);

  const valueCell = (line: KpiLine): Cell =>
    num(line.result.value, kindOfUnit(line.result.unit), line.result.estimated);
  const matrix: TableSection = {
    type: 'table',
    id: 'plant-matrix',
    title: t('section.plant'),
    sheet: t('section.plant'),
    only: 'pdf',
    small: true,
    note: t('mark.legend'),
    columns: [
      { header: t('col.client'), width: 2.4 },
      ...KPI_KEYS.map((key: KpiKey) => ({
        header: `${t(kpiShortKey(key))} ${unitWord(key, t)}`,
        width: 1,
        align: 'right' as const,
      })),
    ],
    rows: [
      ...clients.map((c) => [
        text(c.name ? `${c.clientId} · ${c.name}` : c.clientId),
        ...c.lines.map((l) => withStatus(valueCell(l), l)),
      ]),
      [text(t('word.total')), ...total.map((l) => withStatus(valueCell(l), l))],
    ],
    empty: t('section.empty'),
  };
  const list: TableSection = {
    type: 'table',
    id: 'plant-list',
    title: t('section.plant'),
    sheet: t('section.plant'),
    only: 'xlsx',
    columns: [
      { header: t('col.client') },
      { header: t('col.clientName') },
      { header: t('col.kpi') },
      { header: t('col.value'), align: 'right' },
      { header: t('col.target'), align: 'right' },
      { header: t('col.status') },
      { header: t('col.estimated') },
      { header: t('col.confidence'), align: 'right' },
      { header: t('col.rows'), align: 'right' },
      { header: t('col.reason') },
    ],
    rows: [
      ...clients.map((c) => ({ id: c.clientId, name: c.name ?? '', lines: c.lines })),
      { id: t('word.total'), name: '', lines: total },
    ].flatMap((c) =>
      c.lines.map((l) => [
        text(c.id),
        text(c.name),
        text(t(kpiNameKey(l.key))),
        valueCell(l),
        target(l.target, kindOfUnit(l.result.unit)),
        status(l.status),
        text(l.result.estimated ? t('word.yes') : t('word.no')),
        num(l.result.confidence, 'confidence'),
        num(l.result.rows, 'integer'),
        text(estimatedReason(l, t)),
      ]),
    ),
    empty: t('section.empty'),
  };
  ctx.progress(3, STEPS);
  const estimated = total.some((l) => l.result.estimated);
  return {
    ...reportDocument(ctx, t('frame.allClients', { count: clients.length }), estimated, [matrix, list]),
    landscape: true,
  };
}

/**
 * A matrix cell: the bare number (the column's header names the KPI and its unit is the KPI's) and
 * its status as a mark (✓ ! ✗), since the page is read in black and white.
 */
function withStatus(cell: Cell, line: KpiLine): Cell {
  if (cell.t !== 'num') return cell;
  const bare =
    cell.k === 'percent' || cell.k === 'days'
      ? 'decimal'
      : cell.k === 'ppm' || cell.k === 'dpmo'
        ? 'integer'
        : cell.k;
  return { ...cell, k: bare, mark: line.status };
}
