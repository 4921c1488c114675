import type BetterSqlite3 from 'better-sqlite3';
import type { ReportRunResult, ReportScheduleStatus } from '../../../src-shared/contract/reports';
import { readPlantSettings } from '../../auth/plant-settings';
import { sqliteCompiler as db } from '../../db/compiled';
import { firstRow, runWrite } from '../../db/store-compiler';

/** This PC's record of the morning job (migration 0018): one row, absent until the first run. */
export interface ScheduleState {
  lastReportDate: string | null;
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastResult: ReportRunResult | null;
}

interface StateRow {
  last_report_date: string | null;
  next_run_at: string | null;
  last_run_at: string | null;
  last_result_json: string | null;
}

function parseResult(json: string | null): ReportRunResult | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as ReportRunResult;
  } catch {
    return null;
  }
}

/** The job's record as stored. */
export function readScheduleState(sqlite: BetterSqlite3.Database): ScheduleState {
  const row: StateRow | undefined = firstRow(
    sqlite,
    db
      .selectFrom('report_schedule_state')
      .select(['last_report_date', 'next_run_at', 'last_run_at', 'last_result_json'])
      .where('state_id', '=', 1),
  );
  return {
    lastReportDate: row?.last_report_date ?? null,
    nextRunAt: row?.next_run_at ?? null,
    lastRunAt: row?.last_run_at ?? null,
    lastResult: parseResult(row?.last_result_json ?? null),
  };
}

/** Saves the job's record in one statement (the next run is what keeps it to once a day). */
export function writeScheduleState(sqlite: BetterSqlite3.Database, state: ScheduleState): void {
  runWrite(
    sqlite,
    db
      .insertInto('report_schedule_state')
      .values({
        state_id: 1,
        last_report_date: state.lastReportDate,
        next_run_at: state.nextRunAt,
        last_run_at: state.lastRunAt,
        last_result_json: state.lastResult === null ? null : JSON.stringify(state.lastResult),
      })
      .onConflict((oc) =>
        oc.column('state_id').doUpdateSet((eb) => ({
          last_report_date: eb.ref('excluded.last_report_date'),
          next_run_at: eb.ref('excluded.next_run_at'),
          last_run_at: eb.ref('excluded.last_run_at'),
          last_result_json: eb.ref('excluded.last_result_json'),
        })),
      ),
  );
}

/** What Admin shows: the folder, the last day done, the next run and the last run's files. */
export function readScheduleStatus(sqlite: BetterSqlite3.Database): ReportScheduleStatus {
  const state = readScheduleState(sqlite);
  return {
    folder: readPlantSettings(sqlite).daily_report_folder,
    lastReportDate: state.lastReportDate,
    nextRunAt: state.nextRunAt,
    lastRun: state.lastResult,
  };
}
