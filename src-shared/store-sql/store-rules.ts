import { sql } from 'kysely';
import type { TableSpec } from '../tables/column';
import type { StoreKysely } from './store-db';
import type { StoreDialect } from './store-dialect';
import { type StoreScope, scopedSource, visibleRows } from './store-scope';

/**
 * The reads the entry rules make before a write lands (issue 9: held and closed orders, coverage
 * and attendance, plausibility warnings). Tenant tables through the scope's CTEs like every store
 * read: the row's client is already checked to be in the scope. Values may be placeholders bound
 * per run (the PC compiles each once); constants are literals, so a compiled text holds no value.
 */

const ONE = sql<number>`1`.as('ok');

/** A work order's status, closing date and the start of its open approved hold, if any. */
export function orderStateLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  values: { workOrderId: unknown; clientId: unknown },
) {
  return scopedSource(db, dialect, scope, ['work_order', 'hold_entry'])
    .selectFrom('work_order as w')
    .select((eb) => [
      eb.ref('w.status').as('status'),
      eb.fn.coalesce('w.actual_completion_date', 'w.closure_date').as('closed_on'),
      // Statuses of a hold that an approver accepted and nobody has resumed yet.
      eb
        .selectFrom('hold_entry as h')
        .select((h) => h.fn.min('h.hold_date').as('held_since'))
        .whereRef('h.work_order_id', '=', 'w.work_order_id')
        .whereRef('h.client_id', '=', 'w.client_id')
        .where('h.hold_status', 'in', [sql.lit('ON_HOLD'), sql.lit('PENDING_RESUME_APPROVAL')])
        .as('held_since'),
    ])
    .where('w.work_order_id', '=', values.workOrderId)
    .where('w.client_id', '=', values.clientId);
}

/** A client's shift of one type in its shift calendar. */
export function shiftLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  values: { clientId: unknown; shiftType: unknown },
) {
  return scopedSource(db, dialect, scope, ['shift'])
    .selectFrom('shift')
    .select(['start_time', 'end_time', 'break_minutes'])
    .where('client_id', '=', values.clientId)
    .where('shift_type', '=', values.shiftType);
}

/** One employee in one shift: what the attendance lookups key on. */
interface EmployeeShift {
  employeeId: unknown;
  shiftDate: unknown;
  shiftType: unknown;
}

/** The employee's absences in the shift, of the clients `scope` reaches (one row each, `ok` = 1). */
function absencesInShift(db: StoreKysely, dialect: StoreDialect, scope: StoreScope, values: EmployeeShift) {
  return scopedSource(db, dialect, scope, ['attendance_entry'])
    .selectFrom('attendance_entry')
    .select(ONE)
    .where('employee_id', '=', values.employeeId)
    .where('shift_date', '=', values.shiftDate)
    .where('shift_type', '=', values.shiftType)
    .where(dialect.isSet(sql.ref('is_absent')));
}

/** An absence of an employee in one shift, recorded for one client. */
export function absenceLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  values: EmployeeShift & { clientId: unknown },
) {
  return absencesInShift(db, dialect, scope, values)
    .where('client_id', '=', values.clientId)
    .limit(sql.lit(1));
}

/**
 * Every client, for the one read that crosses clients on purpose: a floating employee absent or
 * already covering in a shift, for whichever client, is no cover for another (coverage-rules.ts).
 * Only whether such a row exists leaves the store, nothing about the other client. The store's
 * scope audit (store-scope.test.ts) allows exactly the texts of the two builders below.
 */
const EVERY_CLIENT: StoreScope = { userId: null, admin: true, clients: 'all' };

/** A floating employee marked absent in one shift, for any client (see EVERY_CLIENT). */
export function floatingAbsentLookup(db: StoreKysely, dialect: StoreDialect, values: EmployeeShift) {
  return absencesInShift(db, dialect, EVERY_CLIENT, values).limit(sql.lit(1));
}

/**
 * Another absence a floating employee already covers in one shift, for any client (see
 * EVERY_CLIENT), in either record of it: a coverage row, or an attendance row's cover. `own`
 * leaves out the row being written and the absence it covers.
 */
