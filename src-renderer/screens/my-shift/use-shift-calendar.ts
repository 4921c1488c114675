import { useEffect, useState } from 'react';
import type { ShiftDefinition } from '../../../src-shared/domain/shift-calendar';
import { invoke } from '../../api/client';

/** Calendars already read this session, per client: every shift screen asks for the same few. */
const known = new Map<string, readonly ShiftDefinition[]>();

/**
 * A client's shift calendar (its `shift` rows), or null while it loads, for no client, or when it
 * cannot be read (the default calendar then applies).
 */
export function useShiftCalendar(clientId: string | null): readonly ShiftDefinition[] | null {
  const [calendar, setCalendar] = useState<readonly ShiftDefinition[] | null>(
    clientId === null ? null : (known.get(clientId) ?? null),
  );
  useEffect(() => {
    if (clientId === null) {
      setCalendar(null);
      return;
    }
    setCalendar(known.get(clientId) ?? null);
    let live = true;
    void invoke('shifts.list', { clientIds: [clientId], limit: 50, offset: 0 }).then((result) => {
      if (!live || !result.ok) return;
      known.set(clientId, result.data.rows);
      setCalendar(result.data.rows);
    });
    return () => {
      live = false;
    };
  }, [clientId]);
  return calendar;
}
