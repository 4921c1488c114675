import { sql } from 'kysely';
import { kpiQuery, ONE_SHAPE } from '../../kpi/kpi-query';

/** A hold opened or closed in the range, once per event. */
export interface HoldEvent {
  event: 'opened' | 'closed';
  hold_entry_id: string;
  work_order_id: string;
  hold_status: string;
  reason: string | null;
  reason_label: string | null;
  date: string;
  time: string | null;
}

/**
 * Holds opened (hold_date) or closed (resume_date) in [from, to]. A hold has no shift of its own,
 * so a shift report lists the holds of its date, with their times.
 */
export const HOLD_EVENTS = kpiQuery<HoldEvent>({
  name: 'report_hold_events',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: ['hold_entry', { table: 'hold_reason', tombstones: true }],
    select: sql<HoldEvent>`SELECT 'opened' AS event, h.hold_entry_id, h.work_order_id, h.hold_status, h.hold_reason AS reason,
  r.label AS reason_label, h.hold_date AS date, h.hold_time AS time
FROM hold_entry h
LEFT JOIN hold_reason r ON r.client_id = h.client_id AND r.code = h.hold_reason
WHERE h.hold_date BETWEEN ${p.from} AND ${p.to}
UNION ALL
SELECT 'closed' AS event, h.hold_entry_id, h.work_order_id, h.hold_status, h.hold_reason AS reason,
  r.label AS reason_label, h.resume_date AS date, h.resume_time AS time
FROM hold_entry h
LEFT JOIN hold_reason r ON r.client_id = h.client_id AND r.code = h.hold_reason
WHERE h.resume_date BETWEEN ${p.from} AND ${p.to}
ORDER BY 7, 8, 3`,
  }),
});
