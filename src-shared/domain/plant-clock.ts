/**
 * The plant's wall clock. FloorKPI runs on the plant-floor PC, so that PC's time zone is the
 * plant's: "today" for aging and the dashboard, a hold's default date and time, an export's date
 * stamp all read the local clock, in the main process as in the window. Sync stamps
 * (created_at, updated_at, …) stay UTC, as fields.csv asks.
 */

const two = (n: number): string => String(n).padStart(2, '0');

/** The calendar date of `moment` on this computer's clock, as `YYYY-MM-DD`. */
export function localIsoDate(moment: Date): string {
  return `${String(moment.getFullYear()).padStart(4, '0')}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
}

/** The time of day of `moment` on this computer's clock, as `HH:MM`. */
export function localHhMm(moment: Date): string {
  return `${two(moment.getHours())}:${two(moment.getMinutes())}`;
}
