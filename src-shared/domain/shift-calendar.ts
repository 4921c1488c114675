/**
 * The plant's shift calendar: which shift is running at a moment of the plant clock, and which
 * shifts a date may carry. A shift belongs to the date it *started* (its `shift_date`): at 02:30 on
 * Tuesday, during a 21:00–06:00 second shift, the running shift is Monday's. Times are wall-clock
 * `HH:MM` of the plant PC (plant-clock.ts); dates are `YYYY-MM-DD` (calendar.ts does the arithmetic).
 */
import { addDays, dayNumber, weekday } from './calendar';
import { SHIFT_TYPES, type ShiftType } from './enums';

/** One row of a client's shift calendar (the `shift` table's columns that matter here). */
export interface ShiftDefinition {
  shift_type: string;
  start_time: string;
  end_time: string;
  break_minutes?: number | null;
}

/** A shift on a date: what a shift screen enters data for. */
export interface ShiftChoice {
  date: string;
  shift: ShiftType;
}

/** A dated shift with its calendar hours, `YYYY-MM-DD HH:MM` local wall clock (the end may be the next day). */
export interface ShiftWindow extends ShiftChoice {
  start: string;
  end: string;
}

/** The running (or, between shifts, the last) shift at a moment. */
export interface ShiftAt extends ShiftWindow {
  /** True when the moment is inside the shift's hours; false between shifts (the one that ended last). */
  running: boolean;
}

/** KPIS.md § Filling in missing inputs: the calendar a client starts with (and the fallback without one). */
export const DEFAULT_SHIFT_CALENDAR: readonly (ShiftDefinition & {
  shift_type: ShiftType;
  break_minutes: number;
})[] = [
  { shift_type: 'SHIFT_1ST', start_time: '07:00', end_time: '17:00', break_minutes: 60 },
  { shift_type: 'SHIFT_2ND', start_time: '21:00', end_time: '06:00', break_minutes: 0 },
  { shift_type: 'SAT_OT', start_time: '07:00', end_time: '15:00', break_minutes: 0 },
  { shift_type: 'SUN_OT', start_time: '07:00', end_time: '15:00', break_minutes: 0 },
];

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isShiftType(value: string): value is ShiftType {
  return (SHIFT_TYPES as readonly string[]).includes(value);
}

/** Minutes since midnight of `HH:MM`, or null for anything else. */
function minutesOf(time: string): number | null {
  const match = HH_MM.exec(time.slice(0, 5));
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

const DAY_MINUTES = 24 * 60;

/**
 * Whether a shift runs on a date by the calendar's own rule: the overtime shifts only on their day
 * (SAT_OT on Saturdays, SUN_OT on Sundays), the regular shifts Monday to Friday (a second shift
 * starting Friday 21:00 runs into Saturday, and is Friday's), OTHER any day.
 */
export function shiftRunsOn(shift: ShiftType, date: string): boolean {
  const day = weekday(date);
  switch (shift) {
    case 'SAT_OT':
      return day === 6;
    case 'SUN_OT':
      return day === 0;
    case 'SHIFT_1ST':
    case 'SHIFT_2ND':
      return day >= 1 && day <= 5;
    case 'OTHER':
      return true;
  }
}

/**
 * The shifts a picker offers on a date, in the calendar's order: those that run that day, plus the
 * `current` one (never hide what is chosen). With `override` (a leader's "other days' shifts") all of them.
 */
export function shiftsOffered(
  date: string,
  options: { override?: boolean; current?: ShiftType } = {},
): ShiftType[] {
  return SHIFT_TYPES.filter(
    (shift) => options.override === true || shift === options.current || shiftRunsOn(shift, date),
  );
}

/** A dated shift's calendar hours: from its start on `date` to its end, the next day when it crosses midnight. */
export function shiftWindow(definition: ShiftDefinition, date: string): ShiftWindow | null {
  const start = minutesOf(definition.start_time);
  const end = minutesOf(definition.end_time);
  if (start === null || end === null || !isShiftType(definition.shift_type)) return null;
  const endDate = end <= start ? addDays(date, 1) : date;
  return {
    date,
    shift: definition.shift_type,
    start: `${date} ${definition.start_time.slice(0, 5)}`,
    end: `${endDate} ${definition.end_time.slice(0, 5)}`,
  };
}

/** Minutes since 1970-01-01 00:00 of a `YYYY-MM-DD HH:MM` wall-clock moment. */
function absoluteMinutes(moment: string): number {
  return dayNumber(moment.slice(0, 10)) * DAY_MINUTES + (minutesOf(moment.slice(11)) ?? 0);
}

/**
 * The shift at a wall-clock moment (`date`, `time` as the plant clock reads them) by the client's
 * calendar: the one whose hours hold the moment (the latest started when two overlap); between
 * shifts, the one that ended last (the leader finishing the paperwork of the shift just done), up
 * to a week back. Calendar rows of an unknown shift type or with unreadable times are ignored;
 * an empty calendar falls back to the default one.
 */
export function shiftAt(calendar: readonly ShiftDefinition[], date: string, time: string): ShiftAt {
  const rows = calendar.length > 0 ? calendar : DEFAULT_SHIFT_CALENDAR;
  const now = absoluteMinutes(`${date} ${time}`);
  let running: ShiftWindow | null = null;
  let ended: ShiftWindow | null = null;
  // Today back to a week ago: a shift started on any of them may be running or the last one done.
  for (let back = 0; back <= 7; back += 1) {
    const day = addDays(date, -back);
    for (const row of rows) {
      const slot = shiftWindow(row, day);
      if (!slot || !shiftRunsOn(slot.shift, day)) continue;
      const start = absoluteMinutes(slot.start);
      const end = absoluteMinutes(slot.end);
      if (start <= now && now < end) {
        if (!running || start > absoluteMinutes(running.start)) running = slot;
      } else if (end <= now && (!ended || end > absoluteMinutes(ended.end))) ended = slot;
    }
  }
  if (running) return { ...running, running: true };
  if (ended) return { ...ended, running: false };
  // A calendar whose shifts never run (only OTHER with bad times…): today, the first shift.
  return { date, shift: 'SHIFT_1ST', start: `${date} 00:00`, end: `${date} 00:00`, running: false };
}
