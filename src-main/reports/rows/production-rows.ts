import { sql } from 'kysely';
import { kpiQuery, ONE_SHAPE } from '../../kpi/kpi-query';

/** One line of a shift's production: the entries of a work order and operation, summed. */
export interface ProductionLine {
  shift_type: string | null;
  work_order_id: string;
  style_model: string | null;
  operation_id: string | null;
  entries: number;
  units_produced: number | null;
  units_defective: number | null;
  run_time_hours: number | null;
  employees_assigned: number | null;
}

/**
 * Production by order and operation over [from, to], per shift, through the scope's tables: sums
 * of what was recorded (a blank stays blank: SUM of nothing is NULL, never a made-up 0).
 */
export const PRODUCTION_LINES = kpiQuery<ProductionLine>({
  name: 'report_production_lines',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: ['production_entry', 'work_order'],
    select: sql<ProductionLine>`SELECT e.shift_type, e.work_order_id, max(w.style_model) AS style_model, e.operation_id,
  count(*) AS entries, sum(e.units_produced) AS units_produced, sum(e.units_defective) AS units_defective,
  sum(e.run_time_hours) AS run_time_hours, sum(e.employees_assigned) AS employees_assigned
FROM production_entry e
LEFT JOIN work_order w ON w.work_order_id = e.work_order_id AND w.client_id = e.client_id
WHERE e.shift_date BETWEEN ${p.from} AND ${p.to}
GROUP BY e.shift_type, e.work_order_id, e.operation_id
ORDER BY e.work_order_id, e.operation_id`,
  }),
});
