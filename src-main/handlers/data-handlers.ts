import { joinChannels } from '../../src-shared/contract/join';
import { appUserSpec } from '../../src-shared/tables/specs/app-user';
import type { CoreDeps } from '../core-deps';
import type { CallContext } from '../dispatch';
import { createClient } from '../services/clients/client-service';
import { removeEmployee, saveNewEmployee, updateEmployee } from '../services/employees/employee-service';
import { grantClient, revokeClient, updateUser } from '../services/users/user-service';
import type { Row as StoreRow } from '../tenancy/scoped-store';
import { rowOf } from '../tenancy/typed-row';
import { storeOf } from './context';
import { crudHandlers } from './crud-handlers';
import { changingUser } from './user-sessions';

type Ctx = CallContext<CoreDeps>;

type Key = Readonly<Record<string, unknown>>;
type Change = { key: Key; version: number; changes: StoreRow };
type Removal = { key: Key; version: number };

/**
 * Every table's CRUD handlers, with those that need more than a row: a new client gets its
 * default lists; an employee's floating flag keeps their pool membership in step; a user's
 * account and client access change under the user-admin rules (user-service.ts), and a change to
 * what their sign-in rests on ends their other sessions.
 */
export const dataHandlers = joinChannels(
  crudHandlers({
    except: [
      'clients.create',
      'employees.create',
      'employees.update',
      'employees.delete',
      'users.update',
      'users.delete',
      'userAccess.create',
      'userAccess.delete',
      // The admin channel (workflow-handlers.ts): a new user needs a password.
      'users.create',
    ],
  }),
  {
    'clients.create': (ctx: Ctx, input: StoreRow) => rowOf('client', createClient(storeOf(ctx), input)),
    'employees.create': (ctx: Ctx, input: StoreRow) =>
      rowOf('employee', saveNewEmployee(storeOf(ctx), input)),
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
  },
);
