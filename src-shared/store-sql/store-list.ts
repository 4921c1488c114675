import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ListSort } from '../contract/crud';
import { AppError } from '../contract/errors';
import { ruleIssue } from '../contract/rule-issue';
import { type ColumnSpec, columnOf, type TableSpec } from '../tables/column';
import type { StoreDb, StoreKysely } from './store-db';
import type { StoreDialect } from './store-dialect';
import { type StoreScope, type VisibleSelect, visibleRows } from './store-scope';

/** What a list asks for, beyond the scope: the store's list, count, suggestions and export. */
export interface ListFilter {
  /** Clients asked for, already checked against the scope, as one bound value (listParam). */
  clients?: { readonly param: unknown };
  /** Inclusive date range on the table's date column. */
  from?: string;
  to?: string;
  /** Exact matches on named columns; a list matches any of its values. */
  equals?: Readonly<Record<string, string | number | readonly (string | number)[]>>;
  /** Case-insensitive text search across the table's text-like columns. */
  text?: string;
  /** Caller-chosen order (visible columns only); the table's own order breaks ties. */
  sort?: readonly ListSort[];
}

const SEARCHABLE = new Set(['key', 'text', 'code', 'ref', 'enum']);
// Text-like columns sort as people read them, "apparel" beside "Apparel"; numbers and dates as stored.
const NOCASE_SORT = new Set(['key', 'text', 'code', 'ref', 'enum']);

/** The spec's column a payload named: VALIDATION when the table has no such field. */
function fieldOf(spec: TableSpec, name: string): ColumnSpec {
  const column = columnOf(spec, name);
  if (!column)
    throw new AppError('VALIDATION', `${name}: is not a field of ${spec.noun} records`, [
      ruleIssue(name, 'store.notAField'),
    ]);
  return column;
}

/** Refuses a hidden column as a filter or order: it would reveal its value one guess at a time. */
function assertPublic(spec: TableSpec, column: ColumnSpec, use: 'filter' | 'sort'): void {
  if (column.hidden)
    throw new AppError('VALIDATION', `${column.name}: cannot be used to ${use} ${spec.noun} records`, [
      { path: column.name, message: `cannot be used to ${use}` },
    ]);
}

/**
 * The visible rows of a table matching a filter: the scope's rows (visibleRows) narrowed by the
 * clients, dates, exact values and text asked for. Column names come from the spec, never the payload.
 */
export function matchingRows(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
  filter: ListFilter,
): VisibleSelect {
  let rows = visibleRows(db, dialect, scope, spec);
  if (filter.clients) {
    if (!columnOf(spec, 'client_id'))
      throw new AppError('VALIDATION', 'client_id: this list has no client filter');
    rows = rows.where(dialect.inValues(sql.ref('client_id'), filter.clients.param));
  }
  if ((filter.from || filter.to) && !spec.dateColumn)
    throw new AppError('VALIDATION', 'from: this list has no date to filter on');
  if (filter.from && spec.dateColumn) rows = rows.where(spec.dateColumn, '>=', filter.from);
  if (filter.to && spec.dateColumn) rows = rows.where(spec.dateColumn, '<=', filter.to);
  for (const [name, value] of Object.entries(filter.equals ?? {})) {
    const column = fieldOf(spec, name);
    assertPublic(spec, column, 'filter');
    rows = Array.isArray(value)
      ? rows.where(dialect.inValues(sql.ref(column.name), dialect.listParam(value)))
      : rows.where(column.name, '=', value);
  }
  const text = filter.text?.trim();
  if (text) {
    const columns = spec.columns.filter((c) => !c.hidden && SEARCHABLE.has(c.type.kind));
    if (columns.length > 0) {
      const pattern = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      rows = rows.where((eb: ExpressionBuilder<StoreDb, string>) =>
        eb.or(columns.map((c) => dialect.contains(eb.ref(c.name), pattern))),
      );
    }
  }
  return rows;
}

/**
 * A list's order: the caller's columns first, then the table's own (newest date first, then key),
 * so paging through equal values is stable. Blanks sort last either way; hidden columns are refused.
 */
function ordered(dialect: StoreDialect, spec: TableSpec, rows: VisibleSelect, sort: readonly ListSort[]) {
  // The fixed order must not sort on a secret either.
  for (const name of [...spec.key, ...(spec.dateColumn ? [spec.dateColumn] : [])])
    if (columnOf(spec, name)?.hidden) throw new Error(`${spec.table}: cannot order by hidden ${name}`);
  const chosen = sort.map(({ column: name, direction }) => {
    const column = fieldOf(spec, name);
    assertPublic(spec, column, 'sort');
    const ref = sql.ref(column.name);
    return { column, ref, direction };
  });
  let query = rows;
  for (const { column, ref, direction } of chosen) {
    const by = NOCASE_SORT.has(column.type.kind) ? dialect.textOrder(ref) : ref;
    query = query.orderBy(sql`${ref} IS NULL`).orderBy(by, direction === 'desc' ? 'desc' : 'asc');
  }
  if (spec.dateColumn) query = query.orderBy(spec.dateColumn, 'desc');
  for (const key of spec.key) query = query.orderBy(key);
  return query;
}

/** How many visible rows match (a list's total for paging). */
export function countQuery(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
  filter: ListFilter,
) {
  const rows = matchingRows(db, dialect, scope, spec, filter);
  // Checked before anything is read: a refused order answers alone.
  ordered(dialect, spec, rows, filter.sort ?? []);
  return rows.select((eb) => eb.fn.countAll<number>().as('n'));
}

/** One page of visible rows matching the filter, in the list's order. */
export function pageQuery(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
  filter: ListFilter,
  page: { limit: number; offset: number },
) {
  const rows = matchingRows(db, dialect, scope, spec, filter);
  return ordered(dialect, spec, rows, filter.sort ?? [])
    .selectAll()
    .limit(page.limit)
    .offset(page.offset);
}

/** Every visible row matching the filter, by key (an export). */
export function allRowsQuery(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
  filter: ListFilter,
) {
  let rows = matchingRows(db, dialect, scope, spec, filter).selectAll();
  for (const key of spec.key) rows = rows.orderBy(key);
  return rows;
}

/**
 * The distinct non-blank values of one visible text column among the matching rows, most used
 * first, then alphabetically: the spellings already in use, to suggest.
 */
export function distinctValuesQuery(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
  column: string,
  filter: ListFilter,
  limit: number,
) {
  const described = columnOf(spec, column);
  if (described?.type.kind !== 'text' || described.hidden)
    throw new Error(`${spec.table}.${column} is not a visible text column`);
  const ref = sql.ref(column);
  return matchingRows(db, dialect, scope, spec, filter)
    .where(sql<SqlBool>`trim(coalesce(${ref}, '')) <> ''`)
    .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll<number>().as('uses')])
    .groupBy(column)
    .orderBy('uses', 'desc')
    .orderBy(column)
    .limit(limit);
}
