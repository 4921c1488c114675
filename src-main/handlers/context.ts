import { AppError, SIGN_IN_FIRST } from '../../src-shared/contract/errors';
import type { CoreDeps } from '../core-deps';
import type { CallContext } from '../dispatch';
import { type Scope, scopeForUser } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

/** The caller's scope, rebuilt from the session on every call so a revoked client takes effect at once. */
export function scopeOf(ctx: CallContext<CoreDeps>): Scope {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', SIGN_IN_FIRST);
  try {
    return scopeForUser(ctx.deps.database.sqlite, ctx.session.userId);
  } catch (error) {
    // A deactivated or deleted user loses the session, not just this call.
    ctx.deps.sessions.delete(ctx.sessionKey);
    throw error;
  }
}

/** The scoped store for the caller: the only way handlers reach tenant tables. */
export function storeOf(ctx: CallContext<CoreDeps>): ScopedStore {
  return new ScopedStore(ctx.deps.database.sqlite, scopeOf(ctx));
}
