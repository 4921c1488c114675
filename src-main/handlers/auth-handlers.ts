import { AppError } from '../../src-shared/contract/errors';
import { authenticate, describeSession, needsSetup, openSession } from '../auth/auth-service';
import type { CoreDeps } from '../core';
import type { Handler } from '../dispatch';
import { insertUser, prepareUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

const login: Handler<'auth.login', CoreDeps> = async ({ deps, sessionKey }, input) => {
  const session = await authenticate(deps.database.sqlite, input.username, input.password);
  deps.sessions.set(sessionKey, session);
  return describeSession(deps.database.sqlite, session);
};

const logout: Handler<'auth.logout', CoreDeps> = ({ deps, sessionKey }) => {
  deps.sessions.delete(sessionKey);
  return { signedOut: true };
};

const me: Handler<'auth.me', CoreDeps> = ({ deps, session }) =>
  session ? describeSession(deps.database.sqlite, session) : null;

/** The answer to set-up calls once the plant has a user: set-up happens once, sign-in after. */
export const ALREADY_SET_UP = 'This plant already has users. Sign in instead.';

/**
 * Creates the first ADMIN and signs them in. The password is hashed first; then one transaction
 * checks that the plant still has no user and writes the admin, so windows that send the form at
 * the same moment (or load the demo meanwhile) end with exactly one first administrator.
 */
const setupFirstAdmin: Handler<'auth.setupFirstAdmin', CoreDeps> = async ({ deps, sessionKey }, input) => {
  const { sqlite } = deps.database;
  if (!needsSetup(sqlite)) throw new AppError('FORBIDDEN', ALREADY_SET_UP);
  const store = new ScopedStore(sqlite, SYSTEM_SCOPE);
  const prepared = await prepareUser(store, {
    username: input.username,
    full_name: input.fullName,
    role: 'ADMIN',
    clients: [],
    password: input.password,
  });
  const session = store.transaction(() => {
    if (!needsSetup(sqlite)) throw new AppError('FORBIDDEN', ALREADY_SET_UP);
    const admin = insertUser(store, prepared);
    return openSession(
      sqlite,
      { user_id: String(admin.user_id), username: input.username, full_name: input.fullName, role: 'ADMIN' },
      new Date(),
    );
  });
  deps.sessions.set(sessionKey, session);
  return describeSession(sqlite, session);
};

export const authHandlers = {
  'auth.login': login,
  'auth.logout': logout,
  'auth.me': me,
  'auth.setupFirstAdmin': setupFirstAdmin,
};
