import { useEffect } from 'react';
import type { ShiftDefinition } from '../../../src-shared/domain/shift-calendar';
import { useScopeStore } from '../../stores/scope-store';
import { currentShift } from './current-shift';
import { useShiftCalendar } from './use-shift-calendar';

/**
 * The client's shift calendar, with the shift screens' date and shift moved to the shift running
 * now by it (the store starts from the default calendar), unless the user already chose a shift.
 */
export function useFollowedShift(client: string | null): readonly ShiftDefinition[] | null {
  const followShift = useScopeStore((s) => s.followShift);
  const calendar = useShiftCalendar(client);
  useEffect(() => {
    if (calendar) followShift(currentShift(new Date(), calendar));
  }, [calendar, followShift]);
  return calendar;
}
