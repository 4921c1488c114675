import { grantOf } from '../auth/session-grant';
import type { CoreDeps } from '../core-deps';
import type { CallContext } from '../dispatch';

/**
 * Runs a change to one user (password, role, clients, active) and, if it changed what their
 * sign-in rests on, ends that user's other sessions at once. The caller's own session carries
 * on when they changed themselves (an administrator setting their own password). Sessions the
 * change did not pass through here (an import, the command line) end on their next call instead,
 * when their grant no longer matches (see auth/session-grant.ts).
 */
export async function changingUser<T>(
  ctx: CallContext<CoreDeps>,
  userId: string,
  change: () => T | Promise<T>,
): Promise<T> {
  const { sqlite } = ctx.deps.database;
  const before = grantOf(sqlite, userId);
  const result = await change();
  const after = grantOf(sqlite, userId);
  if (after !== before) {
    ctx.deps.sessions.deleteUser(userId, ctx.sessionKey);
    if (ctx.session?.userId === userId) ctx.deps.sessions.regrant(ctx.sessionKey, after);
  }
  return result;
}
