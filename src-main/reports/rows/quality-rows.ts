import { sql } from 'kysely';
import { kpiQuery, ONE_SHAPE } from '../../kpi/kpi-query';

/** One line of a shift's inspections: a work order and operation checked, summed. */
export interface QualityLine {
  shift_type: string | null;
  work_order_id: string;
  operation_checked: string | null;
  entries: number;
  units_inspected: number | null;
  units_passed: number | null;
  units_defective: number | null;
  units_requiring_rework: number | null;
  units_requiring_repair: number | null;
  total_defects_count: number | null;
}

/** The defects found, by type. */
export interface DefectLine {
  shift_type: string | null;
  defect_type: string | null;
  defect_name: string | null;
  count: number;
}

/** Inspections over [from, to] by order and operation. */
export const QUALITY_LINES = kpiQuery<QualityLine>({
  name: 'report_quality_lines',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: ['quality_entry'],
    select: sql<QualityLine>`SELECT q.shift_type, q.work_order_id, q.operation_checked, count(*) AS entries,
  sum(q.units_inspected) AS units_inspected, sum(q.units_passed) AS units_passed,
  sum(q.units_defective) AS units_defective, sum(q.units_requiring_rework) AS units_requiring_rework,
  sum(q.units_requiring_repair) AS units_requiring_repair, sum(q.total_defects_count) AS total_defects_count
FROM quality_entry q
WHERE q.shift_date BETWEEN ${p.from} AND ${p.to}
GROUP BY q.shift_type, q.work_order_id, q.operation_checked
ORDER BY q.work_order_id, q.operation_checked`,
  }),
});

/** Defect details over [from, to] (their inspection's date and shift), counted by type, most first. */
export const DEFECT_LINES = kpiQuery<DefectLine>({
  name: 'report_defect_lines',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: ['defect_detail', 'quality_entry', { table: 'defect_type', tombstones: true }],
    select: sql<DefectLine>`SELECT q.shift_type, x.defect_type, max(t.defect_name) AS defect_name, count(*) AS count
FROM defect_detail x
JOIN quality_entry q ON q.quality_entry_id = x.quality_entry_id
LEFT JOIN defect_type t ON t.client_id = x.client_id AND t.defect_code = x.defect_type
WHERE q.shift_date BETWEEN ${p.from} AND ${p.to}
GROUP BY q.shift_type, x.defect_type
ORDER BY count DESC, x.defect_type`,
  }),
});
