/** The attendance grid: who, absent or not, why and how long, then the hours. */
export const ATTENDANCE_COLUMNS = [
  'employee_id',
  'is_absent',
  'absence_type',
  'absence_hours',
  'scheduled_hours',
  'actual_hours',
] as const;

/** Behind "More columns" (the main ones fit a 1366-px screen); cover is usually typed in the coverage grid. */
export const ATTENDANCE_MORE = ['covered_by_floating_employee_id', 'notes'] as const;

/** The coverage grid: who was absent, which floating employee covered, for how long. */
export const COVERAGE_COLUMNS = [
  'absent_employee_id',
  'floating_employee_id',
  'coverage_duration_hours',
  'notes',
] as const;
