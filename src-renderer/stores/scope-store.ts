import { create } from 'zustand';
import type { Me } from '../../src-shared/contract/auth';
import { type ChoiceStorage, type ClientChoice, readChoice, writeChoice } from './client-choice';
import { addDays, type DateRange, localIsoDate, type PresetId, presetRange } from './date-range';

/** What every data screen filters by: which client(s) and which dates. */
export interface ScopeState {
  /** The user the choice belongs to; null when signed out. */
  userId: string | null;
  client: ClientChoice;
  preset: PresetId;
  /** The dates of "Custom"; kept when another preset is picked so going back restores them. */
  custom: DateRange;
  adoptUser(me: Me): void;
  pickClient(client: ClientChoice): void;
  pickPreset(preset: PresetId): void;
  setCustom(custom: DateRange): void;
  reset(): void;
}

/** The browser's localStorage, or nothing where it is unavailable (tests, locked-down kiosks). */
function browserStorage(): ChoiceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const MEMORY: ChoiceStorage = { getItem: () => null, setItem: () => undefined };

function initial(): Pick<ScopeState, 'userId' | 'client' | 'preset' | 'custom'> {
  const today = localIsoDate(new Date());
  return { userId: null, client: null, preset: 'last30', custom: { from: addDays(today, -29), to: today } };
}

export const useScopeStore = create<ScopeState>()((set, get) => ({
  ...initial(),
  adoptUser(me) {
    set({ userId: me.userId, client: readChoice(browserStorage() ?? MEMORY, me) });
  },
  pickClient(client) {
    const { userId } = get();
    if (userId) writeChoice(browserStorage() ?? MEMORY, userId, client);
    set({ client });
  },
  pickPreset(preset) {
    if (preset === 'custom' && get().preset !== 'custom') {
      // Custom starts from the dates on screen, so switching to it changes nothing until edited.
      const { preset: from, custom } = get();
      set({ preset, custom: presetRange(from, localIsoDate(new Date()), custom) });
      return;
    }
    set({ preset });
  },
  setCustom(custom) {
    set({ custom });
  },
  reset() {
    set(initial());
  },
}));

/** The from/to of the current preset, for today's date on this computer. */
export function selectRange(state: Pick<ScopeState, 'preset' | 'custom'>, today: string): DateRange {
  return presetRange(state.preset, today, state.custom);
}

/** The KPI channels' `clientIds`: absent for "all", so the session's own scope applies. */
export function clientIdsOf(client: ClientChoice): string[] | undefined {
  return client === null ? undefined : [client];
}
