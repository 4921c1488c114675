import { z } from 'zod';
import { LANGUAGES, type Language, REGIONAL_FORMATS, type RegionalFormat } from '../i18n/locale';
import { PAPER_SIZES, type PaperSize } from '../reports/report-request';
import { channel } from './channel';

/** What the morning job saves of each client: the PDF, the workbook, or both. */
export const DAILY_REPORT_FORMATS = ['pdf', 'xlsx', 'both'] as const;
export type DailyReportFormat = (typeof DAILY_REPORT_FORMATS)[number];

/** Bounds of the idle timeout an administrator may choose, in minutes (the database checks them too). */
export const SESSION_IDLE_MINUTES = { min: 5, max: 720, default: 30 } as const;

/**
 * Every sign-in ends this many hours after it started, active or not: one long shift. Not a
 * setting, so a forgotten window on a floor PC never stays signed in overnight.
 */
export const SESSION_ABSOLUTE_HOURS = 12;

/** Plant-wide settings; `version` 0 means never saved (the defaults apply). */
export interface PlantSettings {
  session_idle_minutes: number;
  /** The fixed absolute limit, for the screen to say. */
  session_absolute_hours: number;
  /** The paper reports are laid out on. */
  report_paper_size: PaperSize;
  /** Where yesterday's daily reports are saved each morning; null: not saved. */
  daily_report_folder: string | null;
  daily_report_format: DailyReportFormat;
  /** The hour (plant clock, 0–23) from which the morning job runs. */
  daily_report_hour: number;
  /** The language and regional format of every user who has not chosen their own. */
  default_language: Language;
  default_regional_format: RegionalFormat;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

const idleMinutes = z
  .number({ error: 'must be a number of minutes' })
  .int('must be a whole number of minutes')
  .min(SESSION_IDLE_MINUTES.min, `must be at least ${SESSION_IDLE_MINUTES.min} minutes`)
  .max(SESSION_IDLE_MINUTES.max, `must be at most ${SESSION_IDLE_MINUTES.max} minutes (12 hours)`);

/** The plant's settings: read by anyone signed in, changed by an ADMIN (audited, versioned). */
export const plantSettingsChannels = {
  'plantSettings.get': channel<PlantSettings>()(z.strictObject({})),
  'plantSettings.update': channel<PlantSettings>()(
    z.strictObject({
      version: z.number({ error: 'must be the version you last read' }).int().min(0),
      session_idle_minutes: idleMinutes,
      // Absent: unchanged (a client that knows only the timeout keeps the report settings).
      report_paper_size: z.enum(PAPER_SIZES).optional(),
      daily_report_folder: z
        .string()
        .trim()
        .max(1000, 'must be at most 1000 characters')
        .refine(isAbsoluteFolder, {
          message: 'must be a full folder path, like D:\\Reports or /srv/reports',
          params: { issue: 'folder.notAbsolute' },
        })
        .nullable()
        .optional(),
      daily_report_format: z.enum(DAILY_REPORT_FORMATS).optional(),
      daily_report_hour: z
        .number()
        .int('must be a whole hour')
        .min(0)
        .max(23, 'must be an hour from 0 to 23')
        .optional(),
      default_language: z.enum(LANGUAGES).optional(),
      default_regional_format: z.enum(REGIONAL_FORMATS).optional(),
    }),
  ),
};

/** A full path of this PC's or a shared folder: `/srv/x`, `D:\\x`, `\\\\server\\share`. */
export function isAbsoluteFolder(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+)/.test(path) && !path.includes('\u0000');
}
