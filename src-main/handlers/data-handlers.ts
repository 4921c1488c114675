import { CRUD_DOMAINS, type CrudDomain, type TableOfDomain } from '../../src-shared/contract/domains';
import type { Row } from '../../src-shared/db/schema';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { appUserSpec } from '../../src-shared/tables/specs/app-user';
import type { CoreDeps } from '../core-deps';
import type { CallContext } from '../dispatch';
import { createClient } from '../services/clients/client-service';
import { removeEmployee, saveNewEmployee, updateEmployee } from '../services/employees/employee-service';
import { grantClient, revokeClient, updateUser } from '../services/users/user-service';
import type { Row as StoreRow } from '../tenancy/scoped-store';
import { rowOf } from '../tenancy/typed-row';
import { storeOf } from './context';
import { type CrudHandlers, crudHandlers } from './crud-handlers';
import { changingUser } from './user-sessions';

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;
type AllCrudHandlers = UnionToIntersection<
  { [D in CrudDomain]: CrudHandlers<D, Row<TableOfDomain<D>>> }[CrudDomain]
>;
type Ctx = CallContext<CoreDeps>;

function build(): AllCrudHandlers {
  const all: Record<string, unknown> = {};
  for (const [domain, table] of Object.entries(CRUD_DOMAINS))
    Object.assign(all, crudHandlers()(domain, TABLE_SPECS[table]));
  return all as AllCrudHandlers;
}

type Key = Readonly<Record<string, unknown>>;
type Change = { key: Key; version: number; changes: StoreRow };
type Removal = { key: Key; version: number };

/**
 * Every table's CRUD handlers, with those that need more than a row: a new client gets its
 * default lists; an employee's floating flag keeps their pool membership in step; a user's
 * account and client access change under the user-admin rules (user-service.ts), and a change to
 * what their sign-in rests on ends their other sessions.
 */
export const dataHandlers = {
  ...build(),
  'clients.create': (ctx: Ctx, input: StoreRow) => rowOf('client', createClient(storeOf(ctx), input)),
  'employees.create': (ctx: Ctx, input: StoreRow) => rowOf('employee', saveNewEmployee(storeOf(ctx), input)),
  'employees.update': (ctx: Ctx, input: Change) =>
    rowOf('employee', updateEmployee(storeOf(ctx), input.key, input.version, input.changes)),
  'employees.delete': (ctx: Ctx, input: Removal) => {
    removeEmployee(storeOf(ctx), input.key, input.version);
    return { deleted: true as const };
  },
  'users.update': (ctx: Ctx, input: Change) =>
    changingUser(ctx, String(input.key.user_id), () =>
      rowOf('app_user', updateUser(storeOf(ctx), input.key, input.version, input.changes)),
    ),
  'users.delete': (ctx: Ctx, input: Removal) => {
    storeOf(ctx).remove(appUserSpec, input.key, input.version);
    ctx.deps.sessions.deleteUser(String(input.key.user_id));
    return { deleted: true as const };
  },
  'userAccess.create': (ctx: Ctx, input: StoreRow) =>
    changingUser(ctx, String(input.user_id), () =>
      rowOf('user_client_access', grantClient(storeOf(ctx), input)),
    ),
  'userAccess.delete': (ctx: Ctx, input: { key: Key; version: number }) =>
    changingUser(ctx, String(input.key.user_id), () => {
      revokeClient(storeOf(ctx), input.key, input.version);
      return { deleted: true as const };
    }),
};
