import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The Kysely view of the schema that src-main/db/migrations/ creates: the single source of row types for the
 * whole app. Types follow the DDL exactly: TEXT → string, INTEGER/REAL → number, NULLable columns
 * `| null`, and `Generated<…>` only where the column has a database default (so an insert may omit
 * it). Enumerated columns are plain `string` here; narrow them with the constants of
 * src-shared/domain/enums.ts. A test checks every interface against `PRAGMA table_info`.
 *
 * Every data table carries the sync columns (created_at … deleted_at); queries ignore rows whose
 * `deleted_at` is set.
 */

/** Applied migrations, by name (written by migrate.ts). */
export interface SchemaMigrationTable {
  name: string;
  applied_at: string;
}

/** A client (business unit / line) of the plant: the tenant. Keyed by the plant's own code. */
export interface ClientTable {
  client_id: string;
  client_name: string | null;
  client_contact: string | null;
  client_email: string | null;
  client_phone: string | null;
  location: string | null;
  supervisor_id: string | null;
  planner_id: string | null;
  engineering_id: string | null;
  client_type: string | null;
  timezone: string | null;
  is_active: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** A login (USER in the inventory). `username` is unique without regard to case. */
export interface AppUserTable {
  user_id: string;
  username: string;
  full_name: string | null;
  email: string | null;
  role: string;
  client_id_assigned: string | null;
  is_active: Generated<number>;
  last_login: string | null;
  password_hash: string | null;
  failed_login_count: Generated<number>;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** Which clients a LEADER or OPERATOR may see (ADMIN and POWERUSER see all). */
export interface UserClientAccessTable {
  user_id: string;
  client_id: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** A plant employee; linked to clients through `employee_client_assignment`. */
export interface EmployeeTable {
  employee_id: string;
  employee_name: string | null;
  department: string | null;
  is_floating_pool: Generated<number>;
  is_support_billed: Generated<number>;
  is_support_included: Generated<number>;
  client_id_assigned: string | null;
  hourly_rate: number | null;
  is_active: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** Employee ↔ client; attendance and coverage rows require the pair. */
export interface EmployeeClientAssignmentTable {
  employee_id: string;
  client_id: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** Availability history of floating employees (several rows per employee). */
export interface FloatingPoolTable {
  floating_pool_id: string;
  employee_id: string;
  status: Generated<string>;
  assigned_to_client: string | null;
  assigned_by_user_id: string | null;
  last_updated_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** One row per client: KPI targets and inference defaults (KPIS.md). */
export interface ClientConfigTable {
  client_id: string;
  efficiency_target: Generated<number>;
  performance_target: Generated<number>;
  availability_target: Generated<number>;
  oee_target: Generated<number>;
  fpy_target: Generated<number>;
  ppm_target: Generated<number>;
  dpmo_opportunities_default: Generated<number>;
  otd_target: Generated<number>;
  absenteeism_target: Generated<number>;
  wip_aging_threshold_days: Generated<number>;
  wip_critical_threshold_days: Generated<number>;
  default_cycle_time_hours: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** The client's shift calendar, one row per shift_type. */
export interface ShiftTable {
  client_id: string;
  shift_type: string;
  start_time: string;
  end_time: string;
  break_minutes: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** A client's style/model with its ideal cycle time. */
export interface ProductTable {
  client_id: string;
  style_model: string;
  description: string | null;
  ideal_cycle_time: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** The client's defect catalogue; `defect_detail.defect_type` is one of its codes. */
export interface DefectTypeTable {
  client_id: string;
  defect_code: string;
  defect_name: string;
  description: string | null;
  category: string | null;
  severity_default: string | null;
  industry_standard_code: string | null;
  sort_order: Generated<number>;
  is_active: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** The client's downtime reasons; `downtime_entry.downtime_reason` is one of its codes. */
export interface DowntimeReasonTable {
  client_id: string;
  code: string;
  label: string;
  is_active: Generated<number>;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** The client's hold reasons; `hold_entry.hold_reason` is one of its codes. */
export interface HoldReasonTable {
  client_id: string;
  code: string;
  label: string;
  is_active: Generated<number>;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** The client's absence types; `attendance_entry.absence_type` is one of its codes. */
export interface AbsenceTypeTable {
  client_id: string;
  code: string;
  label: string;
  is_active: Generated<number>;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** A customer work order. */
export interface WorkOrderTable {
  work_order_id: string;
  client_id: string;
  style_model: string | null;
  planned_quantity: number | null;
  planned_start_date: string | null;
  actual_start_date: string | null;
  planned_ship_date: string | null;
  required_date: string | null;
  ideal_cycle_time: number | null;
  status: Generated<string>;
  receipt_date: string | null;
  acknowledged_date: string | null;
  priority_level: Generated<string>;
  po_number: string | null;
  notes: string | null;
  actual_delivery_date: string | null;
  actual_completion_date: string | null;
  closure_date: string | null;
  delay_reason: string | null;
  is_delay_justified: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** A line item of a work order, in the same client. */
export interface JobTable {
  job_id: string;
  work_order_id: string;
  client_id: string;
  job_number: string | null;
  part_number: string | null;
  quantity_ordered: number | null;
  quantity_completed: number | null;
  quantity_scrapped: number | null;
  priority_level: Generated<string>;
  notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** Defect opportunities per unit of a client's part (DPMO). */
export interface PartOpportunitiesTable {
  client_id: string;
  part_number: string;
  opportunities_per_unit: number | null;
  description: string | null;
  updated_by_user_id: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** Units produced by a line for a work order on a date and shift. */
export interface ProductionEntryTable {
  production_entry_id: string;
  work_order_id: string;
  job_id: string | null;
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  operation_id: string | null;
  units_produced: number | null;
  units_defective: number | null;
  run_time_hours: number | null;
  employees_assigned: number | null;
  employees_present: number | null;
  data_collector_id: string | null;
  entry_method: string | null;
  timestamp: string | null;
  verified_by: string | null;
  verified_at: string | null;
  notes: string | null;
  shift_hours_scheduled: number | null;
  downtime_total_minutes: number | null;
  efficiency_target: number | null;
  performance_target: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** Downtime of a line for a work order on a date and shift. */
export interface DowntimeEntryTable {
  downtime_entry_id: string;
  work_order_id: string;
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  downtime_reason: string | null;
  downtime_reason_detail: string | null;
  downtime_duration_minutes: number | null;
  downtime_start_time: string | null;
  responsible_person_id: string | null;
  reported_by_user_id: string | null;
  reported_at: string | null;
  is_resolved: Generated<number>;
  resolution_notes: string | null;
  impact_on_wip_hours: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** A hold / resume of a work order (or one of its jobs), through its approval workflow. */
export interface HoldEntryTable {
  hold_entry_id: string;
  work_order_id: string;
  job_id: string | null;
  client_id: string;
  hold_status: Generated<string>;
  hold_date: string;
  hold_time: string | null;
  hold_reason: string | null;
  hold_reason_detail: string | null;
  hold_approved_by_user_id: string | null;
  hold_approved_at: string | null;
  resume_date: string | null;
  resume_time: string | null;
  resume_approved_by_user_id: string | null;
  resume_approved_at: string | null;
  total_hold_duration_hours: number | null;
  hold_notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** One employee's attendance for a client on a date and shift. */
export interface AttendanceEntryTable {
  attendance_entry_id: string;
  employee_id: string;
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  scheduled_hours: number | null;
  actual_hours: number | null;
  is_absent: number | null;
  absence_type: string | null;
  absence_hours: number | null;
  covered_by_floating_employee_id: string | null;
  coverage_confirmed: Generated<number>;
  recorded_by_user_id: string | null;
  recorded_at: string | null;
  verified_by_user_id: string | null;
  verified_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** A floating employee covering an absent employee's shift. */
export interface CoverageEntryTable {
  coverage_entry_id: string;
  absent_employee_id: string;
  floating_employee_id: string;
  client_id: string;
  shift_date: string;
  shift_type: string;
  coverage_duration_hours: number | null;
  recorded_by_user_id: string | null;
  recorded_at: string | null;
  verified: Generated<number>;
  notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** One quality inspection of a work order's units. */
export interface QualityEntryTable {
  quality_entry_id: string;
  work_order_id: string;
  job_id: string | null;
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  operation_checked: string | null;
  units_inspected: number | null;
  units_passed: number | null;
  units_defective: number | null;
  units_requiring_rework: number | null;
  units_requiring_repair: number | null;
  defect_categories: string | null;
  total_defects_count: number | null;
  qc_inspector_id: string | null;
  recorded_by_user_id: string | null;
  recorded_at: string | null;
  inspection_method: string | null;
  sample_size_percent: number | null;
  notes: string | null;
  verified_by_user_id: string | null;
  verified_at: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** One defect found by a quality inspection. */
export interface DefectDetailTable {
  defect_detail_id: string;
  quality_entry_id: string;
  client_id: string;
  defect_type: string | null;
  defect_description: string | null;
  unit_serial_or_id: string | null;
  is_rework_required: number | null;
  is_repair_in_current_op: number | null;
  is_scrapped: number | null;
  root_cause: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
}

/** Append-only history of every change (the database refuses UPDATE and DELETE). */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  client_id: string | null;
  table_name: string;
  row_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  /** 'hub' for a row pulled from the plant hub; NULL for a change made on this PC (migration 0022). */
  source: string | null;
}

/** Plant-wide settings: one row (`setting_id` 1), absent until an administrator first saves. */
export interface PlantSettingsTable {
  setting_id: Generated<number>;
  session_idle_minutes: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  deleted_at: string | null;
  // 0018: added after the sync columns (ALTER TABLE appends).
  report_paper_size: Generated<string>;
  daily_report_folder: string | null;
  daily_report_format: Generated<string>;
  daily_report_hour: Generated<number>;
  // 0023: the language and regional format a user gets until they choose their own.
  default_language: Generated<string>;
  default_regional_format: Generated<string>;
}

/** A user's own language and regional format on this PC (0023): a preference, never synced. */
export interface UserLocaleTable {
  user_id: string;
  language: string;
  regional_format: string;
  updated_at: string;
}

/** This PC's record of the morning report job (0018): one row. */
export interface ReportScheduleStateTable {
  state_id: Generated<number>;
  last_report_date: string | null;
  next_run_at: string | null;
  last_run_at: string | null;
  last_result_json: string | null;
}

/** One change of a data row waiting to be pushed to the plant hub (migration 0022). */
export interface SyncOutboxTable {
  mutation_id: Generated<number>;
  table_name: string;
  key_json: string;
  op: string;
  base_version: number | null;
  row_json: string;
  user_id: string | null;
  at: string;
}

/** The hub this PC is enrolled with: one row (`state_id` 1), absent until enrolment. */
export interface SyncStateTable {
  state_id: Generated<number>;
  hub_url: string;
  device_id: string;
  device_secret: string;
  device_name: string;
  user_id: string;
  username: string;
  role: string;
  scope_json: string;
  cursors_json: Generated<string>;
  plant_cursor: Generated<number>;
  joined_at: string;
  last_success_at: string | null;
  unreachable_since: string | null;
  last_error: string | null;
  last_error_code: string | null;
}

/** This PC's side of a change the hub did not take, until a person resolves it. */
export interface SyncConflictTable {
  conflict_id: Generated<number>;
  table_name: string;
  key_json: string;
  kind: string;
  op: string;
  local_row_json: string;
  server_row_json: string | null;
  local_user_id: string | null;
  local_at: string;
  message: string | null;
  hub_conflict_id: number | null;
  mutation_id: number | null;
  detected_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

/** Unsaved grid rows kept for one user on this PC: not plant data, never synced (migration 0016). */
export interface UserDraftTable {
  user_id: string;
  draft_key: string;
  client_id: string | null;
  summary: string;
  row_count: number;
  /** JSON of the draft's body (contract/drafts.ts). */
  payload: string;
  updated_at: string;
}

/** A (client, day) whose rollup cells wait to be recomputed; day '' = all of the client's days (0021). */
export interface RollupStaleTable {
  client_id: string;
  day: string;
}

/**
 * Holds a row only inside a batch's transaction (an import), never committed: the entry tables'
 * insert triggers leave their stale marks to the batch meanwhile (0031).
 */
export interface RollupMarksDeferredTable {
  batch: Generated<number>;
}

/** The columns that key a rollup cell; the rest of a rollup row are the sums an aggregate reads. */
export type RollupCellKey =
  | 'client_id'
  | 'shift_date'
  | 'shift_type'
  | 'work_order_id'
  | 'style_model'
  | 'operation_id';

/** A rollup table's sums alone: the row an aggregate over its cells (or the raw rows) returns. */
export type RollupSums<T> = Omit<T, RollupCellKey>;

/** Daily rollup cells of the production entries (0021): the sums of production-sums-sql.ts. */
export interface RollupProductionTable {
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  work_order_id: string | null;
  style_model: string | null;
  operation_id: string | null;
  eff_rows: number;
  earned: number;
  labor: number;
  eff_inferred: number;
  eff_conf: number;
  run: number;
  perf_inferred: number;
  perf_conf: number;
  q_rows: number;
  good: number;
  q_units: number;
  all_rows: number;
  planned: number;
  planned_inferred: number;
  planned_conf: number;
}

/** Daily rollup cells of the downtime entries (0021). */
export interface RollupDowntimeTable {
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  work_order_id: string | null;
  style_model: string | null;
  operation_id: string | null;
  rows: number;
  minutes: number;
  missing: number;
}

/** Daily rollup cells of the quality entries (0021). */
export interface RollupQualityTable {
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  work_order_id: string | null;
  style_model: string | null;
  operation_id: string | null;
  entries: number;
  ppm_rows: number;
  defective: number;
  ppm_inspected: number;
  dpmo_rows: number;
  defects: number;
  opportunities: number;
  dpmo_inferred: number;
  dpmo_confidence: number;
  fpy_rows: number;
  passed: number;
  fpy_inspected: number;
}

/** Daily rollup cells of the attendance entries (0021). */
export interface RollupAttendanceTable {
  client_id: string;
  shift_date: string;
  shift_type: string | null;
  work_order_id: string | null;
  style_model: string | null;
  operation_id: string | null;
  entries: number;
  rows: number;
  scheduled: number;
  absence: number;
  covered: number;
}

/** Day totals of rollup_production per client and day (0024). */
export interface RollupProductionDayTable {
  client_id: string;
  shift_date: string;
  eff_rows: number;
  earned: number;
  labor: number;
  eff_inferred: number;
  eff_conf: number;
  run: number;
  perf_inferred: number;
  perf_conf: number;
  q_rows: number;
  good: number;
  q_units: number;
  all_rows: number;
  planned: number;
  planned_inferred: number;
  planned_conf: number;
}

/** Day totals of rollup_downtime per client and day (0024). */
export interface RollupDowntimeDayTable {
  client_id: string;
  shift_date: string;
  rows: number;
  minutes: number;
  missing: number;
}

/** Day totals of rollup_quality per client, day and operation (0024). */
export interface RollupQualityDayTable {
  client_id: string;
  shift_date: string;
  operation_id: string | null;
  entries: number;
  ppm_rows: number;
  defective: number;
  ppm_inspected: number;
  dpmo_rows: number;
  defects: number;
  opportunities: number;
  dpmo_inferred: number;
  dpmo_confidence: number;
  fpy_rows: number;
  passed: number;
  fpy_inspected: number;
}

/** Week totals of rollup_quality per client, every operation together (0029). */
export interface RollupQualityClientWeekTable {
  client_id: string;
  shift_date: string;
  entries: number;
  ppm_rows: number;
  defective: number;
  ppm_inspected: number;
  dpmo_rows: number;
  defects: number;
  opportunities: number;
  dpmo_inferred: number;
  dpmo_confidence: number;
  fpy_rows: number;
  passed: number;
  fpy_inspected: number;
}

/** Day totals of rollup_attendance per client and day (0024). */
export interface RollupAttendanceDayTable {
  client_id: string;
  shift_date: string;
  entries: number;
  rows: number;
  scheduled: number;
  absence: number;
  covered: number;
}

/** OTD per work order (0026): its promised date as the delivery family infers it, and what OTD counts by. */
export interface RollupOrderTable {
  work_order_id: string;
  client_id: string;
  style_model: string | null;
  status: string;
  actual_delivery_date: string | null;
  promised_date: string | null;
  confidence: number | null;
  inferred: number;
}

/** OTD per client, promised week, status half and delivered (0030): sums of rollup_order's rows. */
export interface RollupOrderWeeksTable {
  client_id: string;
  shift_date: string;
  completed: number;
  delivered: number;
  orders: number;
  on_time: number;
  inferred: number;
  confidence: number;
}

/** Bradford per absent attendance record (0027): its previous absence and whether it starts a spell. */
export interface RollupAbsenceTable {
  attendance_entry_id: string;
  client_id: string;
  employee_id: string;
  shift_date: string;
  shift_type: string;
  prev_date: string | null;
  prev_type: string | null;
  spell_start: number;
}

export interface DB {
  schema_migration: SchemaMigrationTable;
  client: ClientTable;
  app_user: AppUserTable;
  user_client_access: UserClientAccessTable;
  employee: EmployeeTable;
  employee_client_assignment: EmployeeClientAssignmentTable;
  floating_pool: FloatingPoolTable;
  client_config: ClientConfigTable;
  shift: ShiftTable;
  product: ProductTable;
  defect_type: DefectTypeTable;
  downtime_reason: DowntimeReasonTable;
  hold_reason: HoldReasonTable;
  absence_type: AbsenceTypeTable;
  work_order: WorkOrderTable;
  job: JobTable;
  part_opportunities: PartOpportunitiesTable;
  production_entry: ProductionEntryTable;
  downtime_entry: DowntimeEntryTable;
  hold_entry: HoldEntryTable;
  attendance_entry: AttendanceEntryTable;
  coverage_entry: CoverageEntryTable;
  quality_entry: QualityEntryTable;
  defect_detail: DefectDetailTable;
  audit_log: AuditLogTable;
  plant_settings: PlantSettingsTable;
  user_draft: UserDraftTable;
  report_schedule_state: ReportScheduleStateTable;
  rollup_stale: RollupStaleTable;
  rollup_marks_deferred: RollupMarksDeferredTable;
  rollup_production: RollupProductionTable;
  rollup_downtime: RollupDowntimeTable;
  rollup_quality: RollupQualityTable;
  rollup_attendance: RollupAttendanceTable;
  sync_outbox: SyncOutboxTable;
  sync_state: SyncStateTable;
  sync_conflict: SyncConflictTable;
  user_locale: UserLocaleTable;
  rollup_production_totals: RollupProductionDayTable;
  rollup_downtime_totals: RollupDowntimeDayTable;
  rollup_quality_totals: RollupQualityDayTable;
  rollup_attendance_totals: RollupAttendanceDayTable;
  /** Week totals (0028): the day totals' columns, shift_date the ISO week's Monday. */
  rollup_production_weeks: RollupProductionDayTable;
  rollup_downtime_weeks: RollupDowntimeDayTable;
  rollup_quality_weeks: RollupQualityDayTable;
  rollup_attendance_weeks: RollupAttendanceDayTable;
  rollup_quality_client_weeks: RollupQualityClientWeekTable;
  rollup_order: RollupOrderTable;
  rollup_absence: RollupAbsenceTable;
  rollup_order_weeks: RollupOrderWeeksTable;
}

export type TableName = keyof DB;
/** A row as read. */
export type Row<T extends TableName> = Selectable<DB[T]>;
/** A row as inserted (columns with a default or NULLable may be omitted). */
export type NewRow<T extends TableName> = Insertable<DB[T]>;
/** A partial row as updated. */
export type RowUpdate<T extends TableName> = Updateable<DB[T]>;
