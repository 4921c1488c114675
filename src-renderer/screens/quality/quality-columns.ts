/**
 * The inspection grid's columns in the order an inspector fills them at the bench: when, which
 * order, what was checked, then the counts the quality KPIs (FPY, PPM, DPMO) are made of.
 */
export const INSPECTION_COLUMNS = [
  'shift_date',
  'shift_type',
  'work_order_id',
  'operation_checked',
  'units_inspected',
  'units_passed',
  'units_defective',
  'total_defects_count',
] as const;

/** How it was checked, rework and the rest: behind "More columns", so the main ones fit 1366 px. */
export const INSPECTION_MORE = [
  'inspection_method',
  'units_requiring_rework',
  'units_requiring_repair',
  'job_id',
  'qc_inspector_id',
  'sample_size_percent',
  'notes',
] as const;

/** The defect grid's columns: what kind, its cause and words, then the three flags (Yes/No). */
export const DEFECT_COLUMNS = [
  'defect_type',
  'root_cause',
  'defect_description',
  'is_rework_required',
  'is_repair_in_current_op',
  'is_scrapped',
  'unit_serial_or_id',
] as const;
