import { existsSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { ReportRunFile, ReportRunResult } from '../../../src-shared/contract/reports';
import type { ReportFormat } from '../../../src-shared/reports/report-request';
import { readPlantSettings } from '../../auth/plant-settings';
import { readThrough } from '../../db/read-connection';
import { runKpiQuery } from '../../kpi/kpi-context';
import type { KpiReader } from '../../kpi/kpi-reader';
import { scopeForUser } from '../../tenancy/scope';
import { scopedTables } from '../../tenancy/scoped-tables';
import { ACTIVE_CLIENTS } from './active-clients';
import { saveNewFile } from './save-new-file';
import { dueDays, nextRunAfter } from './schedule-plan';
import { readScheduleState, writeScheduleState } from './schedule-state';

/** A run that could not start (no folder, no user) is tried again this much later. */
const RETRY_MS = 60 * 60 * 1000;

export interface MorningJobDeps {
  /**
   * Runs a short piece of database work (the core routes it like any call, so it never joins an
   * import's open transaction); the reports themselves are built by the KPI reader meanwhile.
   */
  withDb: <T>(work: (sqlite: BetterSqlite3.Database) => T) => Promise<T>;
  kpi: KpiReader;
  now: Date;
}

function formatsOf(setting: 'pdf' | 'xlsx' | 'both'): ReportFormat[] {
  return setting === 'both' ? ['pdf', 'xlsx'] : [setting];
}

/**
 * The morning job: when due, saves the daily report of every active client for each day not yet
 * done (yesterday; after the PC was off, the missed days, up to a week) into the plant's folder.
 * Reports are made as the administrator who last saved the plant settings (their name is in each
 * report's header). A file already in the folder is kept, never replaced; a run that cannot start
 * (folder missing, that administrator gone) is retried an hour later and says why in Admin.
 * Returns the run's result, or null when nothing was due.
 */
export async function runMorningJob(deps: MorningJobDeps): Promise<ReportRunResult | null> {
  const { withDb, now } = deps;
  const { settings, state } = await withDb((sqlite) => ({
    settings: readPlantSettings(sqlite),
    state: readScheduleState(sqlite),
  }));
  const folder = settings.daily_report_folder;
  if (folder === null) return null;
  const days = dueDays(now, settings.daily_report_hour, state.lastReportDate, state.nextRunAt);
  if (days.length === 0) return null;
  const at = now.toISOString();
  const fail = async (error: string): Promise<ReportRunResult> => {
    const result: ReportRunResult = { at, days, folder, files: [], error };
    await withDb((sqlite) =>
      writeScheduleState(sqlite, {
        ...state,
        nextRunAt: new Date(now.getTime() + RETRY_MS).toISOString(),
        lastRunAt: at,
        lastResult: result,
      }),
    );
    return result;
  };
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return fail(
      `The folder ${folder} cannot be reached from this PC; the reports will be saved when it can.`,
    );
  const setBy = settings.updated_by;
  const who = await withDb((sqlite) => {
    try {
      if (setBy === null) return null;
      const scope = scopeForUser(sqlite, setBy);
      const clients = runKpiQuery(readThrough(sqlite), scopedTables(scope), ACTIVE_CLIENTS, null);
      return { scope, clients: clients.map((r) => r.client_id) };
    } catch {
      return null;
    }
  });
  if (who === null)
    return fail(
      'The administrator who set up the daily reports is no longer active: an administrator saves the plant settings again.',
    );
  const { scope, clients } = who;
  const files: ReportRunFile[] = [];
  for (const day of days) {
    for (const clientId of clients) {
      for (const format of formatsOf(settings.daily_report_format)) {
        const name = `daily-report-${clientId}-${day}.${format}`.replace(/[^A-Za-z0-9._-]/g, '_');
        try {
          const report = await deps.kpi.report(scope, {
            request: { kind: 'daily', format, clientId, from: day },
            paper: settings.report_paper_size,
            now: at,
          });
          files.push({ name: report.filename, outcome: saveNewFile(folder, report.filename, report.bytes) });
        } catch (error) {
          files.push({
            name,
            outcome: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }
  }
  const result: ReportRunResult = { at, days, folder, files, error: null };
  await withDb((sqlite) =>
    writeScheduleState(sqlite, {
      lastReportDate: days[days.length - 1] ?? state.lastReportDate,
      nextRunAt: nextRunAfter(now, settings.daily_report_hour).toISOString(),
      lastRunAt: at,
      lastResult: result,
    }),
  );
  return result;
}
