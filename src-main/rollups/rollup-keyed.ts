import { type CompiledQuery, sql } from 'kysely';
import { compileQuery, queryParam } from '../db/compiled';
import { spellStartCtes } from '../kpi/attendance/bradford-sql';
import { ORDER_WEEK_COLUMNS, orderWeeksSelect } from '../kpi/delivery/otd-rows-sql';
import {
  PROMISED_ORDER_COLUMNS,
  PROMISED_ORDER_READS,
  promisedOrderCtes,
  promisedOrderFromRollup,
} from '../kpi/delivery/promised-date-sql';
import { KPI_PARAMS } from '../kpi/kpi-query';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { type ScopedRead, scopedTables } from '../tenancy/scoped-tables';

/** The first day of all: a keyed recompute or check of every day of a client. */
export const EVERY_DAY = '0000-01-01';

/** Every day, for the families' SQL read over all of a client's rows (every shift). */
const ALL_RANGE = { from: EVERY_DAY, to: '9999-12-31', shift: null } as const;

/** The day from which a keyed recompute replaces a client's rows (a named value of the fill). */
const SINCE = queryParam<string>('since');

/**
 * A rollup kept per row of its source rather than per day (issue 14, third round): OTD per work
 * order (0026) and Bradford per absence (0027), and OTD per promised week (0030, from the orders'
 * rows). Each row is computed by the family's own SQL over
 * all of its client's rows, so it can be replaced from a day on (`day`: the column; null = only
 * whole, the orders' promised dates depending on every order of the client through style means).
 */
export interface KeyedRollup {
  table: 'rollup_order' | 'rollup_absence' | 'rollup_order_weeks';
  /** The columns that identify a row. */
  key: readonly string[];
  columns: readonly string[];
  day: 'shift_date' | null;
  /** The rows of the client(s) of the scope, from SINCE on where `day` is set. */
  rows(): ScopedRead<unknown>;
}

const ABSENCE_COLUMNS = [
  'attendance_entry_id',
  'client_id',
  'employee_id',
  'shift_date',
  'shift_type',
  'prev_date',
  'prev_type',
  'spell_start',
] as const;

export const KEYED_ROLLUPS: readonly KeyedRollup[] = [
  {
    table: 'rollup_order',
    key: ['work_order_id'],
    columns: PROMISED_ORDER_COLUMNS,
    day: null,
    rows: () => ({
      reads: PROMISED_ORDER_READS,
      ctes: promisedOrderCtes(),
      select: sql`SELECT ${sql.join(PROMISED_ORDER_COLUMNS.map((c) => sql.ref(c)))} FROM promised_order`,
    }),
  },
  {
    // Summed from rollup_order just recomputed above it (the entries run in this order, which
    // rollup-keyed.test.ts checks for every keyed rollup another reads), as the
    // week totals are from the day totals; `rollup verify` checks it against the stored orders.
    table: 'rollup_order_weeks',
    key: ['client_id', 'shift_date', 'completed', 'delivered'],
    columns: ORDER_WEEK_COLUMNS,
    day: null,
    rows: () => ({
      reads: ['rollup_order'],
      ctes: [promisedOrderFromRollup()],
      select: orderWeeksSelect(),
    }),
  },
  {
    table: 'rollup_absence',
    key: ['attendance_entry_id'],
    columns: ABSENCE_COLUMNS,
    day: 'shift_date',
    rows: () => ({
      reads: ['attendance_entry'],
      ctes: spellStartCtes(KPI_PARAMS),
      select: sql`SELECT attendance_entry_id, client_id, employee_id, d AS shift_date, t AS shift_type,
  pd AS prev_date, pt AS prev_type, start AS spell_start
FROM spell_start WHERE d >= ${SINCE}`,
    }),
  },
];

/** The values binding a keyed rollup's rows over every day of the scope's clients, from `since` on. */
function rowValues(since: string): Record<string, unknown> {
  return { ...ALL_RANGE, since };
}

/** The keyed rollup's rows computed from the raw rows (every client when `clientId` is null), from `since` on. */
export function keyedRowsQuery(
  keyed: KeyedRollup,
  clientId: string | null,
  since: string,
): CompiledQuery<unknown> {
  const tables = clientId === null ? scopedTables(SYSTEM_SCOPE) : scopedTables(SYSTEM_SCOPE, [clientId]);
  return tables.compileOnce(`rollup-keyed:${keyed.table}`, keyed.rows, rowValues(since));
}

/** `INSERT INTO <table> SELECT …`: one client's rows from `since` on (whole when the table has no day). */
export function insertKeyedQuery(
  keyed: KeyedRollup,
  clientId: string,
  since: string,
): CompiledQuery<unknown> {
  const columns = sql.join(keyed.columns.map((c) => sql.ref(c)));
  return scopedTables(SYSTEM_SCOPE, [clientId]).compileOnce(
    `rollup-keyed-insert:${keyed.table}`,
    () => {
      const rows = keyed.rows();
      return {
        ...rows,
        select: sql`INSERT INTO ${sql.id(keyed.table)} (${columns}) SELECT ${columns} FROM (${rows.select})`,
      };
    },
    rowValues(keyed.day === null ? EVERY_DAY : since),
  );
}

/** Deletes one client's rows of a keyed rollup from `since` on (rollup upkeep, see STALE_CLIENTS). */
export function deleteKeyedQuery(
  keyed: KeyedRollup,
  clientId: string,
  since: string,
): CompiledQuery<unknown> {
  return keyed.day === null
    ? compileQuery(sql`DELETE FROM ${sql.id(keyed.table)} WHERE client_id = ${clientId}`)
    : compileQuery(
        sql`DELETE FROM ${sql.id(keyed.table)} WHERE client_id = ${clientId} AND ${sql.ref(keyed.day)} >= ${since}`,
      );
}
