import { AppError } from '../../src-shared/contract/errors';
import { localIsoDate } from '../../src-shared/domain/plant-clock';
import type { ReportDocument } from '../../src-shared/reports/report-document';
import { reportFormatter } from '../../src-shared/reports/report-format';
import { type PaperSize, type ReportRequest, resolveRequest } from '../../src-shared/reports/report-request';
import { reportText } from '../../src-shared/reports/report-text';
import type { ReadConnection } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';
import { renderPdf } from './pdf/render-pdf';
import { periodReport } from './period-report';
import { plantReport } from './plant-report';
import type { ReportContext } from './report-context';
import { shiftReport } from './shift-report';
import { renderXlsx } from './xlsx/render-xlsx';

/** A finished report file. */
export interface BuiltReport {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface BuildOptions {
  /** The plant's paper (plant settings). */
  paper: PaperSize;
  /** The generation time (the header's), and "today" for the as-of date. */
  now: Date;
  /** Hears how far the report has got. */
  progress?: (done: number, total: number) => void;
}

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The steps of every report: reading (up to five) and writing the file (one). */
const TOTAL_STEPS = 6;

/**
 * Builds the report a user asked for, as that user sees the plant: the request is checked (period
 * by kind), the client must be in the user's scope (FORBIDDEN otherwise, never an empty report),
 * the plant summary is for ADMIN and POWERUSER only, and every number comes from the KPI engine
 * that the dashboard and `kpi` use. The as-of date of WIP, holds and overdue orders is the
 * period's last day (today at most), so a report of a past day reads the same whenever it is made.
 */
export async function buildReport(
  db: ReadConnection,
  scope: Scope,
  request: ReportRequest,
  options: BuildOptions,
): Promise<BuiltReport> {
  const resolved = resolveRequest(request);
  if (!resolved.ok) {
    const issues = resolved.problems.map((p) => ({ path: p.field, message: p.message }));
    const first = issues[0];
    throw new AppError(
      'VALIDATION',
      first ? `${first.path}: ${first.message}` : 'The report request is not valid.',
      issues,
    );
  }
  const value = resolved.value;
  const today = localIsoDate(options.now);
  const t = reportText(value.language);
  const progress = options.progress ?? (() => {});
  const ctx: ReportContext = {
    db,
    scope,
    request: value,
    asOf: [value.to, today].sort()[0] ?? today,
    generatedAt: options.now,
    t,
    fmt: reportFormatter(value.locale, t),
    progress: (done, total) => progress(Math.round((done / total) * (TOTAL_STEPS - 1)), TOTAL_STEPS),
  };
  const doc: ReportDocument =
    value.kind === 'shift' ? shiftReport(ctx) : value.kind === 'plant' ? plantReport(ctx) : periodReport(ctx);
  const bytes =
    value.format === 'pdf' ? await renderPdf(doc, options.paper) : await renderXlsx(doc, options.now);
  progress(TOTAL_STEPS, TOTAL_STEPS);
  return { filename: `${doc.baseName}.${value.format}`, mediaType: MEDIA_TYPES[value.format], bytes };
}
