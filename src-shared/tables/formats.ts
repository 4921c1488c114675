import { isIsoDate } from '../domain/calendar';

// Cells and payloads check dates with the calendar's own test.
export { isIsoDate };

/** The first and last dates the plant's data may carry: anything outside is a typo (`2062`, `1926`). */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2100-12-31';

/** True for a date (or the date part of a timestamp) from FIRST_DATE through LAST_DATE. */
export function isPlausibleDate(value: string): boolean {
  const day = value.slice(0, 10);
  return day >= FIRST_DATE && day <= LAST_DATE;
}

/**
 * Characters refused in every text field: NUL (which ends a string in C code and hides what
 * follows) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which make text display in another order than it is stored (a "Trojan
 * source" note or a spoofed work order number).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is this pattern's purpose.
const UNSAFE_CHARACTERS = /[\u0000\u202A-\u202E\u2066-\u2069]/;

/** True when the text holds none of the refused characters. */
export function hasNoUnsafeCharacters(value: string): boolean {
  return !UNSAFE_CHARACTERS.test(value);
}

/** The message for text with a refused character. */
export const UNSAFE_TEXT_MESSAGE =
  'must not contain NUL or text-direction control characters (U+202A-U+202E, U+2066-U+2069)';

/** True for a time of day written `HH:MM` on a 24-hour clock. */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/**
 * Normalises an ISO 8601 timestamp (`2026-03-02T17:30:00Z`, or with a space, or with an offset)
 * to UTC `YYYY-MM-DDTHH:MM:SSZ`; null when it is not one.
 */
export function normaliseTimestamp(value: string): string | null {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(trimmed)) return null;
  const withT = trimmed.replace(' ', 'T');
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(withT);
  const ms = Date.parse(hasZone ? withT : `${withT}Z`);
  if (Number.isNaN(ms)) return null;
  if (!isIsoDate(withT.slice(0, 10))) return null;
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Now as `YYYY-MM-DDTHH:MM:SSZ`: the one timestamp spelling, so stamps sort as text and round-trip. */
export function nowUtc(date = new Date()): string {
  // The same second is asked for many times in a row (an import stamps every row): format it once.
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond || lastText === null) {
    lastText = `${date.toISOString().slice(0, 19)}Z`;
    lastSecond = second;
  }
  return lastText;
}
let lastSecond = Number.NaN;
let lastText: string | null = null;
