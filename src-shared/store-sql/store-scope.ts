import {
  type ExpressionBuilder,
  type QueryCreator,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import type { TableSpec } from '../tables/column';
import type { StoreDb, StoreKysely } from './store-db';
import type { StoreDialect } from './store-dialect';

/**
 * Whose rows a store query may read, as bound values: the PC binds them per call (or compiles once
 * with placeholders), the hub the same way. Built from the session's scope, never from a payload.
 */
export interface StoreScope {
  /** The user's id (or its placeholder): an account other than an administrator's sees only its own. */
  readonly userId: unknown;
  readonly admin: boolean;
  /** The scope's clients as one bound value (StoreDialect.listParam), or 'all' for every client. */
  readonly clients: 'all' | { readonly param: unknown };
}

/** A select over the rows a scope may see of one table, to which a query adds its filters and order. */
export type VisibleSelect = SelectQueryBuilder<StoreDb, string, object>;

/** The employee side table a plant-level employee is visible through. */
const ASSIGNMENT = 'employee_client_assignment';

/**
 * The scope's view of tenant tables: a source in which each named tenant table is shadowed by a
 * CTE of the same name holding only the scope's clients' live rows,
 *
 *   WITH "work_order" AS NOT MATERIALIZED (SELECT * FROM "main"."work_order"
 *     WHERE "client_id" IN (SELECT value FROM json_each(?)) AND "deleted_at" IS NULL) …
 *
 * the same shadow the KPI reads get from scoped-tables.ts, so a store query that says
 * `FROM work_order` cannot reach another client's row or a deleted one. NOT MATERIALIZED: the CTE
 * is flattened into its use and keeps the table's indexes.
 */
export function scopedSource(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  tenantTables: readonly string[],
): QueryCreator<StoreDb> {
  let source: QueryCreator<StoreDb> = db;
  for (const table of new Set(tenantTables)) {
    source = source.with(
      (cte) => cte(table).notMaterialized(),
      (inner) => {
        const rows = inner.withSchema(dialect.schema).selectFrom(table).selectAll();
        const mine =
          scope.clients === 'all'
            ? rows
            : rows.where(dialect.inValues(sql.ref('client_id'), scope.clients.param));
        return mine.where('deleted_at', 'is', null);
      },
    );
  }
  return source;
}

/**
 * The live rows of one spec's table the scope may see: the only way the store starts a read.
 * Tenant tables through `scopedSource`; the three plant-level tables by their own rule (DATA.md
 * § Roles): accounts only for an administrator (others see their own), employees assigned to one
 * of the scope's clients or in the floating pool, a floating employee lent to one of them or free.
 */
export function visibleRows(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
): VisibleSelect {
  if (spec.tenant) return scopedSource(db, dialect, scope, [spec.table]).selectFrom(spec.table);
  const clients = scope.clients;
  const reads = spec.table === 'employee' && clients !== 'all' ? [ASSIGNMENT] : [];
  const live = scopedSource(db, dialect, scope, reads).selectFrom(spec.table).where('deleted_at', 'is', null);
  if (spec.table === 'app_user') return scope.admin ? live : live.where('user_id', '=', scope.userId);
  if (clients === 'all') return live;
  switch (spec.table) {
    case 'employee':
      return live.where((eb: ExpressionBuilder<StoreDb, string>) =>
        eb.or([
          eb('employee_id', 'in', eb.selectFrom(ASSIGNMENT).select('employee_id')),
          dialect.isSet(eb.ref('is_floating_pool')),
        ]),
      );
    case 'floating_pool':
      return live.where((eb: ExpressionBuilder<StoreDb, string>) =>
        eb.or([
          eb('assigned_to_client', 'is', null),
          dialect.inValues(eb.ref('assigned_to_client'), clients.param),
        ]),
      );
    default:
      return live.where(sql<SqlBool>`1 = 0`);
  }
}
