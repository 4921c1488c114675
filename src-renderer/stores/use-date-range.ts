import { type DateRange, localIsoDate, presetRange } from './date-range';
import { useScopeStore } from './scope-store';

/**
 * The period on screen as from/to. Worked out on each render from today's date, so a window left
 * open past midnight moves "Today" along with the clock the next time anything redraws.
 */
export function useDateRange(): DateRange {
  const preset = useScopeStore((s) => s.preset);
  const custom = useScopeStore((s) => s.custom);
  return presetRange(preset, localIsoDate(new Date()), custom);
}
