import { sql } from 'kysely';
import { CLIENT_CONFIG_DEFAULTS as D } from '../../../src-main/db/reference-defaults';
import {
  CLIENT_TYPES,
  ENTRY_METHODS,
  FLOATING_POOL_STATUSES,
  HOLD_STATUSES,
  INSPECTION_METHODS,
  PRIORITY_LEVELS,
  ROLES,
  ROOT_CAUSES,
  SEVERITIES,
  SHIFT_TYPES,
  WORK_ORDER_STATUSES,
} from '../../../src-shared/domain/enums';
import type { HubMigration } from '../hub-migration';
import {
  above,
  atLeast,
  between,
  bool,
  clientRef,
  createTable,
  date,
  employeeRef,
  inList,
  int,
  isCode,
  isKey,
  isUpperSnake,
  key,
  minutesOfDay,
  real,
  syncColumns,
  type TableDef,
  text,
  time,
  timestamp,
  userRef,
} from './pg-ddl';

/**
 * Every data table of the PC's schema (src-main/db/migrations/0001–0007) in PostgreSQL types, with
 * the same column names and order, keys, CHECKs and tenant integrity (composite foreign keys), plus
 * `server_version`. Dates are `date`, timestamps `timestamptz`, flags `boolean`, times `HH:MM` text.
 * The PC's audit log and migration ledger stay on the PC: the hub keeps its own.
 */

const ref = (column: string) => sql.ref(column);
const SHIFT_MINUTES = sql`((${minutesOfDay('end_time')} - ${minutesOfDay('start_time')} + 1440) % 1440)`;

const appUser: TableDef = {
  name: 'app_user',
  columns: [
    key('user_id'),
    text('username', { notNull: true, check: isCode('username', 50) }),
    text('full_name'),
    text('email'),
    text('role', { notNull: true, check: inList('role', ROLES) }),
    text('client_id_assigned'),
    bool('is_active', { notNull: true, defaultTo: true }),
    timestamp('last_login'),
    text('password_hash'),
    int('failed_login_count', { notNull: true, defaultTo: 0, check: atLeast('failed_login_count', 0) }),
    timestamp('locked_until'),
    ...syncColumns(),
  ],
  primaryKey: ['user_id'],
};

const employee: TableDef = {
  name: 'employee',
  columns: [
    key('employee_id'),
    text('employee_name'),
    text('department'),
    bool('is_floating_pool', { notNull: true, defaultTo: false }),
    bool('is_support_billed', { notNull: true, defaultTo: false }),
    bool('is_support_included', { notNull: true, defaultTo: false }),
    text('client_id_assigned'),
    real('hourly_rate', { check: atLeast('hourly_rate', 0) }),
    bool('is_active', { notNull: true, defaultTo: true }),
    ...syncColumns(),
  ],
  primaryKey: ['employee_id'],
};

const client: TableDef = {
  name: 'client',
  columns: [
    text('client_id', { notNull: true, check: isCode('client_id', 20) }),
    text('client_name'),
    text('client_contact'),
    text('client_email'),
    text('client_phone'),
    text('location'),
    employeeRef('supervisor_id'),
    employeeRef('planner_id'),
    employeeRef('engineering_id'),
    text('client_type', { check: inList('client_type', CLIENT_TYPES) }),
    text('timezone'),
    bool('is_active', { notNull: true, defaultTo: true }),
    ...syncColumns(),
  ],
  primaryKey: ['client_id'],
};

const userClientAccess: TableDef = {
  name: 'user_client_access',
  columns: [
    { name: 'user_id', type: 'text', notNull: true, references: 'app_user.user_id' },
    clientRef(),
    ...syncColumns(),
  ],
  primaryKey: ['user_id', 'client_id'],
};

const employeeClientAssignment: TableDef = {
  name: 'employee_client_assignment',
  columns: [
    { name: 'employee_id', type: 'text', notNull: true, references: 'employee.employee_id' },
    clientRef(),
    ...syncColumns(),
  ],
  primaryKey: ['employee_id', 'client_id'],
};

