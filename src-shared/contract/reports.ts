import { z } from 'zod';
import { SHIFT_TYPES } from '../domain/enums';
import { REPORT_FORMATS, REPORT_KINDS, REPORT_LANGUAGES } from '../reports/report-request';
import { isIsoDate } from '../tables/formats';
import { channel } from './channel';

const isoDate = z.string().refine(isIsoDate, 'must be a real date like 2026-03-02');

/**
 * A report file as it reaches the window. The core sends its bytes (`content`, base64); the
 * desktop shell saves them where the person chose in its save dialog and passes on only where
 * (`saved`), or that the person cancelled; the browser host passes them on for a download.
 */
export interface ReportFile {
  filename: string;
  mediaType: string;
  /** Bytes of the file. */
  size: number;
  delivery: 'content' | 'saved' | 'cancelled';
  /** base64, when `delivery` is `content`. */
  content: string | null;
  /** The path saved to, when `delivery` is `saved`. */
  savedTo: string | null;
}

/** One file of a morning run: written, an existing file left as it was, or failed (with why). */
export interface ReportRunFile {
  name: string;
  outcome: 'written' | 'kept' | 'failed';
  message?: string;
}

/** What the last morning run did. */
export interface ReportRunResult {
  /** When it ran (UTC). */
  at: string;
  /** The days it made reports for (several after the PC was off). */
  days: string[];
  folder: string;
  files: ReportRunFile[];
  /** Why nothing could be written at all (no folder, the user who set it up is gone…). */
  error: string | null;
}

/** The morning job as Admin shows it. */
export interface ReportScheduleStatus {
  folder: string | null;
  lastReportDate: string | null;
  nextRunAt: string | null;
  lastRun: ReportRunResult | null;
}

/** Channels of reports: make one now, and the morning job's status. */
export const reportChannels = {
  'reports.generate': channel<ReportFile>()(
    z
      .strictObject({
        kind: z.enum(REPORT_KINDS),
        format: z.enum(REPORT_FORMATS),
        clientId: z.string().trim().min(1).max(20).optional(),
        from: isoDate,
        to: isoDate.optional(),
        shift: z.enum(SHIFT_TYPES).optional(),
        language: z.enum(REPORT_LANGUAGES).optional(),
        locale: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale like en-US or es-MX')
          .optional(),
      })
      .refine((q) => q.to === undefined || q.from <= q.to, {
        message: 'must not be after "to"',
        path: ['from'],
      }),
  ),
  'reports.schedule': channel<ReportScheduleStatus>()(z.strictObject({})),
};
