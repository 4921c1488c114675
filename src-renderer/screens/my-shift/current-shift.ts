import { SHIFT_TYPE_LABELS } from '../../../src-shared/domain/enum-labels';
import type { ShiftType } from '../../../src-shared/domain/enums';
import { localIsoDate } from '../../stores/date-range';

/** A date and shift a screen enters data for. */
export interface ShiftChoice {
  date: string;
  shift: ShiftType;
}

/**
 * The shift running at `now` on this computer's clock, for pre-filling: Saturday and Sunday are the
 * overtime shifts; on weekdays 07:00–17:00 is the first shift and any other time the second.
 */
export function currentShift(now: Date): ShiftChoice {
  const date = localIsoDate(now);
  const day = now.getDay();
  if (day === 6) return { date, shift: 'SAT_OT' };
  if (day === 0) return { date, shift: 'SUN_OT' };
  const minutes = now.getHours() * 60 + now.getMinutes();
  return { date, shift: minutes >= 7 * 60 && minutes < 17 * 60 ? 'SHIFT_1ST' : 'SHIFT_2ND' };
}

/** Shift codes in words, for pickers and headings: the grids' words too. */
export const SHIFT_LABELS = SHIFT_TYPE_LABELS;