const floatingPool: TableDef = {
  name: 'floating_pool',
  columns: [
    key('floating_pool_id'),
    { name: 'employee_id', type: 'text', notNull: true, references: 'employee.employee_id' },
    text('status', {
      notNull: true,
      defaultTo: 'AVAILABLE',
      check: inList('status', FLOATING_POOL_STATUSES),
    }),
    { name: 'assigned_to_client', type: 'text', references: 'client.client_id' },
    userRef('assigned_by_user_id'),
    timestamp('last_updated_at'),
    text('notes'),
    ...syncColumns(),
  ],
  primaryKey: ['floating_pool_id'],
  checks: [sql`${ref('status')} <> 'AVAILABLE' OR ${ref('assigned_to_client')} IS NULL`],
};

const clientConfig: TableDef = {
  name: 'client_config',
  columns: [
    clientRef(),
    real('efficiency_target', {
      notNull: true,
      defaultTo: D.efficiency_target,
      check: atLeast('efficiency_target', 0),
    }),
    real('performance_target', {
      notNull: true,
      defaultTo: D.performance_target,
      check: atLeast('performance_target', 0),
    }),
    real('availability_target', {
      notNull: true,
      defaultTo: D.availability_target,
      check: between('availability_target', 0, 100),
    }),
    real('oee_target', { notNull: true, defaultTo: D.oee_target, check: between('oee_target', 0, 100) }),
    real('fpy_target', { notNull: true, defaultTo: D.fpy_target, check: between('fpy_target', 0, 100) }),
    int('ppm_target', { notNull: true, defaultTo: D.ppm_target, check: between('ppm_target', 0, 1_000_000) }),
    int('dpmo_opportunities_default', {
      notNull: true,
      defaultTo: D.dpmo_opportunities_default,
      check: atLeast('dpmo_opportunities_default', 1),
    }),
    real('otd_target', { notNull: true, defaultTo: D.otd_target, check: between('otd_target', 0, 100) }),
    real('absenteeism_target', {
      notNull: true,
      defaultTo: D.absenteeism_target,
      check: between('absenteeism_target', 0, 100),
    }),
    int('wip_aging_threshold_days', {
      notNull: true,
      defaultTo: D.wip_aging_threshold_days,
      check: atLeast('wip_aging_threshold_days', 0),
    }),
    int('wip_critical_threshold_days', { notNull: true, defaultTo: D.wip_critical_threshold_days }),
    real('default_cycle_time_hours', {
      notNull: true,
      defaultTo: D.default_cycle_time_hours,
      check: above('default_cycle_time_hours', 0),
    }),
    ...syncColumns(),
  ],
  primaryKey: ['client_id'],
  checks: [sql`${ref('wip_critical_threshold_days')} >= ${ref('wip_aging_threshold_days')}`],
};

const shift: TableDef = {
  name: 'shift',
  columns: [
    clientRef(),
    text('shift_type', { notNull: true, check: inList('shift_type', SHIFT_TYPES) }),
    time('start_time', { notNull: true }),
    time('end_time', { notNull: true }),
    int('break_minutes', { notNull: true, defaultTo: 0, check: atLeast('break_minutes', 0) }),
    ...syncColumns(),
  ],
  primaryKey: ['client_id', 'shift_type'],
  checks: [sql`${ref('start_time')} <> ${ref('end_time')}`, sql`${ref('break_minutes')} < ${SHIFT_MINUTES}`],
};

const product: TableDef = {
  name: 'product',
  columns: [
    clientRef(),
    text('style_model', { notNull: true, check: isKey('style_model', 100) }),
    text('description'),
    real('ideal_cycle_time', { check: above('ideal_cycle_time', 0) }),
    ...syncColumns(),
  ],
  primaryKey: ['client_id', 'style_model'],
};

