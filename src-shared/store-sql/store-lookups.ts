import { sql } from 'kysely';
import type { StoreKysely } from './store-db';
import type { StoreDialect } from './store-dialect';
import { type StoreScope, scopedSource } from './store-scope';

/**
 * The lookups a write makes before it lands: does the code, parent, client, employee or user it
 * names exist (for the row's own client). Tenant tables are read through the scope's CTEs like
 * every store read; the row's client is already checked to be in the scope, so the answer is the
 * same, and a parent of a client outside the scope is as absent as a missing one. Values may be
 * placeholders bound per lookup (the PC compiles each lookup once).
 */

/** A live code of a client's reference list (`downtime_reason`, `defect_type`…). */
export function codeLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  list: string,
  codeColumn: string,
  values: { clientId: unknown; code: unknown },
) {
  return scopedSource(db, dialect, scope, [list])
    .selectFrom(list)
    .select(sql<number>`1`.as('ok'))
    .where('client_id', '=', values.clientId)
    .where(codeColumn, '=', values.code);
}

/** A live parent row by key (work order, job, inspection): its client and, but for an inspection, its work order. */
export function parentLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  parent: { table: string; key: string; hasWorkOrder: boolean },
  id: unknown,
) {
  return scopedSource(db, dialect, scope, [parent.table])
    .selectFrom(parent.table)
    .select((eb) => [
      eb.ref('client_id').as('client_id'),
      parent.hasWorkOrder ? eb.ref('work_order_id').as('work_order_id') : sql<null>`NULL`.as('work_order_id'),
    ])
    .where(parent.key, '=', id);
}

/** A live client, by id. */
export function clientLookup(db: StoreKysely, dialect: StoreDialect, scope: StoreScope, id: unknown) {
  return scopedSource(db, dialect, scope, ['client'])
    .selectFrom('client')
    .select(sql<number>`1`.as('ok'))
    .where('client_id', '=', id);
}

/** A live employee of the plant, by id. */
export function employeeLookup(db: StoreKysely, id: unknown) {
  return db
    .selectFrom('employee')
    .select(sql<number>`1`.as('ok'))
    .where('employee_id', '=', id)
    .where('deleted_at', 'is', null);
}

/** A live assignment of an employee to a client. */
export function assignmentLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  values: { employeeId: unknown; clientId: unknown },
) {
  return scopedSource(db, dialect, scope, ['employee_client_assignment'])
    .selectFrom('employee_client_assignment')
    .select(sql<number>`1`.as('ok'))
    .where('employee_id', '=', values.employeeId)
    .where('client_id', '=', values.clientId);
}

/**
 * A live employee marked as floating; with `inPool`, also a live member of the floating pool
 * (covering needs one, as the database's trigger says; the pool row itself needs only the flag).
 */
export function floatingLookup(db: StoreKysely, dialect: StoreDialect, id: unknown, inPool: boolean) {
  const floating = db
    .selectFrom('employee as e')
    .select(sql<number>`1`.as('ok'))
    .where('e.employee_id', '=', id)
    .where(dialect.isSet(sql.ref('e.is_floating_pool')))
    .where('e.deleted_at', 'is', null);
  if (!inPool) return floating;
  return floating.where((eb) =>
    eb.exists(
      eb
        .selectFrom('floating_pool as f')
        .select(sql<number>`1`.as('one'))
        .whereRef('f.employee_id', '=', 'e.employee_id')
        .where('f.deleted_at', 'is', null),
    ),
  );
}

/**
 * The live user an id or username names; the id wins, as for every user column (a username that
 * is also someone's id names that someone).
 */
export function userLookup(db: StoreKysely, ref: unknown) {
  return db
    .selectFrom('app_user')
    .select(['user_id', 'username', 'role'])
    .where((eb) => eb.or([eb('user_id', '=', ref), eb('username', '=', ref)]))
    .where('deleted_at', 'is', null)
    .orderBy(sql`${sql.ref('user_id')} = ${ref}`, 'desc')
    .limit(sql.lit(1));
}

/** Whether a user holds a live access row for a live client. */
export function accessLookup(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  values: { userId: unknown; clientId: unknown },
) {
  return scopedSource(db, dialect, scope, ['user_client_access', 'client'])
    .selectFrom('user_client_access as a')
    .innerJoin('client as c', 'c.client_id', 'a.client_id')
    .select(sql<number>`1`.as('ok'))
    .where('a.user_id', '=', values.userId)
    .where('a.client_id', '=', values.clientId);
}
