/**
 * How PostgreSQL values become the PC's values, for both drivers (pg and PGlite): booleans 0/1,
 * dates `YYYY-MM-DD`, timestamps `YYYY-MM-DDTHH:MM:SSZ` (the one spelling of
 * src-shared/tables/formats.ts), bigints as numbers. A pulled row then equals the PC's own row
 * byte for byte. Sessions run with TimeZone UTC; other offsets are still converted correctly.
 */

export const PG_OID = {
  bool: 16,
  int8: 20,
  date: 1082,
  timestamptz: 1184,
} as const;

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2})(?::?(\d{2}))?$/;

/** `2026-03-02 17:30:00+00` → `2026-03-02T17:30:00Z`; a fraction of a second is kept. */
export function parseTimestamptz(text: string): string {
  const match = TIMESTAMP.exec(text);
  if (!match) return text;
  const [, date, time, fraction = '', hours = '+00', minutes = '00'] = match;
  if (hours === '+00' && minutes === '00') return `${date}T${time}${fraction}Z`;
  const ms = Date.parse(`${date}T${time}${fraction}${hours}:${minutes}`);
  const iso = new Date(ms).toISOString();
  return fraction === '' ? `${iso.slice(0, 19)}Z` : iso;
}

/** Bigints (server versions, counters) stay below 2^53 for the life of a plant. */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`bigint ${text} is beyond a safe integer`);
  return value;
}

export const HUB_TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [PG_OID.bool]: (text) => (text === 't' ? 1 : 0),
  [PG_OID.int8]: parseInt8,
  [PG_OID.date]: (text) => text,
  [PG_OID.timestamptz]: parseTimestamptz,
};

/** A mutable copy, for drivers whose options want a plain record (PGlite). */
export function hubTypeParsers(): Record<number, (text: string) => unknown> {
  return { ...HUB_TYPE_PARSERS };
}
