import { currentShift } from '../screens/my-shift/current-shift';
import { useShiftCalendar } from '../screens/my-shift/use-shift-calendar';
import { type DateRange, localIsoDate, presetRange } from './date-range';
import { useScopeStore } from './scope-store';

/**
 * The period on screen as from/to. Worked out on each render from today's date, so a window left
 * open past midnight moves "Today" along with the clock the next time anything redraws. "This
 * shift" is the date of the shift running now by the chosen client's shift calendar (the default
 * calendar for several clients).
 */
export function useDateRange(): DateRange {
  const preset = useScopeStore((s) => s.preset);
  const custom = useScopeStore((s) => s.custom);
  const client = useScopeStore((s) => s.client);
  const calendar = useShiftCalendar(preset === 'shift' ? client : null);
  const now = new Date();
  const shiftDate = preset === 'shift' ? currentShift(now, calendar ?? undefined).date : undefined;
  return presetRange(preset, localIsoDate(now), custom, shiftDate);
}
