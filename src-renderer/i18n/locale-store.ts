import { create } from 'zustand';
import {
  asLanguage,
  asRegionalFormat,
  DEFAULT_LOCALE,
  type LocaleChoice,
} from '../../src-shared/i18n/locale';
import { i18next } from './i18n';

/** Where this PC remembers the last language used, for the sign-in screen before anyone signs in. */
const REMEMBERED = 'floorkpi.locale';

interface LocaleState {
  choice: LocaleChoice;
  /**
   * The language picked on the first start of this plant, if any: the first person to sign in (or
   * the first administrator) keeps it as their own, so a Spanish install stays Spanish after sign-in.
   */
  firstStartChoice: LocaleChoice | null;
  /** Applies a choice made on the first-start screen and remembers it for the first sign-in. */
  chooseAtFirstStart(choice: LocaleChoice): void;
  /** Applies a choice to every screen (words at once, numbers and dates on the next render). */
  apply(choice: LocaleChoice): void;
}

function remembered(): LocaleChoice | null {
  try {
    const raw = globalThis.localStorage?.getItem(REMEMBERED);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const language = asLanguage(Reflect.get(parsed, 'language'));
    const regionalFormat = asRegionalFormat(Reflect.get(parsed, 'regionalFormat'));
    return language && regionalFormat ? { language, regionalFormat } : null;
  } catch {
    // Storage off or full: the plant's default serves.
    return null;
  }
}

/** The language and format the screens use now. */
export const useLocaleStore = create<LocaleState>((set, get) => ({
  choice: DEFAULT_LOCALE,
  firstStartChoice: null,
  chooseAtFirstStart(choice) {
    set({ firstStartChoice: choice });
    get().apply(choice);
  },
  apply(choice) {
    set({ choice });
    if (i18next.language !== choice.language) void i18next.changeLanguage(choice.language);
    if (typeof document !== 'undefined') document.documentElement.lang = choice.language;
    try {
      globalThis.localStorage?.setItem(REMEMBERED, JSON.stringify(choice));
    } catch {
      // Not remembered on this PC: the user's own setting still applies after sign-in.
    }
  },
}));

/** Before sign-in: this PC's last choice, else the plant's default (from `system.info`). */
export function applyStartLocale(plantDefault: LocaleChoice): void {
  useLocaleStore.getState().apply(remembered() ?? plantDefault);
}

/** The regional format in force, for formatting outside React's render (a label function). */
export function currentFormat(): LocaleChoice['regionalFormat'] {
  return useLocaleStore.getState().choice.regionalFormat;
}
