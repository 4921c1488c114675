import { currentShift, type ShiftChoice } from '../screens/my-shift/current-shift';
import { useShiftCalendar } from '../screens/my-shift/use-shift-calendar';
import { type DateRange, localIsoDate, presetRange } from './date-range';
import { useScopeStore } from './scope-store';

/**
 * The shift running now by the chosen client's shift calendar (the default calendar for several
 * clients) while the period is "This shift", else null: the dashboard then asks for that shift's
 * rows only, dated the day it started (at 02:30 on Tuesday, Monday's 21:00–06:00 second shift).
 */
export function useRunningShift(): ShiftChoice | null {
  const preset = useScopeStore((s) => s.preset);
  const client = useScopeStore((s) => s.client);
  const calendar = useShiftCalendar(preset === 'shift' ? client : null);
  return preset === 'shift' ? currentShift(new Date(), calendar ?? undefined) : null;
}

/**
 * The period on screen as from/to. Worked out on each render from today's date, so a window left
 * open past midnight moves "Today" along with the clock the next time anything redraws. "This
 * shift" is the date of the shift running now (useRunningShift).
 */
export function useDateRange(): DateRange {
  const preset = useScopeStore((s) => s.preset);
  const custom = useScopeStore((s) => s.custom);
  const running = useRunningShift();
  return presetRange(preset, localIsoDate(new Date()), custom, running?.date);
}
