/**
 * The production grid's columns in the order a line leader fills them: when, which order, the
 * counts and the crew. On a shift screen the date and shift are fixed and drop out.
 */
export const PRODUCTION_COLUMNS = [
  'shift_date',
  'shift_type',
  'work_order_id',
  'units_produced',
  'units_defective',
  'run_time_hours',
  'employees_assigned',
  'employees_present',
] as const;

/** Typed less often: behind "More columns", so the main ones fit a 1366-px screen. */
export const PRODUCTION_MORE = [
  'job_id',
  'operation_id',
  'downtime_total_minutes',
  'shift_hours_scheduled',
  'notes',
] as const;
