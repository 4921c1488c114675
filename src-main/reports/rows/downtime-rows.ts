import { sql } from 'kysely';
import { kpiQuery, ONE_SHAPE } from '../../kpi/kpi-query';

/** One downtime entry as the shift report lists it. */
export interface DowntimeLine {
  shift_type: string | null;
  work_order_id: string;
  reason: string | null;
  reason_label: string | null;
  detail: string | null;
  start_time: string | null;
  minutes: number | null;
}

/** The downtime entries over [from, to], in the order they started, with their reason's words. */
export const DOWNTIME_LINES = kpiQuery<DowntimeLine>({
  name: 'report_downtime_lines',
  shapes: ONE_SHAPE,
  build: (p) => ({
    // A reason taken off the list keeps its words on the entries that used it.
    reads: ['downtime_entry', { table: 'downtime_reason', tombstones: true }],
    select: sql<DowntimeLine>`SELECT d.shift_type, d.work_order_id, d.downtime_reason AS reason, r.label AS reason_label,
  d.downtime_reason_detail AS detail, d.downtime_start_time AS start_time, d.downtime_duration_minutes AS minutes
FROM downtime_entry d
LEFT JOIN downtime_reason r ON r.client_id = d.client_id AND r.code = d.downtime_reason
WHERE d.shift_date BETWEEN ${p.from} AND ${p.to}
ORDER BY d.downtime_start_time IS NULL, d.downtime_start_time, d.work_order_id, d.downtime_entry_id`,
  }),
});
