import { type RawBuilder, sql } from 'kysely';
import type { Dimension } from '../../src-shared/kpi/dimensions';

/** A SQL expression of a family's rows (a column, or a function of columns). */
export type SqlExpression = RawBuilder<unknown>;

/** The columns (SQL expressions) a family's rows offer for grouping; null where the rows lack one. */
export interface GroupColumns {
  client: SqlExpression;
  date: SqlExpression | null;
  shift: SqlExpression | null;
  workOrder: SqlExpression | null;
  style: SqlExpression | null;
  operation: SqlExpression | null;
}

/**
 * The SQL expression of the group key for a dimension (KPIS.md § Precise readings: day
 * `YYYY-MM-DD`, week ISO `YYYY-Www`, month `YYYY-MM`, shift = shift_type, …), or null when the
 * family's rows lack that dimension: the KPI is then null in every group. Rows whose key is NULL
 * (e.g. no shift recorded) count in the total but belong to no group.
 */
export function groupKeySql(by: Dimension, columns: GroupColumns): SqlExpression | null {
  switch (by) {
    case 'client':
      return columns.client;
    case 'day':
      return columns.date;
    case 'week':
      return columns.date && sql`strftime('%G-W%V', ${columns.date})`;
    case 'month':
      return columns.date && sql`substr(${columns.date}, 1, 7)`;
    case 'shift':
      return columns.shift;
    case 'work_order':
      return columns.workOrder;
    case 'style':
      return columns.style;
    case 'operation':
      return columns.operation;
  }
}

/**
 * Whether a dimension's key is an expression of the client and the date alone (client, day, week,
 * month): rows can then be summed per client and day first, along the (client_id, shift_date)
 * indexes, before the sums are grouped by the key.
 */
export function keyOfClientDay(by: Dimension): boolean {
  return by === 'client' || by === 'day' || by === 'week' || by === 'month';
}

/** The keys a whole ISO week never splits (none, client, week): read from the week totals (0028-0030). */
export const WHOLE_WEEK_SHAPES: readonly (Dimension | null)[] = [null, 'client', 'week'];

/** Whether a whole ISO week never splits this key, so the range's whole weeks can be read as week totals. */
export function keepsWholeWeeks(by: Dimension | null): boolean {
  return WHOLE_WEEK_SHAPES.includes(by);
}
