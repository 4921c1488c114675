import { SHIFT_TYPE_LABELS } from '../../domain/enum-labels';
import { SHIFT_TYPES } from '../../domain/enums';
import type { RowRule, TableSpec } from '../column';
import {
  MAX_CYCLE_HOURS,
  MAX_OPPORTUNITIES,
  MAX_SHIFT_MINUTES,
  MAX_TARGET_ABOVE_100,
  MAX_THRESHOLD_DAYS,
} from './bounds';
import { CLIENT_REF } from './shared-columns';

type Row = Readonly<Record<string, unknown>>;

function numberOf(row: Row, name: string): number | null {
  const value = row[name];
  return typeof value === 'number' ? value : null;
}

/** CHECK (wip_critical_threshold_days >= wip_aging_threshold_days). */
const criticalAfterAging: RowRule = (row) => {
  const aging = numberOf(row, 'wip_aging_threshold_days');
  const critical = numberOf(row, 'wip_critical_threshold_days');
  if (aging === null || critical === null || critical >= aging) return null;
  return {
    path: 'wip_critical_threshold_days',
    message: 'WIP critical days must be at least the WIP aging days',
    code: 'row.wipCriticalUnderAging',
  };
};

/** CHECK (default_cycle_time_hours > 0): a column's `min` is inclusive, so the strict bound is a rule. */
const positiveDefaultCycleTime: RowRule = (row) => {
  const value = numberOf(row, 'default_cycle_time_hours');
  if (value === null || value > 0) return null;
  return {
    path: 'default_cycle_time_hours',
    message: 'default cycle time must be more than 0 hours',
    code: 'row.defaultCycleTimePositive',
  };
};

/**
 * One row per client: the KPI targets and inference defaults. Every column is NOT NULL with a default
 * (KPIS.md's), so none is required: a blank leaves the default.
 */
export const clientConfigSpec: TableSpec = {
  table: 'client_config',
  noun: 'client settings',
  key: ['client_id'],
  tenant: true,
  columns: [
    CLIENT_REF,
    // Efficiency and performance may exceed 100 % (up to a plausible bound); the other targets are percentages.
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
    {
      name: 'availability_target',
      label: 'Availability target (%)',
      type: { kind: 'real', min: 0, max: 100 },
    },
    { name: 'oee_target', label: 'OEE target (%)', type: { kind: 'real', min: 0, max: 100 } },
    { name: 'fpy_target', label: 'FPY target (%)', type: { kind: 'real', min: 0, max: 100 } },
    { name: 'ppm_target', label: 'PPM target', type: { kind: 'int', min: 0, max: 1_000_000 } },
    {
      name: 'dpmo_opportunities_default',
      label: 'Default opportunities / unit',
      type: { kind: 'int', min: 1, max: MAX_OPPORTUNITIES },
    },
    { name: 'otd_target', label: 'OTD target (%)', type: { kind: 'real', min: 0, max: 100 } },
    { name: 'absenteeism_target', label: 'Absenteeism target (%)', type: { kind: 'real', min: 0, max: 100 } },
    {
      name: 'wip_aging_threshold_days',
      label: 'WIP aging (days)',
      type: { kind: 'int', min: 0, max: MAX_THRESHOLD_DAYS },
    },
    // No bound of its own in the DDL: it is tied to the aging days by the rule below.
    {
      name: 'wip_critical_threshold_days',
      label: 'WIP critical (days)',
      type: { kind: 'int', min: 0, max: MAX_THRESHOLD_DAYS },
    },
    {
      name: 'default_cycle_time_hours',
      label: 'Default cycle (h/unit)',
      type: { kind: 'real', min: 0, max: MAX_CYCLE_HOURS },
    },
  ],
  rules: [criticalAfterAging, positiveDefaultCycleTime],
};

/** Minutes since midnight of an `HH:MM` value, or null when it is not one. */
function minutesOfDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** CHECK (start_time <> end_time). */
const startDiffersFromEnd: RowRule = (row) => {
  const start = minutesOfDay(row.start_time);
  const end = minutesOfDay(row.end_time);
  if (start === null || end === null || start !== end) return null;
  return {
    path: 'end_time',
    message: 'the shift must end at a different time than it starts',
    code: 'row.shiftEndsAtStart',
  };
};

/**
 * CHECK (break_minutes < shift length), the length taken modulo a day because a shift may cross
 * midnight (SHIFT_2ND 21:00-06:00). A break as long as the shift would leave no scheduled hours.
 */
const breakShorterThanShift: RowRule = (row) => {
  const start = minutesOfDay(row.start_time);
  const end = minutesOfDay(row.end_time);
  const breakMinutes = numberOf(row, 'break_minutes');
  if (start === null || end === null || breakMinutes === null) return null;
  const length = (end - start + 1440) % 1440;
  if (length === 0 || breakMinutes < length) return null;
  return {
    path: 'break_minutes',
    message: `the break must be shorter than the shift (${length} minutes)`,
    code: 'row.breakOverShift',
    params: { minutes: length },
  };
};

/** The client's shift calendar: one row per shift type. */
export const shiftSpec: TableSpec = {
  table: 'shift',
  noun: 'shift',
  key: ['client_id', 'shift_type'],
  tenant: true,
  columns: [
    CLIENT_REF,
    {
      name: 'shift_type',
      label: 'Shift',
      type: { kind: 'enum', values: SHIFT_TYPES, labels: SHIFT_TYPE_LABELS },
      required: true,
    },
    { name: 'start_time', label: 'Starts', type: { kind: 'time' }, required: true },
    { name: 'end_time', label: 'Ends', type: { kind: 'time' }, required: true },
    { name: 'break_minutes', label: 'Break (min)', type: { kind: 'int', min: 0, max: MAX_SHIFT_MINUTES } },
  ],
  rules: [startDiffersFromEnd, breakShorterThanShift],
};
