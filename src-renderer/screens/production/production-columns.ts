/**
 * The production grid's columns in the order a line leader fills them: when, which order, the
 * counts, then the rest. On a shift screen the date and shift are fixed and drop out.
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
  'job_id',
  'operation_id',
  'downtime_total_minutes',
  'shift_hours_scheduled',
  'notes',
] as const;