export function floatingCoveringLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  values: EmployeeShift & { ownCoverage: unknown; ownAttendance: unknown; absent: unknown },
) {
  return scopedSource(db, dialect, EVERY_CLIENT, ['coverage_entry', 'attendance_entry'])
    .selectFrom('coverage_entry')
    .select(ONE)
    .where('floating_employee_id', '=', values.employeeId)
    .where('shift_date', '=', values.shiftDate)
    .where('shift_type', '=', values.shiftType)
    .where('coverage_entry_id', 'is distinct from', values.ownCoverage)
    .where('absent_employee_id', 'is distinct from', values.absent)
    .unionAll((eb) =>
      eb
        .selectFrom('attendance_entry')
        .select(ONE)
        // Every client, named: no index leads with the cover column, and without a client the
        // planner scans every attendance record (per covered absence saved: quadratic in a seed or
        // import of years). With it, one (client_id, shift_date) index probe per client.
        .where('client_id', 'in', eb.selectFrom('client').select('client_id'))
        .where('covered_by_floating_employee_id', '=', values.employeeId)
        .where('shift_date', '=', values.shiftDate)
        .where('shift_type', '=', values.shiftType)
        .where('attendance_entry_id', 'is distinct from', values.ownAttendance)
        .where('employee_id', 'is distinct from', values.absent),
    )
    .limit(sql.lit(1));
}

/**
 * A production row's order: its plan, its cycle time, its style's mean cycle time and the units
 * its other live entries booked (leaving out `ownEntry`, the row being written).
 */
export function orderFactsLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  values: { workOrderId: unknown; clientId: unknown; ownEntry: unknown },
) {
  return scopedSource(db, dialect, scope, ['work_order', 'production_entry'])
    .selectFrom('work_order as wo')
    .select((eb) => [
      eb.ref('wo.planned_quantity').as('planned_quantity'),
      eb.ref('wo.ideal_cycle_time').as('ideal_cycle_time'),
      eb
        .selectFrom('work_order as w2')
        .select((w) => w.fn.avg('w2.ideal_cycle_time').as('style_cycle_time'))
        .whereRef('w2.client_id', '=', 'wo.client_id')
        .whereRef('w2.style_model', '=', 'wo.style_model')
        .where('w2.ideal_cycle_time', '>', sql.lit(0))
        .as('style_cycle_time'),
      eb
        .selectFrom('production_entry as p')
        .select((pe) => pe.fn.sum('p.units_produced').as('elsewhere'))
        .whereRef('p.work_order_id', '=', 'wo.work_order_id')
        .whereRef('p.client_id', '=', 'wo.client_id')
        .where('p.production_entry_id', '<>', values.ownEntry)
        .as('elsewhere'),
    ])
    .where('wo.work_order_id', '=', values.workOrderId)
    .where('wo.client_id', '=', values.clientId);
}

/** How many live defect lines an inspection has, leaving out one (the line being written). */
export function defectLinesLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  values: { inspectionId: unknown; except: unknown },
) {
  return scopedSource(db, dialect, scope, ['defect_detail'])
    .selectFrom('defect_detail')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('quality_entry_id', '=', values.inspectionId)
    .where('defect_detail_id', '<>', values.except);
}

/** An inspection's recorded defect count. */
export function inspectionTotalLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  inspectionId: unknown,
) {
  return scopedSource(db, dialect, scope, ['quality_entry'])
    .selectFrom('quality_entry')
    .select('total_defects_count')
    .where('quality_entry_id', '=', inspectionId);
}

/**
 * Up to `limit` (-1: all) live rows the scope may see whose `columns` hold `values` (a blank
 * matches a blank): the rows an imported row repeats. Column names come from code, never a payload.
 */
export function sameRowsQuery(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
  columns: readonly string[],
  values: Readonly<Record<string, unknown>>,
  limit: unknown,
) {
  let query = visibleRows(db, dialect, scope, spec).selectAll();
  for (const name of columns) query = query.where(name, 'is not distinct from', values[name]);
  return query.limit(sql<number>`${limit}`);
}
