import type { TableName } from '../db/schema';

/**
 * The tables of the PC database that are not plant records, in one list: the migration ledger,
 * the audit log, each user's drafts and language on this PC, this PC's record of its morning
 * report job, the daily KPI rollups (sums of data tables, rebuilt from them: src-main/rollups/)
 * and the sync bookkeeping (outbox, state, conflicts: src-main/sync/). None has sync columns,
 * none is synced or served as records. The registry's DataTableName, the schema and spec tests and
 * the hub's tables (from DataTableName) all derive from this list.
 */
export const NOT_DATA_TABLES = [
  'schema_migration',
  'audit_log',
  'user_draft',
  'report_schedule_state',
  'rollup_production',
  'rollup_downtime',
  'rollup_quality',
  'rollup_attendance',
  'rollup_production_totals',
  'rollup_downtime_totals',
  'rollup_quality_totals',
  'rollup_attendance_totals',
  'rollup_production_weeks',
  'rollup_downtime_weeks',
  'rollup_quality_weeks',
  'rollup_attendance_weeks',
  'rollup_quality_client_weeks',
  'rollup_order',
  'rollup_order_weeks',
  'rollup_absence',
  'rollup_stale',
  'rollup_marks_deferred',
  'sync_outbox',
  'sync_state',
  'sync_conflict',
  'user_locale',
] as const satisfies readonly TableName[];

export type NotDataTable = (typeof NOT_DATA_TABLES)[number];

/**
 * Plant data without a table spec: the plant settings, one row served by its own channels
 * (contract/plant-settings.ts), not a table of records. It has sync columns like any data table.
 */
export const SPECLESS_DATA_TABLES = ['plant_settings'] as const satisfies readonly TableName[];

export type SpeclessDataTable = (typeof SPECLESS_DATA_TABLES)[number];
