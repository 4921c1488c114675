import { AppError } from '../../../src-shared/contract/errors';
import { shiftHours } from '../../../src-shared/domain/shift-hours';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import type { ScopedStore } from '../../tenancy/scoped-store';

export interface MarkAllPresentInput {
  client_id: string;
  shift_date: string;
  shift_type: string;
}

export interface MarkAllPresentResult {
  created: number;
  /** Employees who already had a record for that date and shift (left as they were). */
  alreadyRecorded: number;
  scheduledHours: number;
}

const ALL = { limit: 1000, offset: 0 } as const;

/**
 * Starts a shift's attendance: one "present" record for every active employee assigned to the
 * client who has none yet for that date and shift, with the calendar's scheduled hours. The
 * leader then edits only the absences. One transaction.
 */
export function markAllPresent(store: ScopedStore, input: MarkAllPresentInput): MarkAllPresentResult {
  const clientIds = [input.client_id];
  const shift = store.list(TABLE_SPECS.shift, { clientIds, equals: { shift_type: input.shift_type }, ...ALL })
    .rows[0];
  // KPIS.md's fallback when a client has no calendar row for the shift.
  const scheduledHours = shift
    ? shiftHours(String(shift.start_time), String(shift.end_time), shift.break_minutes as number | null)
    : 8;
  const assigned = store.list(TABLE_SPECS.employee_client_assignment, { clientIds, ...ALL }).rows;
  const recorded = new Set(
    store
      .list(TABLE_SPECS.attendance_entry, {
        clientIds,
        from: input.shift_date,
        to: input.shift_date,
        equals: { shift_type: input.shift_type },
        ...ALL,
      })
      .rows.map((r) => String(r.employee_id)),
  );
  const employees = assigned
    .map((a) => store.get(TABLE_SPECS.employee, { employee_id: a.employee_id }))
    .filter((e) => e.is_active !== 0 && e.is_floating_pool !== 1);
  if (employees.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      `Client ${input.client_id} has no active employees assigned. Assign employees first.`,
    );
  }
  return store.transaction(() => {
    let created = 0;
    for (const employee of employees) {
      if (recorded.has(String(employee.employee_id))) continue;
      store.create(TABLE_SPECS.attendance_entry, {
        employee_id: employee.employee_id,
        client_id: input.client_id,
        shift_date: input.shift_date,
        shift_type: input.shift_type,
        scheduled_hours: scheduledHours,
        actual_hours: scheduledHours,
        is_absent: 0,
      });
      created += 1;
    }
    return { created, alreadyRecorded: employees.length - created, scheduledHours };
  });
}
