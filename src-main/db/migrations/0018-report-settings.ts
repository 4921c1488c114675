import type { Migration } from '../migration';
import { inList, isDate, isTimestamp } from './ddl-helpers';

/**
 * Reports (issue 13). The plant's paper size and the morning job that saves yesterday's daily
 * reports to a folder are plant settings, beside the sign-in timeout (0013). The job's own record
 * (the next run, the last day done, the last result) is this PC's: one row, no sync columns, since
 * each PC runs the job against its own clock.
 */
const DDL = `
ALTER TABLE plant_settings ADD COLUMN report_paper_size TEXT NOT NULL DEFAULT 'A4'
  CHECK (${inList('report_paper_size', ['A4', 'LETTER'])});
-- The folder daily reports are saved to each morning; NULL: the job is off.
ALTER TABLE plant_settings ADD COLUMN daily_report_folder TEXT
  CHECK (daily_report_folder IS NULL OR length(daily_report_folder) BETWEEN 1 AND 1000);
ALTER TABLE plant_settings ADD COLUMN daily_report_format TEXT NOT NULL DEFAULT 'pdf'
  CHECK (${inList('daily_report_format', ['pdf', 'xlsx', 'both'])});
-- The hour of the morning (plant clock) from which yesterday's reports are due.
ALTER TABLE plant_settings ADD COLUMN daily_report_hour INTEGER NOT NULL DEFAULT 6
  CHECK (daily_report_hour BETWEEN 0 AND 23);

CREATE TABLE report_schedule_state (
  state_id INTEGER PRIMARY KEY CHECK (state_id = 1),
  -- The last day whose daily reports were made (YYYY-MM-DD): the job never makes a day twice.
  last_report_date TEXT CHECK (last_report_date IS NULL OR ${isDate('last_report_date')}),
  -- When the job is next due (UTC); a PC that was off runs as soon as it starts after this.
  next_run_at TEXT CHECK (next_run_at IS NULL OR ${isTimestamp('next_run_at')}),
  last_run_at TEXT CHECK (last_run_at IS NULL OR ${isTimestamp('last_run_at')}),
  -- The last run's outcome as JSON (src-shared/contract/reports.ts ReportRunResult).
  last_result_json TEXT CHECK (last_result_json IS NULL OR json_valid(last_result_json))
) STRICT;
`;

export const reportSettings: Migration = {
  name: '0018-report-settings',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
