import { type RawBuilder, sql } from 'kysely';
import type { GroupColumns } from '../kpi/group-key';

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
