import { create } from 'zustand';
import type { Me } from '../../src-shared/contract/auth';
import type { DraftLocation } from '../../src-shared/contract/drafts';
import { isScreenId, type ScreenId } from '../components/nav-items';
import { currentShift, type ShiftChoice } from '../screens/my-shift/current-shift';
import {
  type ChoiceStorage,
  type ClientChoice,
  readChoice,
  resolveChoice,
  writeChoice,
} from './client-choice';
import {
  addDays,
  type DateRange,
  isIsoDate,
  localIsoDate,
  PRESET_IDS,
  type PresetId,
  presetRange,
} from './date-range';
import { readPlace, writePlace } from './place-memory';

/** Where the user is: which screen, which client(s), which dates and, on shift screens, which shift. */
export interface ScopeState {
  /** The user the choice belongs to; null when signed out. */
  userId: string | null;
  /** The user as last adopted, to check a client choice against their clients. */
  me: Me | null;
  screen: ScreenId;
  /** The Help entry to open on the Help screen (a dashboard card's link); null for its top. */
  helpTopic: string | null;
  client: ClientChoice;
  preset: PresetId;
  /** The dates of "Custom"; kept when another preset is picked so going back restores them. */
  custom: DateRange;
  /** The date and shift of My shift and Attendance. */
  shift: ShiftChoice;
  /**
   * True once the user chose the shift (picked it, went back to a draft's, or it came back from
   * their place after a reload); until then the shift screens follow the client's shift calendar.
   */
  shiftChosen: boolean;
  adoptUser(me: Me): void;
  openScreen(screen: ScreenId, helpTopic?: string | null): void;
  pickClient(client: ClientChoice): void;
  pickPreset(preset: PresetId): void;
  setCustom(custom: DateRange): void;
  pickShift(shift: ShiftChoice): void;
  /** Moves to the shift running now by the client's calendar, unless the user chose one. */
  followShift(shift: ShiftChoice): void;
  /** Goes back to where a draft was typed (its screen, client, period and shift). */
  goTo(location: DraftLocation): void;
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
const storage = (): ChoiceStorage => browserStorage() ?? MEMORY;

type Where = Pick<
  ScopeState,
  'userId' | 'me' | 'screen' | 'helpTopic' | 'client' | 'preset' | 'custom' | 'shift' | 'shiftChosen'
>;

function initial(): Where {
  const now = new Date();
  const today = localIsoDate(now);
  return {
    userId: null,
    me: null,
    screen: 'dashboard',
    helpTopic: null,
    client: null,
    preset: 'last30',
    custom: { from: addDays(today, -29), to: today },
    shift: currentShift(now),
    shiftChosen: false,
  };
}

function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/**
 * The one place the user's whereabouts live. Every move is remembered per user on this PC
 * (client-choice.ts, place-memory.ts), so a reload, a crashed window or a new sign-in after an
 * idle lock returns to the same screen, client, period and shift.
 */
export const useScopeStore = create<ScopeState>()((set, get) => {
  /** Remembers the place after a change; the client has its own memory. */
  const remember = (): void => {
    const { userId, screen, preset, custom, shift } = get();
    if (userId) writePlace(storage(), userId, { screen, preset, custom, shift }, Date.now());
  };
  return {
    ...initial(),
    adoptUser(me) {
      if (get().userId === me.userId) {
        // The same person again (their clients refreshed, an unlock): they stay where they are,
        // on a client they may still see.
        const { client } = get();
        set({ me, client: resolveChoice(me, client ?? '*') });
        return;
      }
      const place = readPlace(storage(), me.userId, Date.now());
      const base = initial();
      set({
        ...base,
        ...place,
        shiftChosen: place.shift !== undefined,
        userId: me.userId,
        me,
        client: readChoice(storage(), me),
      });
    },
    openScreen(screen, helpTopic = null) {
      set({ screen, helpTopic });
      remember();
    },
    pickClient(client) {
      const { userId } = get();
      if (userId) writeChoice(storage(), userId, client);
      set({ client });
    },
    pickPreset(preset) {
      if (preset === 'custom' && get().preset !== 'custom') {
        // Custom starts from the dates on screen, so switching to it changes nothing until edited.
        const { preset: from, custom } = get();
        set({ preset, custom: presetRange(from, localIsoDate(new Date()), custom) });
      } else set({ preset });
      remember();
    },
    setCustom(custom) {
      set({ custom });
      remember();
    },
    pickShift(shift) {
      set({ shift, shiftChosen: true });
      remember();
    },
    followShift(shift) {
      const { shiftChosen, shift: now } = get();
      if (shiftChosen || (now.date === shift.date && now.shift === shift.shift)) return;
      set({ shift });
    },
    goTo(location) {
      const { me } = get();
      const screen = isScreenId(location.screen) ? location.screen : get().screen;
      const client = me ? resolveChoice(me, location.client ?? '*') : location.client;
      const custom =
        isIsoDate(location.custom.from) && isIsoDate(location.custom.to) ? location.custom : get().custom;
      set({
        screen,
        helpTopic: null,
        client,
        preset: isPresetId(location.preset) ? location.preset : get().preset,
        custom,
        shift: location.shift,
        shiftChosen: true,
      });
      if (me) writeChoice(storage(), me.userId, client);
      remember();
    },
    reset() {
      set(initial());
    },
  };
});

/** The from/to of the current preset, for today's date on this computer. */
export function selectRange(state: Pick<ScopeState, 'preset' | 'custom'>, today: string): DateRange {
  return presetRange(state.preset, today, state.custom);
}

/** The KPI channels' `clientIds`: absent for "all", so the session's own scope applies. */
export function clientIdsOf(client: ClientChoice): string[] | undefined {
  return client === null ? undefined : [client];
}
