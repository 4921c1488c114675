import { pareto } from '../../src-shared/kpi/pareto';
import { kpiStatus } from '../../src-shared/kpi/status';
import { noData } from '../../src-shared/kpi/units';
import type { ReportDocument, Section } from '../../src-shared/reports/report-document';
import { computeKpis } from '../kpi/engine';
import { kpiContext } from '../kpi/kpi-context';
import { targetsFor } from '../kpi/targets';
import { num, text } from './cells';
import { clientTitle } from './client-name';
import { holdStatusText } from './hold-status';
import { type KpiLine, kpiTable } from './kpi-table';
import { downtimeParetoSections } from './pareto-section';
import type { ReportContext } from './report-context';
import { reportDocument } from './report-frame';
import { ATTENDANCE_LINES, COVERAGE_LINES } from './rows/attendance-rows';
import { DOWNTIME_LINES } from './rows/downtime-rows';
import { HOLD_EVENTS } from './rows/hold-rows';
import { PRODUCTION_LINES } from './rows/production-rows';
import { DEFECT_LINES, QUALITY_LINES } from './rows/quality-rows';
import { signOffSection, table } from './sections';
import { SHIFT_KPIS } from './shift-kpis';

const STEPS = 4;

const sum = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;

/**
 * The shift report: one client, one date and shift. The KPIs are the engine's, grouped by shift
 * (the same numbers as `kpi --client C --from D --to D --by shift`); the rows are the scope's own,
 * read through the tenancy layer and kept to the shift.
 */
