import { type ColumnSpec, columnOf, type TableSpec } from './column';

/**
 * The read-only columns an import carries over: the state the app's workflows (hold approval,
 * verification, coverage confirmation) write, which a plant's history already has. Every other
 * read-only column is listed in APP_ONLY_COLUMNS; a test checks that the two cover every one.
 * Shared, so the import preview can say which headings will be kept.
 */
export const WORKFLOW_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  hold_entry: [
    'hold_status',
    'hold_approved_by_user_id',
    'hold_approved_at',
    'resume_approved_by_user_id',
    'resume_approved_at',
    'total_hold_duration_hours',
  ],
  production_entry: ['verified_by', 'verified_at'],
  quality_entry: ['verified_by_user_id', 'verified_at'],
  attendance_entry: ['coverage_confirmed', 'verified_by_user_id', 'verified_at'],
  coverage_entry: ['verified'],
};

/**
 * Read-only columns an import ignores: the comma lists of clients are a view of the assignment and
 * access tables (imported as their own files, the truth the app keeps), and a last sign-in is an
 * event of this database, not history.
 */
export const APP_ONLY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  app_user: ['client_id_assigned', 'last_login'],
  employee: ['client_id_assigned'],
};

/** The workflow column of `spec` named `name`, or undefined. */
export function workflowColumn(spec: TableSpec, name: string): ColumnSpec | undefined {
  return WORKFLOW_COLUMNS[spec.table]?.includes(name) ? columnOf(spec, name) : undefined;
}
