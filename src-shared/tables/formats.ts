import { isIsoDate } from '../domain/calendar';

// Cells and payloads check dates with the calendar's own test.
export { isIsoDate };

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
  return `${date.toISOString().slice(0, 19)}Z`;
}