const defectType: TableDef = {
  name: 'defect_type',
  columns: [
    clientRef(),
    text('defect_code', { notNull: true, check: isUpperSnake('defect_code') }),
    text('defect_name', { notNull: true, check: sql`length(${ref('defect_name')}) > 0` }),
    text('description'),
    text('category'),
    text('severity_default', { check: inList('severity_default', SEVERITIES) }),
    text('industry_standard_code'),
    int('sort_order', { notNull: true, defaultTo: 0 }),
    bool('is_active', { notNull: true, defaultTo: true }),
    ...syncColumns(),
  ],
  primaryKey: ['client_id', 'defect_code'],
};

/** The three simple code lists share one shape. */
function codeList(name: string): TableDef {
  return {
    name,
    columns: [
      clientRef(),
      text('code', { notNull: true, check: isUpperSnake('code') }),
      text('label', { notNull: true, check: sql`length(${ref('label')}) > 0` }),
      bool('is_active', { notNull: true, defaultTo: true }),
      int('sort_order', { notNull: true, defaultTo: 0 }),
      ...syncColumns(),
    ],
    primaryKey: ['client_id', 'code'],
  };
}

const workOrder: TableDef = {
  name: 'work_order',
  columns: [
    key('work_order_id'),
    clientRef(),
    text('style_model'),
    int('planned_quantity', { check: above('planned_quantity', 0) }),
    date('planned_start_date'),
    date('actual_start_date'),
    date('planned_ship_date'),
    date('required_date'),
    real('ideal_cycle_time', { check: above('ideal_cycle_time', 0) }),
    text('status', { notNull: true, defaultTo: 'ACTIVE', check: inList('status', WORK_ORDER_STATUSES) }),
    date('receipt_date'),
    date('acknowledged_date'),
    text('priority_level', {
      notNull: true,
      defaultTo: 'STANDARD',
      check: inList('priority_level', PRIORITY_LEVELS),
    }),
    text('po_number'),
    text('notes'),
    date('actual_delivery_date'),
    date('actual_completion_date'),
    date('closure_date'),
    text('delay_reason'),
    bool('is_delay_justified'),
    ...syncColumns(),
  ],
  primaryKey: ['work_order_id'],
  unique: [['work_order_id', 'client_id']],
};

const job: TableDef = {
  name: 'job',
  columns: [
    key('job_id'),
    text('work_order_id', { notNull: true }),
    clientRef(),
    text('job_number'),
    text('part_number'),
    int('quantity_ordered', { check: above('quantity_ordered', 0) }),
    int('quantity_completed', { check: atLeast('quantity_completed', 0) }),
    int('quantity_scrapped', { check: atLeast('quantity_scrapped', 0) }),
    text('priority_level', {
      notNull: true,
      defaultTo: 'STANDARD',
      check: inList('priority_level', PRIORITY_LEVELS),
    }),
    text('notes'),
    ...syncColumns(),
  ],
  primaryKey: ['job_id'],
  unique: [['job_id', 'work_order_id', 'client_id']],
  foreignKeys: [
    {
      columns: ['work_order_id', 'client_id'],
      table: 'work_order',
      refColumns: ['work_order_id', 'client_id'],
    },
  ],
};

const partOpportunities: TableDef = {
  name: 'part_opportunities',
  columns: [
    clientRef(),
    text('part_number', { notNull: true, check: isKey('part_number') }),
    int('opportunities_per_unit', { check: atLeast('opportunities_per_unit', 1) }),
    text('description'),
    userRef('updated_by_user_id'),
    text('notes'),
    ...syncColumns(),
  ],
  primaryKey: ['client_id', 'part_number'],
};

const ORDER_FK = {
  columns: ['work_order_id', 'client_id'],
  table: 'work_order',
  refColumns: ['work_order_id', 'client_id'],
};
const JOB_FK = {
  columns: ['job_id', 'work_order_id', 'client_id'],
  table: 'job',
  refColumns: ['job_id', 'work_order_id', 'client_id'],
};

