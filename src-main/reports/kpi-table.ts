import { kpiDefinition } from '../../src-shared/kpi/definitions/registry';
import type { KpiKey, KpiResult } from '../../src-shared/kpi/result';
import type { KpiStatus } from '../../src-shared/kpi/status';
import type { TableSection } from '../../src-shared/reports/report-document';
import { kindOfUnit } from '../../src-shared/reports/report-format';
import { kpiNameKey, type ReportText, type ReportTextKey } from '../../src-shared/reports/report-text';
import { num, status, target, text } from './cells';

/** One KPI as a report states it: the engine's result, the target and the status colour's word. */
export interface KpiLine {
  key: KpiKey;
  result: KpiResult;
  target: number | null;
  status: KpiStatus | null;
}

/**
 * Why a value is estimated, in the report's words: how many rows had blanks filled in, which of the
 * KPI's inputs may have been (the engine does not say which of a row's inputs was blank, so all of
 * the KPI's are named, as the dashboard's provenance panel does), and its warnings. Empty when the
 * value was all recorded and has no warning.
 */
export function estimatedReason(line: KpiLine, t: ReportText): string {
  const parts: string[] = [];
  const { result } = line;
  if (result.estimated && result.inferred_rows > 0) {
    parts.push(t('reason.rows', { inferred: result.inferred_rows, rows: result.rows }));
    for (const input of kpiDefinition(line.key).inputs) parts.push(t(`reason.${input}` as ReportTextKey));
  }
  for (const warning of result.warnings) parts.push(t(`warning.${warning}` as ReportTextKey));
  return parts.join('; ');
}

/** The KPI table: name, value, target, status, whether estimated, confidence, rows and why. */
export function kpiTable(id: string, lines: readonly KpiLine[], t: ReportText): TableSection {
  return {
    type: 'table',
    id,
    title: t('section.kpis'),
    sheet: t('section.kpis'),
    columns: [
      { header: t('col.kpi'), width: 2.2 },
      { header: t('col.value'), width: 1.5, align: 'right' },
      { header: t('col.target'), width: 1.5, align: 'right' },
      { header: t('col.status'), width: 1.6 },
      { header: t('col.estimated'), width: 1.5 },
      { header: t('col.confidence'), width: 1.6, align: 'right' },
      { header: t('col.rows'), width: 1.35, align: 'right' },
      { header: t('col.reason'), width: 2.6 },
    ],
    rows: lines.map((line) => {
      const kind = kindOfUnit(line.result.unit);
      return [
        text(t(kpiNameKey(line.key))),
        num(line.result.value, kind, line.result.estimated),
        target(line.target, kind),
        status(line.status),
        text(line.result.estimated ? t('word.yes') : t('word.no')),
        // No rows: nothing to be confident about.
        num(line.result.rows > 0 ? line.result.confidence : null, 'confidence', line.result.estimated),
        num(line.result.rows, 'integer'),
        text(estimatedReason(line, t)),
      ];
    }),
    empty: t('section.empty'),
  };
}
