import type { Cell, Column, SignOffSection, TableSection } from '../../src-shared/reports/report-document';
import type { ReportContext } from './report-context';

/** A column as [header, width, align]: short enough that a section reads as its table. */
export type ColumnSpec = [header: string, width: number, align?: 'left' | 'right'];

/** A table section whose sheet in the workbook is named after it. */
export function table(
  ctx: ReportContext,
  id: string,
  title: string,
  columns: readonly ColumnSpec[],
  rows: Cell[][],
): TableSection {
  return {
    type: 'table',
    id,
    title,
    sheet: title,
    columns: columns.map(
      ([header, width, align]): Column => (align ? { header, width, align } : { header, width }),
    ),
    rows,
    empty: ctx.t('section.empty'),
  };
}

/** The sign-off lines of a shift report: the line leader's and the supervisor's. */
export function signOffSection(ctx: ReportContext): SignOffSection {
  const { t } = ctx;
  return {
    type: 'signoff',
    id: 'signoff',
    title: t('section.signoff'),
    roles: [t('signoff.leader'), t('signoff.supervisor')],
    fields: [t('signoff.name'), t('signoff.signature'), t('signoff.date')],
  };
}
