/**
 * The languages FloorKPI speaks and the regional formats numbers, dates and times follow. A user
 * picks one of each (sign-in screen, own settings); the plant's settings give the default. Stored
 * values and file codes never change with either.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Regional formats (BCP 47 tags `Intl` understands): the plants' countries, then the US. */
export const REGIONAL_FORMATS = ['es-MX', 'es-HN', 'es-GT', 'es-SV', 'es-DO', 'es-CR', 'en-US'] as const;
export type RegionalFormat = (typeof REGIONAL_FORMATS)[number];

/** A user's choice of both. */
export interface LocaleChoice {
  language: Language;
  regionalFormat: RegionalFormat;
}

/** What a plant that never chose gets: English words, US formats (today's behaviour). */
export const DEFAULT_LOCALE: LocaleChoice = { language: 'en', regionalFormat: 'en-US' };

/** The format a language suggests when the user has not chosen one (Mexico for Spanish). */
export function defaultFormatFor(language: Language): RegionalFormat {
  return language === 'es' ? 'es-MX' : 'en-US';
}

/** Narrows untrusted text (local storage, a database column) to a language, or null. */
export function asLanguage(value: unknown): Language | null {
  return LANGUAGES.find((l) => l === value) ?? null;
}

/** Narrows untrusted text to a regional format, or null. */
export function asRegionalFormat(value: unknown): RegionalFormat | null {
  return REGIONAL_FORMATS.find((f) => f === value) ?? null;
}
