/**
 * What makes two rows of a table "the same row" besides their id (README § Duplicate rows). An
 * entry is one fact about one thing in one shift: a second row with the same values here is the
 * same fact entered twice, and every KPI summing it would count it twice. Blank matches blank.
 * Tables keyed by the plant's own codes (work orders, jobs, employees, clients, products) need no
 * entry: their id is the natural key. A client's settings and lists are keyed by client and code,
 * and a file row for one that exists sets it (write-row.ts), so they are never duplicates.
 */
export const NATURAL_KEYS: Readonly<Record<string, readonly string[]>> = {
  // `timestamp` (when the count was taken) keeps hourly counts of one operation apart.
  production_entry: ['client_id', 'work_order_id', 'shift_date', 'shift_type', 'operation_id', 'timestamp'],
  downtime_entry: [
    'client_id',
    'work_order_id',
    'shift_date',
    'shift_type',
    'downtime_reason',
    'downtime_start_time',
  ],
  hold_entry: ['client_id', 'work_order_id', 'hold_date', 'hold_time', 'hold_reason'],
  attendance_entry: ['client_id', 'employee_id', 'shift_date', 'shift_type'],
  coverage_entry: ['client_id', 'absent_employee_id', 'shift_date', 'shift_type'],
  quality_entry: ['client_id', 'work_order_id', 'job_id', 'shift_date', 'shift_type', 'operation_checked'],
  defect_detail: ['client_id', 'quality_entry_id', 'defect_type', 'unit_serial_or_id'],
  app_user: ['username'],
};

/** Tables an import may update in place (`--upsert`): entries and planning rows, written through the store alone. */
export const UPDATABLE_BY_IMPORT = new Set([
  'production_entry',
  'downtime_entry',
  'attendance_entry',
  'coverage_entry',
  'quality_entry',
  'defect_detail',
  'work_order',
  'job',
  'product',
  'part_opportunities',
]);

/**
 * Natural-key columns that lead an index of the table: an import reads the stored rows of each
 * such group once (the first time a file row names it) instead of asking per row. Production and
 * downtime are read per client-day, not per order too: a plant's file names most of a day's orders,
 * and a 100,000-row month of 200 orders asked 5,600 times instead of 28 (~4 % of its CPU).
 */
export const NATURAL_GROUPS: Readonly<Record<string, readonly string[]>> = {
  production_entry: ['client_id', 'shift_date'],
  downtime_entry: ['client_id', 'shift_date'],
  hold_entry: ['client_id', 'hold_date'],
  attendance_entry: ['employee_id', 'shift_date'],
  coverage_entry: ['client_id', 'shift_date'],
  quality_entry: ['client_id', 'shift_date'],
  defect_detail: ['quality_entry_id'],
  app_user: ['username'],
};
