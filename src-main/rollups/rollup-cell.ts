import { type RawBuilder, sql } from 'kysely';
import type { Dimension } from '../../src-shared/kpi/dimensions';
import { type GroupColumns, keyOfClientDay } from '../kpi/group-key';
import { inShift } from '../kpi/kpi-query';

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
 * What a rollup read groups: the table's cells in `[from, to]` (of the request's shift, if any), or, when the key is an expression
 * of the client and the date alone (client, day, week, month), the cells' sums per client and day
 * first: that grouping follows the (client_id, shift_date) index without a sort, and the key's
 * expression and its grouping then see one row per client-day instead of one per cell.
 */
export function rollupRows(
  table: string,
  sums: readonly string[],
  range: { from: RawBuilder<string>; to: RawBuilder<string>; shift: RawBuilder<string | null> },
  by: Dimension | null,
): RawBuilder<unknown> {
  const where = sql`WHERE shift_date BETWEEN ${range.from} AND ${range.to} AND ${inShift(range, sql.ref('shift_type'))}`;
  if (by === null || !keyOfClientDay(by)) return sql`(SELECT * FROM ${sql.id(table)} ${where})`;
  const totals = sql.join(sums.map((s) => sql`total(${sql.ref(s)}) AS ${sql.ref(s)}`));
  return sql`(SELECT client_id, shift_date, ${totals} FROM ${sql.id(table)} ${where} GROUP BY client_id, shift_date)`;
}
