/** The downtime grid's columns: when, which order, why, how long and since when. */
export const DOWNTIME_COLUMNS = [
  'shift_date',
  'shift_type',
  'work_order_id',
  'downtime_reason',
  'downtime_duration_minutes',
  'downtime_start_time',
] as const;

/** The words and the follow-up, behind "More columns" (the main ones fit a 1366-px screen). */
export const DOWNTIME_MORE = [
  'downtime_reason_detail',
  'is_resolved',
  'resolution_notes',
  'responsible_person_id',
] as const;
