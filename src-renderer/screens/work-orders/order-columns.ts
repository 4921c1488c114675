/** The work order grid's columns: what identifies an order, then quantity and when it is due. */
export const ORDER_COLUMNS = [
  'work_order_id',
  'status',
  'style_model',
  'planned_quantity',
  'priority_level',
  'planned_ship_date',
  'required_date',
] as const;

/** Start and delivery dates and the rest, behind "More columns" (the main ones fit 1366 px). */
export const ORDER_MORE = [
  'planned_start_date',
  'actual_start_date',
  'actual_delivery_date',
  'ideal_cycle_time',
  'po_number',
  'notes',
] as const;

/** The job grid's columns, as the job form listed them. */
export const JOB_COLUMNS = [
  'job_id',
  'job_number',
  'part_number',
  'priority_level',
  'quantity_ordered',
  'quantity_completed',
  'quantity_scrapped',
] as const;

export const JOB_MORE = ['notes'] as const;