const productionEntry: TableDef = {
  name: 'production_entry',
  columns: [
    key('production_entry_id'),
    text('work_order_id', { notNull: true }),
    text('job_id'),
    clientRef(),
    date('shift_date', { notNull: true }),
    text('shift_type', { check: inList('shift_type', SHIFT_TYPES) }),
    text('operation_id'),
    int('units_produced', { check: atLeast('units_produced', 0) }),
    int('units_defective', { check: atLeast('units_defective', 0) }),
    real('run_time_hours', { check: between('run_time_hours', 0, 24) }),
    int('employees_assigned', { check: atLeast('employees_assigned', 0) }),
    int('employees_present', { check: atLeast('employees_present', 0) }),
    userRef('data_collector_id'),
    text('entry_method', { check: inList('entry_method', ENTRY_METHODS) }),
    timestamp('timestamp'),
    userRef('verified_by'),
    timestamp('verified_at'),
    text('notes'),
    real('shift_hours_scheduled', { check: between('shift_hours_scheduled', 0, 24) }),
    int('downtime_total_minutes', { check: between('downtime_total_minutes', 0, 1440) }),
    real('efficiency_target', { check: atLeast('efficiency_target', 0) }),
    real('performance_target', { check: atLeast('performance_target', 0) }),
    ...syncColumns(),
  ],
  primaryKey: ['production_entry_id'],
  foreignKeys: [ORDER_FK, JOB_FK],
  checks: [
    sql`${ref('units_defective')} <= ${ref('units_produced')}`,
    sql`${ref('employees_present')} <= ${ref('employees_assigned')} OR ${ref('employees_assigned')} = 0`,
  ],
};

const downtimeEntry: TableDef = {
  name: 'downtime_entry',
  columns: [
    key('downtime_entry_id'),
    text('work_order_id', { notNull: true }),
    clientRef(),
    date('shift_date', { notNull: true }),
    text('shift_type', { check: inList('shift_type', SHIFT_TYPES) }),
    text('downtime_reason'),
    text('downtime_reason_detail'),
    int('downtime_duration_minutes', { check: between('downtime_duration_minutes', 1, 1440) }),
    time('downtime_start_time'),
    employeeRef('responsible_person_id'),
    userRef('reported_by_user_id'),
    timestamp('reported_at'),
    bool('is_resolved', { notNull: true, defaultTo: true }),
    text('resolution_notes'),
    real('impact_on_wip_hours', { check: atLeast('impact_on_wip_hours', 0) }),
    ...syncColumns(),
  ],
  primaryKey: ['downtime_entry_id'],
  foreignKeys: [
    ORDER_FK,
    {
      columns: ['client_id', 'downtime_reason'],
      table: 'downtime_reason',
      refColumns: ['client_id', 'code'],
    },
  ],
};

const holdEntry: TableDef = {
  name: 'hold_entry',
  columns: [
    key('hold_entry_id'),
    text('work_order_id', { notNull: true }),
    text('job_id'),
    clientRef(),
    text('hold_status', {
      notNull: true,
      defaultTo: 'PENDING_HOLD_APPROVAL',
      check: inList('hold_status', HOLD_STATUSES),
    }),
    date('hold_date', { notNull: true }),
    time('hold_time'),
    text('hold_reason'),
    text('hold_reason_detail'),
    userRef('hold_approved_by_user_id'),
    timestamp('hold_approved_at'),
    date('resume_date'),
    time('resume_time'),
    userRef('resume_approved_by_user_id'),
    timestamp('resume_approved_at'),
    real('total_hold_duration_hours', { check: atLeast('total_hold_duration_hours', 0) }),
    text('hold_notes'),
    ...syncColumns(),
  ],
  primaryKey: ['hold_entry_id'],
  foreignKeys: [
    ORDER_FK,
    JOB_FK,
    { columns: ['client_id', 'hold_reason'], table: 'hold_reason', refColumns: ['client_id', 'code'] },
  ],
  checks: [
    sql`${ref('resume_date')} >= ${ref('hold_date')}`,
    sql`${ref('resume_date')} <> ${ref('hold_date')} OR ${ref('resume_time')} >= ${ref('hold_time')}`,
  ],
};

