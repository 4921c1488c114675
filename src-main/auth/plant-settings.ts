import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../src-shared/contract/errors';
import {
  DAILY_REPORT_FORMATS,
  type DailyReportFormat,
  type PlantSettings,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from '../../src-shared/contract/plant-settings';
import {
  asLanguage,
  asRegionalFormat,
  DEFAULT_LOCALE,
  type Language,
  type RegionalFormat,
} from '../../src-shared/i18n/locale';
import { PAPER_SIZES, type PaperSize } from '../../src-shared/reports/report-request';
import { SYNC_COLUMNS } from '../../src-shared/tables/sync-columns';
import { sqliteCompiler as db } from '../db/compiled';
import { firstRow, runWrite } from '../db/store-compiler';
import type { Scope } from '../tenancy/scope';

interface SettingsRow {
  session_idle_minutes: number;
  report_paper_size: string;
  daily_report_folder: string | null;
  daily_report_format: string;
  daily_report_hour: number;
  default_language: string;
  default_regional_format: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: number;
  deleted_at: string | null;
}

function storedRow(sqlite: BetterSqlite3.Database): SettingsRow | undefined {
  return firstRow<SettingsRow>(
    sqlite,
    db
      .selectFrom('plant_settings')
      .select([
        'session_idle_minutes',
        'report_paper_size',
        'daily_report_folder',
        'daily_report_format',
        'daily_report_hour',
        'default_language',
        'default_regional_format',
        ...SYNC_COLUMNS,
      ])
      .where('setting_id', '=', 1),
  );
}

/** The plant's settings, the defaults when an administrator has never saved them. */
export function readPlantSettings(sqlite: BetterSqlite3.Database): PlantSettings {
  const row = storedRow(sqlite);
  return {
    session_idle_minutes: row?.session_idle_minutes ?? SESSION_IDLE_MINUTES.default,
    session_absolute_hours: SESSION_ABSOLUTE_HOURS,
    report_paper_size: PAPER_SIZES.find((p) => p === row?.report_paper_size) ?? 'A4',
    daily_report_folder: row?.daily_report_folder ?? null,
    daily_report_format: DAILY_REPORT_FORMATS.find((f) => f === row?.daily_report_format) ?? 'pdf',
    daily_report_hour: row?.daily_report_hour ?? DAILY_REPORT_HOUR,
    default_language: asLanguage(row?.default_language) ?? DEFAULT_LOCALE.language,
    default_regional_format: asRegionalFormat(row?.default_regional_format) ?? DEFAULT_LOCALE.regionalFormat,
    version: row?.version ?? 0,
    updated_at: row?.updated_at ?? null,
    updated_by: row?.updated_by ?? null,
  };
}

/** Minutes without activity after which a session ends (read on every call: cheap, always current). */
export function sessionIdleMinutes(sqlite: BetterSqlite3.Database): number {
  return storedRow(sqlite)?.session_idle_minutes ?? SESSION_IDLE_MINUTES.default;
}

/** The default hour of the morning job (plant clock). */
export const DAILY_REPORT_HOUR = 6;

export interface PlantSettingsChange {
  /** The version last read (0: never saved); a stale one is CONFLICT. */
  version: number;
  session_idle_minutes: number;
  /** Absent: left as they are. */
  report_paper_size?: PaperSize | undefined;
  daily_report_folder?: string | null | undefined;
  daily_report_format?: DailyReportFormat | undefined;
  daily_report_hour?: number | undefined;
  default_language?: Language | undefined;
  default_regional_format?: RegionalFormat | undefined;
}

/**
 * An ADMIN changes the plant's settings: the row and its audit entry in one transaction, at the
 * version last read, so two administrators' edits never silently overwrite each other. Bounds are
 * the channel schema's; the table's CHECK refuses anything else.
 */
export function updatePlantSettings(
  sqlite: BetterSqlite3.Database,
  scope: Scope,
  change: PlantSettingsChange,
  at: string,
): PlantSettings {
  if (scope.role !== 'ADMIN')
    throw new AppError('FORBIDDEN', 'Only an administrator may change the plant settings.');
  return sqlite
    .transaction(() => {
      const before = storedRow(sqlite);
      const current = before?.version ?? 0;
      if (change.version !== current)
        throw new AppError(
          'CONFLICT',
          `The plant settings were changed by someone else (now version ${current}, you edited version ${change.version}). Reload them and apply your change again.`,
        );
      const settings = readPlantSettings(sqlite);
      const next = {
        session_idle_minutes: change.session_idle_minutes,
        report_paper_size: change.report_paper_size ?? settings.report_paper_size,
        daily_report_folder:
          change.daily_report_folder === undefined
            ? settings.daily_report_folder
            : change.daily_report_folder || null,
        daily_report_format: change.daily_report_format ?? settings.daily_report_format,
        daily_report_hour: change.daily_report_hour ?? settings.daily_report_hour,
        default_language: change.default_language ?? settings.default_language,
        default_regional_format: change.default_regional_format ?? settings.default_regional_format,
      };
      if (before) {
        runWrite(
          sqlite,
          db
            .updateTable('plant_settings')
            .set((eb) => ({
              ...next,
              updated_at: at,
              updated_by: scope.userId,
              version: eb('version', '+', 1),
            }))
            .where('setting_id', '=', 1),
        );
      } else {
        runWrite(
          sqlite,
          db.insertInto('plant_settings').values({
            setting_id: 1,
            ...next,
            created_at: at,
            updated_at: at,
            created_by: scope.userId,
            updated_by: scope.userId,
          }),
        );
      }
      runWrite(
        sqlite,
        db.insertInto('audit_log').values({
          at,
          user_id: scope.userId,
          client_id: null,
          table_name: 'plant_settings',
          row_id: '1',
          action: before ? 'UPDATE' : 'INSERT',
          before_json: before ? JSON.stringify(before) : null,
          after_json: JSON.stringify(storedRow(sqlite)),
        }),
      );
      return readPlantSettings(sqlite);
    })
    .immediate();
}
