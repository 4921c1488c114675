import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../src-shared/contract/errors';
import type { TableSpec } from '../../src-shared/tables/column';
import { specOf, TABLE_SPECS } from '../../src-shared/tables/registry';
import { appUserSpec } from '../../src-shared/tables/specs/app-user';
import { type Scope, SYSTEM_SCOPE, scopeForUser } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { cliError } from './command';

/** The spec of `--table`, or a usage error listing the tables. */
export function tableOption(name: string): TableSpec {
  const spec = specOf(name.trim().toLowerCase());
  if (!spec) throw cliError('badTable', { tables: Object.keys(TABLE_SPECS).join(', '), value: name });
  return spec;
}

/**
 * The scope of the user named by `--as`: a user id, or a username in any case (as sign-in matches
 * it). The user list is read through the store as the system actor: whoever runs the CLI holds the
 * database file; `--as` decides the scope and whose name the audit log records.
 */
export function scopeOfUser(sqlite: BetterSqlite3.Database, nameOrId: string): Scope {
  const wanted = nameOrId.trim();
  let userId: string | null = null;
  for (const user of new ScopedStore(sqlite, SYSTEM_SCOPE).iterate(appUserSpec, {})) {
    if (user.user_id === wanted) {
      userId = wanted;
      break;
    }
    if (userId === null && String(user.username).toLowerCase() === wanted.toLowerCase())
      userId = String(user.user_id);
  }
  if (userId === null) throw cliError('noSuchUser', { user: wanted });
  try {
    return scopeForUser(sqlite, userId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED')
      throw cliError('userInactive', { user: wanted });
    throw error;
  }
}