const attendanceEntry: TableDef = {
  name: 'attendance_entry',
  columns: [
    key('attendance_entry_id'),
    text('employee_id', { notNull: true }),
    clientRef(),
    date('shift_date', { notNull: true }),
    text('shift_type', { check: inList('shift_type', SHIFT_TYPES) }),
    real('scheduled_hours', { check: between('scheduled_hours', 0, 24) }),
    real('actual_hours', { check: between('actual_hours', 0, 24) }),
    bool('is_absent'),
    text('absence_type'),
    real('absence_hours', { check: between('absence_hours', 0, 24) }),
    employeeRef('covered_by_floating_employee_id'),
    bool('coverage_confirmed', { notNull: true, defaultTo: false }),
    userRef('recorded_by_user_id'),
    timestamp('recorded_at'),
    userRef('verified_by_user_id'),
    timestamp('verified_at'),
    text('notes'),
    ...syncColumns(),
  ],
  primaryKey: ['attendance_entry_id'],
  foreignKeys: [
    {
      columns: ['employee_id', 'client_id'],
      table: 'employee_client_assignment',
      refColumns: ['employee_id', 'client_id'],
    },
    { columns: ['client_id', 'absence_type'], table: 'absence_type', refColumns: ['client_id', 'code'] },
  ],
  checks: [
    sql`${ref('absence_hours')} <= ${ref('scheduled_hours')}`,
    sql`${ref('covered_by_floating_employee_id')} <> ${ref('employee_id')}`,
  ],
};

const coverageEntry: TableDef = {
  name: 'coverage_entry',
  columns: [
    key('coverage_entry_id'),
    text('absent_employee_id', { notNull: true }),
    { name: 'floating_employee_id', type: 'text', notNull: true, references: 'employee.employee_id' },
    clientRef(),
    date('shift_date', { notNull: true }),
    text('shift_type', { notNull: true, check: inList('shift_type', SHIFT_TYPES) }),
    real('coverage_duration_hours', { check: between('coverage_duration_hours', 0, 24) }),
    userRef('recorded_by_user_id'),
    timestamp('recorded_at'),
    bool('verified', { notNull: true, defaultTo: false }),
    text('notes'),
    ...syncColumns(),
  ],
  primaryKey: ['coverage_entry_id'],
  foreignKeys: [
    {
      columns: ['absent_employee_id', 'client_id'],
      table: 'employee_client_assignment',
      refColumns: ['employee_id', 'client_id'],
    },
  ],
  checks: [sql`${ref('floating_employee_id')} <> ${ref('absent_employee_id')}`],
};

const qualityEntry: TableDef = {
  name: 'quality_entry',
  columns: [
    key('quality_entry_id'),
    text('work_order_id', { notNull: true }),
    text('job_id'),
    clientRef(),
    date('shift_date', { notNull: true }),
    text('shift_type', { check: inList('shift_type', SHIFT_TYPES) }),
    text('operation_checked'),
    int('units_inspected', { check: atLeast('units_inspected', 0) }),
    int('units_passed', { check: atLeast('units_passed', 0) }),
    int('units_defective', { check: atLeast('units_defective', 0) }),
    int('units_requiring_rework', { check: atLeast('units_requiring_rework', 0) }),
    int('units_requiring_repair', { check: atLeast('units_requiring_repair', 0) }),
    text('defect_categories'),
    int('total_defects_count', { check: atLeast('total_defects_count', 0) }),
    text('qc_inspector_id'),
    userRef('recorded_by_user_id'),
    timestamp('recorded_at'),
    text('inspection_method', { check: inList('inspection_method', INSPECTION_METHODS) }),
    real('sample_size_percent', { check: between('sample_size_percent', 0, 100) }),
    text('notes'),
    userRef('verified_by_user_id'),
    timestamp('verified_at'),
    ...syncColumns(),
  ],
  primaryKey: ['quality_entry_id'],
  unique: [['quality_entry_id', 'client_id']],
  foreignKeys: [ORDER_FK, JOB_FK],
  checks: [
    sql`${ref('units_passed')} <= ${ref('units_inspected')}`,
    sql`${ref('units_defective')} <= ${ref('units_inspected')}`,
    sql`${ref('units_passed')} + ${ref('units_defective')} <= ${ref('units_inspected')}`,
    sql`${ref('units_requiring_rework')} <= ${ref('units_inspected')}`,
    sql`${ref('units_requiring_repair')} <= ${ref('units_inspected')}`,
    sql`${ref('total_defects_count')} >= ${ref('units_defective')}`,
  ],
};

