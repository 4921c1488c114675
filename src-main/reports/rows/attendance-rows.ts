import { sql } from 'kysely';
import { kpiQuery, ONE_SHAPE } from '../../kpi/kpi-query';

/** One attendance record as the shift report lists it. */
export interface AttendanceLine {
  shift_type: string | null;
  employee_id: string;
  employee_name: string | null;
  scheduled_hours: number | null;
  actual_hours: number | null;
  is_absent: number | null;
  absence_type: string | null;
  absence_label: string | null;
  absence_hours: number | null;
  covered_by: string | null;
}

/** One floating employee's cover of an absence. */
export interface CoverageLine {
  shift_type: string;
  absent_employee_id: string;
  absent_name: string | null;
  floating_employee_id: string;
  floating_name: string | null;
  hours: number | null;
}

// employee is plant-level (not a tenant table): only the names of the scope's rows are read.

/** Attendance records over [from, to], absent people first, with names and absence words. */
export const ATTENDANCE_LINES = kpiQuery<AttendanceLine>({
  name: 'report_attendance_lines',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: ['attendance_entry', { table: 'absence_type', tombstones: true }],
    select: sql<AttendanceLine>`SELECT a.shift_type, a.employee_id, emp.employee_name, a.scheduled_hours, a.actual_hours,
  a.is_absent, a.absence_type, t.label AS absence_label, a.absence_hours,
  a.covered_by_floating_employee_id AS covered_by
FROM attendance_entry a
LEFT JOIN absence_type t ON t.client_id = a.client_id AND t.code = a.absence_type
LEFT JOIN employee emp ON emp.employee_id = a.employee_id AND emp.deleted_at IS NULL
WHERE a.shift_date BETWEEN ${p.from} AND ${p.to}
ORDER BY coalesce(a.is_absent, 0) DESC, a.employee_id, a.attendance_entry_id`,
  }),
});

/** Coverage entries over [from, to]: who covered whom, for how long. */
export const COVERAGE_LINES = kpiQuery<CoverageLine>({
  name: 'report_coverage_lines',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: ['coverage_entry'],
    select: sql<CoverageLine>`SELECT c.shift_type, c.absent_employee_id, ab.employee_name AS absent_name,
  c.floating_employee_id, fl.employee_name AS floating_name, c.coverage_duration_hours AS hours
FROM coverage_entry c
LEFT JOIN employee ab ON ab.employee_id = c.absent_employee_id AND ab.deleted_at IS NULL
LEFT JOIN employee fl ON fl.employee_id = c.floating_employee_id AND fl.deleted_at IS NULL
WHERE c.shift_date BETWEEN ${p.from} AND ${p.to}
ORDER BY c.absent_employee_id, c.coverage_entry_id`,
  }),
});
