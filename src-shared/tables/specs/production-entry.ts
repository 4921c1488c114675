import { ENTRY_METHOD_LABELS } from '../../domain/enum-labels';
import { ENTRY_METHODS } from '../../domain/enums';
import type { RowRule, TableSpec } from '../column';
import {
  MAX_ENTRY_UNITS,
  MAX_HEADCOUNT,
  MAX_SHIFT_HOURS,
  MAX_SHIFT_MINUTES,
  MAX_TARGET_ABOVE_100,
} from './bounds';
import { CLIENT_REF, JOB_REF, SHIFT_DATE, SHIFT_TYPE, WORK_ORDER_REF } from './shared-columns';

/** A recorded count, or null when the cell was left blank ("not recorded": the rule does not apply). */
function count(row: Readonly<Record<string, unknown>>, name: string): number | null {
  const value = row[name];
  return typeof value === 'number' ? value : null;
}

/** CHECK (units_defective <= units_produced). */
const defectiveWithinProduced: RowRule = (row) => {
  const produced = count(row, 'units_produced');
  const defective = count(row, 'units_defective');
  if (produced === null || defective === null || defective <= produced) return null;
  return {
    path: 'units_defective',
    message: 'units defective must not exceed units produced',
    code: 'row.defectiveOverProduced',
  };
};

/** CHECK (employees_present <= employees_assigned OR employees_assigned = 0): 0 assigned means "not counted". */
const presentWithinAssigned: RowRule = (row) => {
  const assigned = count(row, 'employees_assigned');
  const present = count(row, 'employees_present');
  if (assigned === null || present === null || assigned === 0 || present <= assigned) return null;
  return {
    path: 'employees_present',
    message: 'employees present must not exceed employees assigned',
    code: 'row.presentOverAssigned',
  };
};

/** Units a line produced for a work order on a date and shift. */
export const productionEntrySpec: TableSpec = {
  table: 'production_entry',
  noun: 'production entry',
  key: ['production_entry_id'],
  tenant: true,
  dateColumn: 'shift_date',
  columns: [
    { name: 'production_entry_id', label: 'Entry ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    WORK_ORDER_REF,
    JOB_REF,
    CLIENT_REF,
    SHIFT_DATE,
    SHIFT_TYPE,
    { name: 'operation_id', label: 'Operation', type: { kind: 'text', max: 50 } },
    { name: 'units_produced', label: 'Units produced', type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS } },
    {
      name: 'units_defective',
      label: 'Units defective',
      type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS },
    },
    { name: 'run_time_hours', label: 'Run time (h)', type: { kind: 'real', min: 0, max: MAX_SHIFT_HOURS } },
    {
      name: 'employees_assigned',
      label: 'Employees assigned',
      type: { kind: 'int', min: 0, max: MAX_HEADCOUNT },
    },
    {
      name: 'employees_present',
      label: 'Employees present',
      type: { kind: 'int', min: 0, max: MAX_HEADCOUNT },
    },
    {
      name: 'data_collector_id',
      label: 'Data collector',
      type: { kind: 'ref', target: 'user' },
      generated: 'current_user',
    },
    {
      name: 'entry_method',
      label: 'Entry method',
      type: { kind: 'enum', values: ENTRY_METHODS, labels: ENTRY_METHOD_LABELS },
    },
    // When the count was taken (hourly tracking, gap detection): not filled with "now", since an
    // import of last week's sheets would otherwise invent times.
    { name: 'timestamp', label: 'Counted at', type: { kind: 'timestamp' } },
    // Set by the verify workflow (LEADER and up), never by the person whose entry it is.
    { name: 'verified_by', label: 'Verified by', type: { kind: 'ref', target: 'user' }, readOnly: true },
    { name: 'verified_at', label: 'Verified at', type: { kind: 'timestamp' }, readOnly: true },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 1000 } },
    {
      name: 'shift_hours_scheduled',
      label: 'Scheduled (h)',
      type: { kind: 'real', min: 0, max: MAX_SHIFT_HOURS },
    },
    {
      name: 'downtime_total_minutes',
      label: 'Downtime (min)',
      type: { kind: 'int', min: 0, max: MAX_SHIFT_MINUTES },
    },
    // "Decimal 0-100+": a target above 100 % is legitimate, up to a plausible bound.
    {
      name: 'efficiency_target',
      label: 'Efficiency target (%)',
      type: { kind: 'real', min: 0, max: MAX_TARGET_ABOVE_100 },
    },
    {
      name: 'performance_target',
      label: 'Performance target (%)',
      type: { kind: 'real', min: 0, max: MAX_TARGET_ABOVE_100 },
    },
  ],
  rules: [defectiveWithinProduced, presentWithinAssigned],
};
