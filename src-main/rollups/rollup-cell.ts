import { type RawBuilder, sql } from 'kysely';
import type { Dimension } from '../../src-shared/kpi/dimensions';
import { type GroupColumns, keepsWholeWeeks, keyOfClientDay } from '../kpi/group-key';
import { inShift } from '../kpi/kpi-query';
import type { RollupTable } from '../tenancy/scoped-tables';

/** The key columns of every rollup cell (migration 0021), in table order. */
export const CELL_KEYS = [
  'client_id',
  'shift_date',
  'shift_type',
  'work_order_id',
  'style_model',
  'operation_id',
] as const;

/** The cell keys as a SQL list (`client_id, shift_date, …`). */
export const CELL_KEY_LIST: RawBuilder<unknown> = sql.join(CELL_KEYS.map((k) => sql.ref(k)));

/**
 * A rollup's columns for grouping, where its family's rows offer the dimension: the same keys as
 * the raw rows (a cell holds rows of one key per dimension), null where the family has none.
 */
export function rollupColumns(has: { workOrder: boolean; style: boolean; operation: boolean }): GroupColumns {
  return {
    client: sql.ref('client_id'),
    date: sql.ref('shift_date'),
    shift: sql.ref('shift_type'),
    workOrder: has.workOrder ? sql.ref('work_order_id') : null,
    style: has.style ? sql.ref('style_model') : null,
    operation: has.operation ? sql.ref('operation_id') : null,
  };
}

/**
 * What a rollup read groups: the table's cells in `[from, to]` of the request's shift (any shift
 * when it names none), or, when the key is an expression of the client and the date alone
 * (client, day, week, month) or there is no key, the table's day totals (migration 0024: one row
 * per client-day, or client-day-operation for quality), whose key expression and grouping then
 * see a few rows per client-day instead of one per cell. Day totals add every shift up, so a
 * request for one shift reads the cells instead: the two halves below test the shift parameter
 * (a constant SQLite evaluates once), so only one of them reads rows. `columns`: the day totals'
 * columns besides client and day (their keys, then their sums), which the cells have too.
 * `reads`: the rollup tables the rows come from, for the read's scope.
 */
export function rollupRows(
  table: CellTable,
  columns: readonly string[],
  range: { from: RawBuilder<string>; to: RawBuilder<string>; shift: RawBuilder<string | null> },
  by: Dimension | null,
  /** The week totals to read whole weeks from: the table's own (0028), or another with `columns` (0029). */
  weeks: RollupTable = `${table}_weeks`,
): { reads: RollupTable[]; rows: RawBuilder<unknown> } {
  const inRange = sql`shift_date BETWEEN ${range.from} AND ${range.to}`;
  if (by !== null && !keyOfClientDay(by)) {
    const where = sql`WHERE ${inRange} AND ${inShift(range, sql.ref('shift_type'))}`;
    return { reads: [table], rows: sql`(SELECT * FROM ${sql.id(table)} ${where})` };
  }
  const totals: RollupTable = `${table}_totals`;
  const list = sql.join(['client_id', 'shift_date', ...columns].map((c) => sql.ref(c)));
  // `shift IS NOT NULL` is a constant term: SQLite tests it once and skips the whole scan of the
  // cells when no shift is asked for (shift_type = NULL alone is tested on every cell).
  const ofShift = sql`SELECT ${list} FROM ${sql.id(table)} WHERE ${range.shift} IS NOT NULL AND ${inRange} AND shift_type = ${range.shift}`;
  if (!keepsWholeWeeks(by)) {
    return {
      reads: [totals, table],
      rows: sql`(SELECT ${list} FROM ${sql.id(totals)} WHERE ${inRange} AND ${range.shift} IS NULL
UNION ALL ${ofShift})`,
    };
  }
  // Keys that a whole ISO week never splits (none, client, week): the range's whole weeks from the
  // week totals (0028), the days before the first and after the last from the day totals.
  const { first, last } = wholeWeeks(range);
  return {
    reads: [weeks, totals, table],
    rows: sql`(SELECT ${list} FROM ${sql.id(weeks)} WHERE shift_date BETWEEN ${first} AND ${last} AND ${range.shift} IS NULL
UNION ALL SELECT ${list} FROM ${sql.id(totals)}
  WHERE shift_date BETWEEN ${range.from} AND min(${range.to}, date(${first}, '-1 day')) AND ${range.shift} IS NULL
UNION ALL SELECT ${list} FROM ${sql.id(totals)}
  WHERE shift_date BETWEEN max(${first}, date(${last}, '+7 days')) AND ${range.to} AND ${range.shift} IS NULL
UNION ALL ${ofShift})`,
  };
}

/**
 * The Mondays of the first and last ISO weeks wholly inside `[from, to]` (first > last when there
 * is none). The days outside them are `[from, first − 1]` and `[max(first, last + 7), to]`: with
 * no whole week, either the first covers every day (first > to) or the two meet at `first`.
 */
export function wholeWeeks(range: { from: RawBuilder<string>; to: RawBuilder<string> }): {
  first: RawBuilder<string>;
  last: RawBuilder<string>;
} {
  return {
    first: sql<string>`date(${range.from}, 'weekday 1')`,
    last: sql<string>`date(${range.to}, '-12 days', 'weekday 1')`,
  };
}

/** The Monday of a day's ISO week, in SQL (the key of the week totals, 0028, 0029, 0030). */
export function mondayOf(day: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`date(${day}, '-6 days', 'weekday 1')`;
}

/** A rollup table of cells (migration 0021). */
export type CellTable = 'rollup_production' | 'rollup_downtime' | 'rollup_quality' | 'rollup_attendance';
