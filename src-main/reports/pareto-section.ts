import type { ParetoRow } from '../../src-shared/kpi/pareto';
import type { ChartSection, NumberKind, TableSection } from '../../src-shared/reports/report-document';
import { paretoChartSvg } from '../../src-shared/reports/svg-charts';
import { num, text } from './cells';
import type { ReportContext } from './report-context';

/** A Pareto as a chart (PDF) and a table (both): cause, amount, share, cumulative share. */
export function paretoSections(
  ctx: ReportContext,
  id: string,
  title: string,
  rows: readonly ParetoRow[],
  cause: string,
  amount: { header: string; kind: NumberKind },
): (ChartSection | TableSection)[] {
  const { t, fmt } = ctx;
  const width = 515;
  const height = 170;
  const chart: ChartSection = {
    type: 'chart',
    id: `${id}-chart`,
    title,
    svg: paretoChartSvg({
      bars: rows.slice(0, 12).map((r) => ({ label: r.label, value: r.value, cumulative: r.cumulative })),
      tick: fmt.tick,
      valueLabel: amount.header,
      cumulativeLabel: t('chart.cumulative'),
      noDataLabel: t('chart.noData'),
      width,
      height,
    }),
    width,
    height,
  };
  const table: TableSection = {
    type: 'table',
    id,
    title,
    sheet: title,
    continues: true,
    columns: [
      { header: cause, width: 3 },
      { header: amount.header, width: 1, align: 'right' },
      { header: t('col.share'), width: 1, align: 'right' },
      { header: t('col.cumulative'), width: 1, align: 'right' },
    ],
    rows: rows.map((r) => [
      text(r.label),
      num(r.value, amount.kind),
      num(r.share, 'percent'),
      num(r.cumulative, 'percent'),
    ]),
    empty: t('section.empty'),
  };
  // Nothing to chart: the title and "Nothing recorded" say it without an empty frame.
  return rows.length === 0 ? [{ ...table, continues: false }] : [chart, table];
}

/** Downtime hours by reason as a Pareto, the same in the shift and the period reports. */
export function downtimeParetoSections(
  ctx: ReportContext,
  rows: readonly ParetoRow[],
): (ChartSection | TableSection)[] {
  const { t } = ctx;
  return paretoSections(ctx, 'downtime-pareto', t('section.downtimePareto'), rows, t('col.reasonCode'), {
    header: t('col.hours'),
    kind: 'hours',
  });
}
