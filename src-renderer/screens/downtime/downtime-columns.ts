/** The downtime grid's columns: when, which order, why and how long, then the follow-up. */
export const DOWNTIME_COLUMNS = [
  'shift_date',
  'shift_type',
  'work_order_id',
  'downtime_reason',
  'downtime_duration_minutes',
  'downtime_start_time',
  'downtime_reason_detail',
  'is_resolved',
  'resolution_notes',
  'responsible_person_id',
] as const;