export function shiftReport(ctx: ReportContext): ReportDocument {
  const { t, request } = ctx;
  const clientId = request.clientId ?? '';
  const shift = request.shift ?? '';
  const client = clientTitle(ctx, clientId);
  const query = { clientIds: [clientId], from: request.from, to: request.to, asOf: ctx.asOf };
  const report = computeKpis(ctx.db, ctx.scope, { ...query, by: 'shift' });
  const targets = targetsFor(ctx.db, ctx.scope, [clientId]).scope;
  const group = report.groups.find((g) => g.key === shift)?.kpis;
  const lines: KpiLine[] = SHIFT_KPIS.map((key) => {
    const result = group?.[key] ?? noData(key);
    const target = targets[key] ?? null;
    return { key, result, target, status: kpiStatus(key, result.value, target) };
  });
  ctx.progress(1, STEPS);

  const rows = kpiContext(ctx.db, ctx.scope, { ...query, by: null });
  const ofShift = <R extends { shift_type: string | null }>(list: R[]) =>
    list.filter((r) => r.shift_type === shift);
  const production = ofShift(rows.run(PRODUCTION_LINES, null));
  const downtime = ofShift(rows.run(DOWNTIME_LINES, null));
  const attendance = ofShift(rows.run(ATTENDANCE_LINES, null));
  const coverage = ofShift(rows.run(COVERAGE_LINES, null));
  const quality = ofShift(rows.run(QUALITY_LINES, null));
  const defects = ofShift(rows.run(DEFECT_LINES, null));
  const holds = rows.run(HOLD_EVENTS, null);
  ctx.progress(2, STEPS);

  const notRecorded = t('word.notRecorded');
  const byReason = new Map<string, { label: string; minutes: number }>();
  for (const d of downtime) {
    const key = d.reason ?? 'NOT_RECORDED';
    const entry = byReason.get(key) ?? {
      label: d.reason_label ?? (d.reason === null ? notRecorded : key),
      minutes: 0,
    };
    entry.minutes += d.minutes ?? 0;
    byReason.set(key, entry);
  }
  const downtimePareto = pareto(
    [...byReason].map(([key, r]) => ({ key, label: r.label, value: r.minutes / 60 })),
  );
  const defectPareto = pareto(
    defects.map((d) => ({
      key: d.defect_type ?? 'NOT_RECORDED',
      label: d.defect_name ?? d.defect_type ?? notRecorded,
      value: d.count,
    })),
  );
  const absent = attendance.filter((a) => a.is_absent === 1);
  const absenceHours = absent.map(
    (a) =>
      a.absence_hours ??
      (a.scheduled_hours !== null && a.actual_hours !== null
        ? a.scheduled_hours - a.actual_hours
        : a.scheduled_hours),
  );

  const sections: Section[] = [
    kpiTable('kpis', lines, t),
    table(
      ctx,
      'production',
      t('section.production'),
      [
        [t('col.workOrder'), 1.4],
        [t('col.style'), 1.2],
        [t('col.operation'), 1.2],
        [t('col.entries'), 0.7, 'right'],
        [t('col.units'), 1, 'right'],
        [t('col.defective'), 1, 'right'],
        [t('col.runHours'), 1, 'right'],
        [t('col.employees'), 1, 'right'],
      ],
      [
        ...production.map((p) => [
          text(p.work_order_id),
          text(p.style_model),
          text(p.operation_id),
          num(p.entries, 'integer'),
          num(p.units_produced, 'integer'),
          num(p.units_defective, 'integer'),
          num(p.run_time_hours, 'hours'),
          num(p.employees_assigned, 'integer'),
        ]),
        ...(production.length > 1
          ? [
              [
                text(t('word.total')),
                text(''),
                text(''),
                num(sum(production.map((p) => p.entries)), 'integer'),
                num(sum(production.map((p) => p.units_produced)), 'integer'),
                num(sum(production.map((p) => p.units_defective)), 'integer'),
                num(sum(production.map((p) => p.run_time_hours)), 'hours'),
                num(sum(production.map((p) => p.employees_assigned)), 'integer'),
              ],
            ]
          : []),
      ],
    ),
    table(
      ctx,
      'downtime',
      t('section.downtime'),
      [
        [t('col.start'), 0.7],
        [t('col.workOrder'), 1.3],
        [t('col.reasonCode'), 1.8],
        [t('col.detail'), 2.4],
        [t('col.minutes'), 0.8, 'right'],
      ],
      downtime.map((d) => [
        text(d.start_time),
        text(d.work_order_id),
        text(d.reason_label ?? d.reason ?? notRecorded),
        text(d.detail),
        num(d.minutes, 'minutes'),
      ]),
    ),
    ...downtimeParetoSections(ctx, downtimePareto),
    {
      type: 'facts',
      id: 'attendance-summary',
      title: t('section.attendanceSummary'),
      facts: [
        {
          label: t('summary.scheduled'),
          value: num(sum(attendance.map((a) => a.scheduled_hours)) ?? 0, 'hours'),
        },
        { label: t('summary.absent'), value: num(absent.length, 'integer') },
        { label: t('summary.absenceHours'), value: num(sum(absenceHours) ?? 0, 'hours') },
        { label: t('summary.coveredHours'), value: num(sum(coverage.map((c) => c.hours)) ?? 0, 'hours') },
      ],
    },
    table(
      ctx,
      'attendance',
      t('section.attendance'),
      [
        [t('col.employee'), 1],
        [t('col.employeeName'), 1.8],
        [t('col.scheduledHours'), 1, 'right'],
        [t('col.actualHours'), 1, 'right'],
        [t('col.absent'), 0.7],
        [t('col.absenceType'), 1.4],
        [t('col.absenceHours'), 1, 'right'],
        [t('col.coveredBy'), 1],
      ],
      attendance.map((a) => [
        text(a.employee_id),
        text(a.employee_name),
        num(a.scheduled_hours, 'hours'),
        num(a.actual_hours, 'hours'),
        text(a.is_absent === 1 ? t('word.yes') : t('word.no')),
        text(a.absence_label ?? a.absence_type),
        num(a.is_absent === 1 ? a.absence_hours : null, 'hours'),
        text(a.covered_by),
      ]),
    ),
    table(
      ctx,
      'coverage',
      t('section.coverage'),
      [
        [t('col.absentEmployee'), 1],
        [t('col.employeeName'), 1.6],
        [t('col.floatingEmployee'), 1],
        [t('col.employeeName'), 1.6],
        [t('col.coveredHours'), 1, 'right'],
      ],
      coverage.map((c) => [
        text(c.absent_employee_id),
        text(c.absent_name),
        text(c.floating_employee_id),
        text(c.floating_name),
        num(c.hours, 'hours'),
      ]),
    ),
    table(
      ctx,
      'quality',
      t('section.quality'),
      [
        [t('col.workOrder'), 1.4],
        [t('col.operation'), 1.3],
        [t('col.inspected'), 1, 'right'],
        [t('col.passed'), 1, 'right'],
        [t('col.defective'), 1, 'right'],
        [t('col.rework'), 0.9, 'right'],
        [t('col.repair'), 0.9, 'right'],
        [t('col.defects'), 0.9, 'right'],
      ],
      quality.map((q) => [
        text(q.work_order_id),
        text(q.operation_checked),
        num(q.units_inspected, 'integer'),
        num(q.units_passed, 'integer'),
        num(q.units_defective, 'integer'),
        num(q.units_requiring_rework, 'integer'),
        num(q.units_requiring_repair, 'integer'),
        num(q.total_defects_count, 'integer'),
      ]),
    ),
    table(
      ctx,
      'defects',
      t('section.defects'),
      [
        [t('col.defectType'), 3],
        [t('col.count'), 1, 'right'],
        [t('col.share'), 1, 'right'],
        [t('col.cumulative'), 1, 'right'],
      ],
      defectPareto.map((d) => [
        text(d.label),
        num(d.value, 'integer'),
        num(d.share, 'percent'),
        num(d.cumulative, 'percent'),
      ]),
    ),
    table(
      ctx,
      'holds',
      t('section.holds'),
      [
        [t('col.event'), 0.9],
        [t('col.time'), 0.6],
        [t('col.hold'), 1.4],
        [t('col.workOrder'), 1.3],
        [t('col.reasonCode'), 1.8],
        [t('col.holdStatus'), 1.6],
      ],
      holds.map((h) => [
        text(h.event === 'opened' ? t('word.opened') : t('word.closed')),
        text(h.time),
        text(h.hold_entry_id),
        text(h.work_order_id),
        text(h.reason_label ?? h.reason ?? notRecorded),
        text(holdStatusText(t, h.hold_status)),
      ]),
    ),
    signOffSection(ctx),
  ];
  ctx.progress(3, STEPS);
  return reportDocument(
    ctx,
    client,
    lines.some((l) => l.result.estimated),
    sections,
  );
}
