import type { Migration } from '../migration';

/**
 * Reporting views per client and shift_date for external tools that read the database file (they
 * cannot pass a user scope, so the views cover every client). They restate the KPI engine's
 * definitions (src-main/kpi/quality, src-main/kpi/attendance) in literal SQL on purpose: a shipped
 * migration must not change when the engine's code does. A test holds the two in agreement.
 *
 * - Every view row has the sums behind each value, so a tool can re-aggregate days into weeks or
 *   clients as a ratio of sums (never by averaging the daily rates).
 * - Sigma is left out of v_quality_summary: Φ⁻¹ needs a rational approximation that does not belong
 *   in a view; tools compute it from `dpmo` (sigma = Φ⁻¹(1 − dpmo/10⁶) + 1.5, at most 6).
 * - RTY multiplies the daily yields of the operations with a recursive CTE, not exp(Σ ln), because
 *   SQLite builds without the math functions (many reporting tools' drivers) would fail the whole view.
 * - Only standard SQLite ≥ 3.25 features: CTEs, window functions, multi-argument min()/max().
 */
const DDL = `
CREATE VIEW v_quality_summary AS
WITH r AS (
  SELECT q.client_id, q.shift_date, NULLIF(q.operation_checked, '') AS op,
    q.units_inspected AS inspected, q.units_defective AS defective, q.units_passed AS passed,
    q.total_defects_count AS defects,
    -- Opportunities per unit: the part's count (confidence 1.0) → the client default, 1 without one (0.5).
    COALESCE(po.opportunities_per_unit, cc.dpmo_opportunities_default, 1) AS opp,
    po.opportunities_per_unit IS NULL AS opp_inferred
  FROM quality_entry q
  LEFT JOIN job j ON j.job_id = q.job_id AND j.client_id = q.client_id AND j.deleted_at IS NULL
  LEFT JOIN part_opportunities po ON po.client_id = q.client_id AND po.part_number = j.part_number
    AND po.deleted_at IS NULL
  LEFT JOIN client_config cc ON cc.client_id = q.client_id AND cc.deleted_at IS NULL
  WHERE q.deleted_at IS NULL
),
day AS (
  SELECT client_id, shift_date, count(*) AS entries,
    count(CASE WHEN inspected IS NOT NULL AND defective IS NOT NULL THEN 1 END) AS ppm_rows,
    total(CASE WHEN inspected IS NOT NULL THEN defective END) AS units_defective,
    total(CASE WHEN defective IS NOT NULL THEN inspected END) AS ppm_units_inspected,
    count(CASE WHEN inspected IS NOT NULL AND defects IS NOT NULL THEN 1 END) AS dpmo_rows,
    total(CASE WHEN inspected IS NOT NULL AND defects IS NOT NULL THEN opp_inferred END) AS dpmo_inferred_rows,
    total(CASE WHEN inspected IS NOT NULL AND defects IS NOT NULL
      THEN CASE WHEN opp_inferred THEN 0.5 ELSE 1.0 END END) AS dpmo_confidence_sum,
    total(CASE WHEN inspected IS NOT NULL THEN defects END) AS total_defects,
    total(CASE WHEN defects IS NOT NULL THEN inspected * opp END) AS opportunities,
    count(CASE WHEN inspected IS NOT NULL AND passed IS NOT NULL THEN 1 END) AS fpy_rows,
    total(CASE WHEN inspected IS NOT NULL THEN passed END) AS units_passed,
    total(CASE WHEN passed IS NOT NULL THEN inspected END) AS fpy_units_inspected
  FROM r
  GROUP BY client_id, shift_date
),
-- One row per operation of the day (entries with a blank operation_checked form one unnamed operation).
op AS (
  SELECT client_id, shift_date, total(passed) AS passed, total(inspected) AS inspected,
    row_number() OVER (PARTITION BY client_id, shift_date ORDER BY op) AS n,
    count(*) OVER (PARTITION BY client_id, shift_date) AS operations
  FROM r
  WHERE inspected IS NOT NULL AND passed IS NOT NULL
  GROUP BY client_id, shift_date, op
),
-- Running product of the yields; a division by 0 is NULL in SQLite, so an operation with no unit
-- inspected makes the day's RTY NULL, as in the engine.
rty (client_id, shift_date, n, operations, yield) AS (
  SELECT client_id, shift_date, n, operations, passed / inspected FROM op WHERE n = 1
  UNION ALL
  SELECT p.client_id, p.shift_date, o.n, p.operations, p.yield * (o.passed / o.inspected)
  FROM rty p JOIN op o ON o.client_id = p.client_id AND o.shift_date = p.shift_date AND o.n = p.n + 1
)
SELECT d.client_id, d.shift_date, d.entries,
  d.ppm_rows, d.units_defective, d.ppm_units_inspected,
  CASE WHEN d.ppm_units_inspected > 0 THEN d.units_defective / d.ppm_units_inspected * 1000000 END AS ppm,
  d.dpmo_rows, CAST(d.dpmo_inferred_rows AS INTEGER) AS dpmo_inferred_rows,
  CASE WHEN d.dpmo_rows > 0 THEN d.dpmo_confidence_sum / d.dpmo_rows ELSE 1 END AS dpmo_confidence,
  d.total_defects, d.opportunities,
  CASE WHEN d.opportunities > 0 THEN d.total_defects / d.opportunities * 1000000 END AS dpmo,
  d.fpy_rows, d.units_passed, d.fpy_units_inspected,
  CASE WHEN d.fpy_units_inspected > 0 THEN d.units_passed / d.fpy_units_inspected * 100 END AS fpy,
  coalesce(t.operations, 0) AS rty_operations,
  t.yield * 100 AS rty
FROM day d
LEFT JOIN rty t ON t.client_id = d.client_id AND t.shift_date = d.shift_date AND t.n = t.operations;

CREATE VIEW v_absenteeism_summary AS
WITH cov AS (
  SELECT client_id, absent_employee_id, shift_date, shift_type, total(coverage_duration_hours) AS hours
  FROM coverage_entry
  WHERE deleted_at IS NULL AND coverage_duration_hours IS NOT NULL
  GROUP BY client_id, absent_employee_id, shift_date, shift_type
),
r AS (
  SELECT a.client_id, a.shift_date, a.scheduled_hours AS scheduled,
    CASE WHEN a.is_absent = 1
      THEN COALESCE(a.absence_hours, max(a.scheduled_hours - a.actual_hours, 0), a.scheduled_hours)
      ELSE 0 END AS absence,
    a.covered_by_floating_employee_id AS covered_by, cov.hours AS cov_hours
  FROM attendance_entry a
  LEFT JOIN cov ON cov.client_id = a.client_id AND cov.absent_employee_id = a.employee_id
    AND cov.shift_date = a.shift_date AND cov.shift_type IS a.shift_type
  WHERE a.deleted_at IS NULL
),
day AS (
  SELECT client_id, shift_date, count(*) AS entries, count(scheduled) AS absenteeism_rows,
    total(scheduled) AS scheduled_hours,
    total(CASE WHEN scheduled IS NOT NULL THEN absence END) AS absence_hours,
    total(CASE WHEN scheduled IS NOT NULL AND absence > 0 THEN
      CASE WHEN cov_hours IS NOT NULL THEN min(cov_hours, absence) WHEN covered_by IS NOT NULL THEN absence ELSE 0 END
    END) AS covered_hours
  FROM r
  GROUP BY client_id, shift_date
)
SELECT client_id, shift_date, entries, absenteeism_rows, scheduled_hours, absence_hours, covered_hours,
  CASE WHEN scheduled_hours > 0 THEN (absence_hours - covered_hours) / scheduled_hours * 100 END AS absenteeism,
  CASE WHEN scheduled_hours > 0 THEN absence_hours / scheduled_hours * 100 END AS gross
FROM day;
`;

export const viewQualityAbsenteeism: Migration = {
  name: '0009-view-quality-absenteeism',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