const defectDetail: TableDef = {
  name: 'defect_detail',
  columns: [
    key('defect_detail_id'),
    text('quality_entry_id', { notNull: true }),
    clientRef(),
    text('defect_type'),
    text('defect_description'),
    text('unit_serial_or_id'),
    bool('is_rework_required'),
    bool('is_repair_in_current_op'),
    bool('is_scrapped'),
    text('root_cause', { check: inList('root_cause', ROOT_CAUSES) }),
    ...syncColumns(),
  ],
  primaryKey: ['defect_detail_id'],
  foreignKeys: [
    {
      columns: ['quality_entry_id', 'client_id'],
      table: 'quality_entry',
      refColumns: ['quality_entry_id', 'client_id'],
    },
    { columns: ['client_id', 'defect_type'], table: 'defect_type', refColumns: ['client_id', 'defect_code'] },
  ],
};

/** In creation order: every table after the tables it references. */
export const DATA_TABLE_DEFS: readonly TableDef[] = [
  appUser,
  employee,
  client,
  userClientAccess,
  employeeClientAssignment,
  floatingPool,
  clientConfig,
  shift,
  product,
  defectType,
  codeList('downtime_reason'),
  codeList('hold_reason'),
  codeList('absence_type'),
  workOrder,
  job,
  partOpportunities,
  productionEntry,
  downtimeEntry,
  holdEntry,
  attendanceEntry,
  coverageEntry,
  qualityEntry,
  defectDetail,
];

/** Tables whose rows belong to a client (all but the plant-level users, employees and floating pool). */
const PLANT_TABLES = new Set(['app_user', 'employee', 'floating_pool']);

export const dataTables: HubMigration = {
  name: '0001-data-tables',
  async up(db) {
    for (const def of DATA_TABLE_DEFS) await createTable(db, def);
    // Usernames are one login whatever their case (the PC's COLLATE NOCASE UNIQUE).
    await sql`CREATE UNIQUE INDEX app_user_username ON app_user (lower(username))`.execute(db);
    // One floating employee cannot cover two absences in the same date and shift (as on the PC).
    await sql`CREATE UNIQUE INDEX coverage_entry_floating_shift
      ON coverage_entry (floating_employee_id, shift_date, shift_type) WHERE deleted_at IS NULL`.execute(db);
    // Hub-only natural key (docs/sync.md): two PCs recording the same employee's attendance for the
    // same shift would count them twice; the second is a conflict, not a duplicate.
    await sql`CREATE UNIQUE INDEX attendance_entry_natural
      ON attendance_entry (client_id, employee_id, shift_date, coalesce(shift_type, ''))
      WHERE deleted_at IS NULL`.execute(db);
    // The pull reads each stream in server-version order.
    for (const def of DATA_TABLE_DEFS) {
      const index = sql.id(`${def.name}_stream`);
      if (def.name === 'floating_pool') {
        await sql`CREATE INDEX ${index} ON floating_pool (assigned_to_client, server_version)`.execute(db);
      } else if (PLANT_TABLES.has(def.name)) {
        await sql`CREATE INDEX ${index} ON ${sql.table(def.name)} (server_version)`.execute(db);
      } else {
        await sql`CREATE INDEX ${index} ON ${sql.table(def.name)} (client_id, server_version)`.execute(db);
      }
    }
    // Foreign keys that PostgreSQL does not index by itself, where a parent lookup needs them.
    await sql`CREATE INDEX job_work_order ON job (work_order_id)`.execute(db);
    await sql`CREATE INDEX defect_detail_quality_entry ON defect_detail (quality_entry_id)`.execute(db);
    await sql`CREATE INDEX floating_pool_employee ON floating_pool (employee_id)`.execute(db);
  },
};
