import type { Me } from '../../src-shared/contract/auth';
import { AppError } from '../../src-shared/contract/errors';
import { authenticate, describeSession, needsSetup, openSession } from '../auth/auth-service';
import { sessionIdleMinutes } from '../auth/plant-settings';
import type { CoreDeps } from '../core-deps';
import type { CallContext, Handler } from '../dispatch';
import { insertUser, prepareUser } from '../services/users/user-service';
import type { Session } from '../session';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

/**
 * Starts the caller's session under a key the core draws now, and hands it to the transport
 * (a new cookie, a new key for the window). The key the caller held before, which someone else
 * may know (a planted cookie, the last person at this PC), ends and is never signed in.
 */
function signIn(ctx: CallContext<CoreDeps>, session: Session): Me {
  const key = ctx.deps.sessions.start(session, ctx.sessionKey);
  ctx.rekey?.(key);
  return describeSession(ctx.deps.database.sqlite, session);
}

const login: Handler<'auth.login', CoreDeps> = async (ctx, input) => {
  const { deps } = ctx;
  const session = await authenticate(deps.database.sqlite, input.username, input.password, deps.now());
  return signIn(ctx, session);
};

const logout: Handler<'auth.logout', CoreDeps> = ({ deps, sessionKey }) => {
  deps.sessions.delete(sessionKey);
  return { signedOut: true };
};

const me: Handler<'auth.me', CoreDeps> = ({ deps, session, ended }) => {
  // Said once, so the window can go back to sign-in with the reason instead of a blank form.
  if (ended) throw new AppError('UNAUTHENTICATED', ended);
  return session ? describeSession(deps.database.sqlite, session) : null;
};

// The dispatcher has already counted the call as activity; the answer tells the window the limit.
const keepAlive: Handler<'auth.keepAlive', CoreDeps> = ({ deps }) => ({
  idleMinutes: sessionIdleMinutes(deps.database.sqlite),
});

/** The answer to set-up calls once the plant has a user: set-up happens once, sign-in after. */
export const ALREADY_SET_UP = 'This plant already has users. Sign in instead.';

/**
 * Creates the first ADMIN and signs them in. The password is hashed first; then one transaction
 * checks that the plant still has no user and writes the admin, so windows that send the form at
 * the same moment (or load the demo meanwhile) end with exactly one first administrator.
 */
const setupFirstAdmin: Handler<'auth.setupFirstAdmin', CoreDeps> = async (ctx, input) => {
  const { sqlite } = ctx.deps.database;
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
      ctx.deps.now(),
    );
  });
  return signIn(ctx, session);
};

export const authHandlers = {
  'auth.login': login,
  'auth.logout': logout,
  'auth.me': me,
  'auth.keepAlive': keepAlive,
  'auth.setupFirstAdmin': setupFirstAdmin,
};
