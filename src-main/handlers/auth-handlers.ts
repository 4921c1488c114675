import { AppError } from '../../src-shared/contract/errors';
import { authenticate, describeSession, needsSetup } from '../auth/auth-service';
import type { CoreDeps } from '../core';
import type { Handler } from '../dispatch';
import { createUser } from '../services/users/user-service';
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

const setupFirstAdmin: Handler<'auth.setupFirstAdmin', CoreDeps> = async ({ deps, sessionKey }, input) => {
  const { sqlite } = deps.database;
  if (!needsSetup(sqlite)) throw new AppError('FORBIDDEN', 'This plant already has users. Sign in instead.');
  await createUser(new ScopedStore(sqlite, SYSTEM_SCOPE), {
    username: input.username,
    full_name: input.fullName,
    role: 'ADMIN',
    clients: [],
    password: input.password,
  });
  const session = await authenticate(sqlite, input.username, input.password);
  deps.sessions.set(sessionKey, session);
  return describeSession(sqlite, session);
};

export const authHandlers = {
  'auth.login': login,
  'auth.logout': logout,
  'auth.me': me,
  'auth.setupFirstAdmin': setupFirstAdmin,
};
