import { addDays, daysInRange } from '../domain/calendar';
import type { ShiftType } from '../domain/enums';

/** The kinds of report (issue 13): one shift, one day, one week of a client, or the plant side by side. */
export const REPORT_KINDS = ['shift', 'daily', 'weekly', 'plant'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report languages; the texts of each are in report-text.ts. */
export const REPORT_LANGUAGES = ['en', 'es'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Paper sizes a plant may choose (plant settings): A4 in most of the world, Letter in the Americas. */
export const PAPER_SIZES = ['A4', 'LETTER'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The longest plant summary, in days: a year side by side still fits one engine run. */
export const PLANT_SUMMARY_MAX_DAYS = 366;
/** A weekly report covers at most 7 days (a week that starts on any day the plant chooses). */
export const WEEK_DAYS = 7;
/** The days of trend before a daily report's day (that day included), so one day still shows a trend. */
export const DAILY_TREND_DAYS = 14;

/** What a person (or the CLI, or the morning job) asks for. Dates are `YYYY-MM-DD`. */
export interface ReportRequest {
  kind: ReportKind;
  format: ReportFormat;
  /** The client of a shift, daily or weekly report; absent for the plant summary. */
  clientId?: string | undefined;
  from: string;
  /** Absent: the kind's own end (the same day; six days later for a week). */
  to?: string | undefined;
  /** The shift of a shift report. */
  shift?: ShiftType | undefined;
  language?: ReportLanguage | undefined;
  /** An Intl locale for numbers and dates (default: en-US for English, es-MX for Spanish). */
  locale?: string | undefined;
}

/** A request with its period resolved and checked. */
export interface ResolvedRequest {
  kind: ReportKind;
  format: ReportFormat;
  clientId: string | null;
  from: string;
  to: string;
  shift: ShiftType | null;
  language: ReportLanguage;
  locale: string;
}

/** What is wrong with a request, by field, in words a person can act on. */
export interface RequestProblem {
  field: 'clientId' | 'from' | 'to' | 'shift' | 'locale';
  message: string;
}

/** The default Intl locale of a report language. */
export function defaultLocale(language: ReportLanguage): string {
  return language === 'es' ? 'es-MX' : 'en-US';
}

function isKnownLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length === 1;
  } catch {
    return false;
  }
}

/**
 * Resolves a request's period by kind and checks it: a shift report is one date and one shift, a
 * daily report one date, a weekly report up to seven days from `from`, the plant summary any range
 * up to a year. Returns the resolved request or the problems.
 */
export function resolveRequest(
  request: ReportRequest,
): { ok: true; value: ResolvedRequest } | { ok: false; problems: RequestProblem[] } {
  const problems: RequestProblem[] = [];
  const language = request.language ?? 'en';
  const locale = request.locale ?? defaultLocale(language);
  if (!isKnownLocale(locale)) problems.push({ field: 'locale', message: `is not a locale this PC knows` });
  const defaultTo = request.kind === 'weekly' ? addDays(request.from, WEEK_DAYS - 1) : request.from;
  const to = request.to ?? defaultTo;
  if (to < request.from) problems.push({ field: 'to', message: 'must not be before the first date' });
  else if ((request.kind === 'shift' || request.kind === 'daily') && to !== request.from)
    problems.push({ field: 'to', message: `must be the same day: a ${request.kind} report covers one date` });
  else if (request.kind === 'weekly' && daysInRange(request.from, to) > WEEK_DAYS)
    problems.push({ field: 'to', message: 'must be at most 6 days after the first date: a week has 7 days' });
  else if (request.kind === 'plant' && daysInRange(request.from, to) > PLANT_SUMMARY_MAX_DAYS)
    problems.push({
      field: 'to',
      message: `must be at most ${PLANT_SUMMARY_MAX_DAYS} days after the first date`,
    });
  const clientId = request.clientId?.trim() || null;
  if (request.kind !== 'plant' && clientId === null)
    problems.push({ field: 'clientId', message: 'is required: a report is for one client' });
  if (request.kind === 'plant' && clientId !== null)
    problems.push({ field: 'clientId', message: 'must be empty: the plant summary covers every client' });
  const shift = request.shift ?? null;
  if (request.kind === 'shift' && shift === null)
    problems.push({ field: 'shift', message: 'is required for a shift report' });
  if (request.kind !== 'shift' && shift !== null)
    problems.push({ field: 'shift', message: 'is only for a shift report' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      kind: request.kind,
      format: request.format,
      clientId,
      from: request.from,
      to,
      shift,
      language,
      locale,
    },
  };
}
