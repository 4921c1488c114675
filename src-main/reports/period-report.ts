import { addDays } from '../../src-shared/domain/calendar';
import { KPI_DEFINITIONS } from '../../src-shared/kpi/definitions/registry';
import type { KpiKey } from '../../src-shared/kpi/result';
import type { ChartSection, ReportDocument, Section } from '../../src-shared/reports/report-document';
import { kindOfUnit } from '../../src-shared/reports/report-format';
import { DAILY_TREND_DAYS } from '../../src-shared/reports/report-request';
import { kpiNameKey, type ReportTextKey } from '../../src-shared/reports/report-text';
import { trendChartSvg } from '../../src-shared/reports/svg-charts';
import { breakdown, dashboard } from '../kpi/dashboard-service';
import { computeKpis } from '../kpi/engine';
import { date, num, text } from './cells';
import { clientTitle } from './client-name';
import { type KpiLine, kpiTable } from './kpi-table';
import { downtimeParetoSections, paretoSections } from './pareto-section';
import type { ReportContext } from './report-context';
import { reportDocument } from './report-frame';
import { table } from './sections';

const STEPS = 5;
/** Late orders listed: the worst first; the workbook and the page both stay readable. */
const LATE_ORDERS_LIMIT = 25;
const CHRONIC_HOLDS_LIMIT = 50;
const BRADFORD_TOP = 10;

/** The KPIs that have a trend over days (WIP and hold age are measured as of one date). */
const TREND_KPIS: readonly KpiKey[] = KPI_DEFINITIONS.filter((d) => !d.asOfDate).map((d) => d.key);

/**
 * The daily or weekly report of one client: every KPI card of the dashboard for the period (the
 * dashboard service's own numbers, with the period's last day as the as-of date), trend charts by
 * day, the downtime and defect Paretos, late orders, chronic holds and the Bradford top 10, all
 * from the dashboard's breakdowns. A daily report's trends show the 14 days up to its day.
 */
