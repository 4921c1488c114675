import { type RawBuilder, sql } from 'kysely';

/** `HH:MM` as minutes since midnight. */
function minutesOf(column: string): RawBuilder<number> {
  const ref = sql.ref(column);
  return sql`(CAST(substr(${ref}, 1, 2) AS INTEGER) * 60 + CAST(substr(${ref}, 4, 2) AS INTEGER))`;
}

/**
 * The hours of a shift calendar row (`alias`: a `shift` row): end − start − break, across midnight
 * when the end is earlier (SHIFT_2ND 21:00–06:00 is 9 h), as src-shared/domain/shift-hours.ts.
 */
export function calendarHoursOf(alias: string): RawBuilder<number> {
  return sql`((${minutesOf(`${alias}.end_time`)} - ${minutesOf(`${alias}.start_time`)} + 1440) % 1440 - ${sql.ref(`${alias}.break_minutes`)}) / 60.0`;
}
