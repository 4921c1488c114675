import type { Confirmation, OverrideRule } from '../../src-shared/contract/confirmations';
import { AppError } from '../../src-shared/contract/errors';
import { weekdayName } from '../../src-shared/domain/calendar';
import { SHIFT_TYPE_LABELS } from '../../src-shared/domain/enum-labels';
import type { ShiftType } from '../../src-shared/domain/enums';
import { shiftRunsOn } from '../../src-shared/domain/shift-calendar';
import type { TableSpec } from '../../src-shared/tables/column';
import type { Scope } from './scope';

type Row = Record<string, unknown>;

/** A row on a weekend overtime shift dated a day that shift does not run (for an operator, or a leader who did not confirm). */
export class OffDayShiftError extends AppError {}

/** The shifts the calendar offers on their own day only: the pickers hide them elsewhere, and so does the core. */
const WEEKEND_OVERTIME: ReadonlySet<string> = new Set<ShiftType>(['SAT_OT', 'SUN_OT']);

/** What a leader confirmed for a row on a weekend overtime shift off its day: kept in the row's audit entry. */
export interface ShiftDayOverride {
  rule: Extract<OverrideRule, 'off_day_shift'>;
  shift_type: string;
  shift_date: string;
  reason: string;
  role: string;
}

/** Why the row's shift does not run on its date ("SAT_OT … 2026-03-04 is a Wednesday"), or null when it does or is not weekend overtime. */
function offDayReason(row: Row): string | null {
  const shift = row.shift_type;
  const date = row.shift_date;
  if (typeof shift !== 'string' || typeof date !== 'string' || !WEEKEND_OVERTIME.has(shift)) return null;
  if (shiftRunsOn(shift as ShiftType, date)) return null;
  const label = SHIFT_TYPE_LABELS[shift as ShiftType] ?? shift;
  const own = shift === 'SAT_OT' ? 'Saturdays' : 'Sundays';
  return `${label} runs on ${own} only and ${date} is a ${weekdayName(date)}`;
}

/**
 * The rule "weekend overtime shifts only on their days" for one row about to be written: a row
 * whose shift_type is SAT_OT or SUN_OT dated another day is refused for an OPERATOR (FORBIDDEN);
 * a LEADER and up gets NEEDS_CONFIRMATION unless `confirm` names `off_day_shift`, in which case
 * the override to record is returned (the plant did run overtime on a holiday). `changed` limits
 * the check on an update to edits of the date or the shift. Every table with a shift_date and a
 * shift_type (production, downtime, quality, attendance, coverage) and every path (grid, import,
 * CLI, API) goes through the store, so this is the one place the rule lives.
 */
export function checkShiftDay(
  scope: Scope,
  spec: TableSpec,
  row: Row,
  confirm: readonly Confirmation[] = [],
  changed?: readonly string[],
): ShiftDayOverride | null {
  if (changed && !changed.some((name) => name === 'shift_type' || name === 'shift_date')) return null;
  const names = spec.columns.map((c) => c.name);
  if (!names.includes('shift_type') || !names.includes('shift_date')) return null;
  const reason = offDayReason(row);
  if (reason === null) return null;
  // English keeps the sentence naming the weekday; other languages word the codes (rule-words).
  const params = { reason: 'shiftDay.offDay', shift: String(row.shift_type), date: String(row.shift_date) };
  if (scope.role === 'OPERATOR')
    throw new OffDayShiftError(
      'FORBIDDEN',
      `${reason}: an operator cannot enter a row for it. Ask a leader.`,
      [
        {
          path: 'shift_type',
          message: `${reason}: an operator cannot enter a row for it (ask a leader)`,
          code: 'shiftDay.operatorRefused',
          params,
        },
      ],
      { key: 'shiftDay.askLeader', params },
    );
  if (!confirm.includes('off_day_shift'))
    throw new OffDayShiftError(
      'NEEDS_CONFIRMATION',
      `${reason}. Save anyway?`,
      [
        {
          path: 'shift_type',
          message: `${reason}: confirm to enter a row for it`,
          code: 'shiftDay.confirm',
          params,
          confirm: 'off_day_shift',
        },
      ],
      { key: 'shiftDay.saveAnyway', params },
    );
  return {
    rule: 'off_day_shift',
    shift_type: String(row.shift_type),
    shift_date: String(row.shift_date),
    reason,
    role: scope.role,
  };
}
