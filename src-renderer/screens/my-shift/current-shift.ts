import { SHIFT_TYPE_LABELS } from '../../../src-shared/domain/enum-labels';
import { localHhMm, localIsoDate } from '../../../src-shared/domain/plant-clock';
import {
  DEFAULT_SHIFT_CALENDAR,
  type ShiftChoice,
  type ShiftDefinition,
  shiftAt,
} from '../../../src-shared/domain/shift-calendar';

export type { ShiftChoice };

/**
 * The shift at `now` on this computer's clock by a client's shift calendar (the default one until
 * the client's is known), for pre-filling: the running shift, dated the day it started, so at 02:30
 * on Tuesday a 21:00–06:00 second shift is Monday's; between shifts, the one that just ended.
 */
export function currentShift(
  now: Date,
  calendar: readonly ShiftDefinition[] = DEFAULT_SHIFT_CALENDAR,
): ShiftChoice {
  const at = shiftAt(calendar, localIsoDate(now), localHhMm(now));
  return { date: at.date, shift: at.shift };
}

/** Shift codes in words, for pickers and headings: the grids' words too. */
export const SHIFT_LABELS = SHIFT_TYPE_LABELS;

/**
 * A new grid row's date and shift on a period screen: the running shift (by the client's calendar)
 * when its date is in the period, so a row typed at 02:30 lands on last night's shift; otherwise the
 * period's last day with that shift.
 */
export function entryShiftDefaults(
  now: Date,
  range: { from: string; to: string },
  calendar?: readonly ShiftDefinition[] | null,
): { shift_date: string; shift_type: ShiftChoice['shift'] } {
  const running = currentShift(now, calendar ?? DEFAULT_SHIFT_CALENDAR);
  const inRange = running.date >= range.from && running.date <= range.to;
  return { shift_date: inRange ? running.date : range.to, shift_type: running.shift };
}