export function periodReport(ctx: ReportContext): ReportDocument {
  const { t, fmt, request } = ctx;
  const clientId = request.clientId ?? '';
  const client = clientTitle(ctx, clientId);
  const query = { clientIds: [clientId], from: request.from, to: request.to, asOf: ctx.asOf };
  const board = dashboard(ctx.db, ctx.scope, query);
  const lines: KpiLine[] = board.cards.map((card) => ({
    key: card.key,
    result: card.result,
    target: card.target,
    status: card.status,
  }));
  ctx.progress(1, STEPS);

  // Trends by day: the dashboard's sparkline run for a week; the 14 days up to the day for a day.
  const trendFrom = request.kind === 'daily' ? addDays(request.to, -(DAILY_TREND_DAYS - 1)) : request.from;
  const byDay = new Map<string, Map<KpiKey, number | null>>();
  const put = (day: string, key: KpiKey, value: number | null) => {
    const values = byDay.get(day) ?? new Map<KpiKey, number | null>();
    values.set(key, value);
    byDay.set(day, values);
  };
  if (request.kind === 'daily') {
    const groups = computeKpis(ctx.db, ctx.scope, { ...query, from: trendFrom, by: 'day' }).groups;
    for (const group of groups) for (const key of TREND_KPIS) put(group.key, key, group.kpis[key].value);
  } else {
    for (const card of board.cards)
      for (const point of card.trend) put(point.key, card.key, point.result.value);
  }
  const days: string[] = [];
  for (let d = trendFrom; d <= request.to; d = addDays(d, 1)) days.push(d);
  const dayValue = (key: KpiKey, day: string): number | null => byDay.get(day)?.get(key) ?? null;
  ctx.progress(2, STEPS);

  const charts: ChartSection[] = TREND_KPIS.map((key) => {
    const card = board.cards.find((c) => c.key === key);
    const name = t(kpiNameKey(key));
    const width = 255;
    const height = 130;
    return {
      type: 'chart',
      id: `trend-${key}`,
      title: t('chart.trend', { kpi: name }),
      half: true,
      width,
      height,
      svg: trendChartSvg({
        points: days.map((day) => ({ label: fmt.shortDate(day), value: dayValue(key, day) })),
        target: card?.target ?? null,
        tick: fmt.tick,
        seriesLabel: name,
        targetLabel: t('chart.target'),
        noDataLabel: t('chart.noData'),
        width,
        height,
      }),
    };
  });
  const trendTable = table(
    ctx,
    'trends',
    t('section.trends'),
    [
      [t('col.date'), 1.2],
      ...TREND_KPIS.map((key): [string, number, 'right'] => [
        t(`kpiShort.${key}` as ReportTextKey),
        1,
        'right',
      ]),
    ],
    days.map((day) => [
      date(day),
      ...TREND_KPIS.map((key) =>
        num(dayValue(key, day), kindOfUnit(board.cards.find((c) => c.key === key)?.result.unit ?? '%')),
      ),
    ]),
  );
  ctx.progress(3, STEPS);

  const drill = <K extends Parameters<typeof breakdown>[2]['kind']>(kind: K, limit: number) =>
    breakdown(ctx.db, ctx.scope, { ...query, kind, limit });
  const downtime = drill('downtime_by_reason', 500);
  const defects = drill('defects_by_type', 500);
  const late = drill('late_orders', LATE_ORDERS_LIMIT);
  const chronic = drill('chronic_holds', CHRONIC_HOLDS_LIMIT);
  const bradford = drill('bradford', BRADFORD_TOP);
  ctx.progress(4, STEPS);

  const sections: Section[] = [
    kpiTable('kpis', lines, t),
    ...charts,
    { ...trendTable, only: 'xlsx' },
    ...(downtime.kind === 'downtime_by_reason' ? downtimeParetoSections(ctx, downtime.rows) : []),
    ...(defects.kind === 'defects_by_type'
      ? paretoSections(ctx, 'defect-pareto', t('section.defectPareto'), defects.rows, t('col.defectType'), {
          header: t('col.count'),
          kind: 'integer',
        })
      : []),
    table(
      ctx,
      'late-orders',
      t('section.lateOrders'),
      [
        [t('col.workOrder'), 1.4],
        [t('col.style'), 1.4],
        [t('col.promised'), 1.2],
        [t('col.delivered'), 1.2],
        [t('col.daysLate'), 1, 'right'],
        [t('col.confidence'), 1, 'right'],
      ],
      late.kind === 'late_orders'
        ? late.rows.map((o) => [
            text(o.work_order_id),
            text(o.style_model),
            date(o.promised_date),
            date(o.delivered_date),
            num(o.days_late, 'integer'),
            num(o.confidence, 'confidence'),
          ])
        : [],
    ),
    table(
      ctx,
      'chronic-holds',
      t('section.chronicHolds'),
      [
        [t('col.hold'), 1.4],
        [t('col.workOrder'), 1.4],
        [t('col.reasonCode'), 1.8],
        [t('col.date'), 1.2],
        [t('col.age'), 1, 'right'],
      ],
      chronic.kind === 'chronic_holds'
        ? chronic.rows.map((h) => [
            text(h.hold_entry_id),
            text(h.work_order_id),
            text(h.hold_reason),
            date(h.hold_date),
            num(h.age, 'integer'),
          ])
        : [],
    ),
    table(
      ctx,
      'bradford',
      t('section.bradford'),
      [
        [t('col.employee'), 1],
        [t('col.employeeName'), 2],
        [t('col.spells'), 0.8, 'right'],
        [t('col.days'), 0.9, 'right'],
        [t('col.score'), 0.8, 'right'],
        [t('col.band'), 1.2],
      ],
      bradford.kind === 'bradford'
        ? bradford.rows.map((b) => [
            text(b.employee_id),
            text(b.employee_name),
            num(b.spells, 'integer'),
            num(b.days, 'integer'),
            num(b.score, 'points'),
            text(t(`band.${b.band}`)),
          ])
        : [],
    ),
  ];
  ctx.progress(5, STEPS);
  return reportDocument(
    ctx,
    client,
    lines.some((l) => l.result.estimated),
    sections,
  );
}
