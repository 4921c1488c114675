import type { ChannelName } from '../../src-shared/contract';
import { AppError } from '../../src-shared/contract/errors';
import { SYNC_MANAGER_ROLES, type SyncActionResult } from '../../src-shared/contract/sync';
import type { CoreDeps } from '../core-deps';
import type { CallContext, Handler } from '../dispatch';
import { listConflicts } from '../sync/conflicts';
import { HubError, HubUnreachableError } from '../sync/hub-client';
import { joinHub } from '../sync/join';
import { accessOf, followRemappedUser } from '../sync/remap-session';
import { resolveConflict } from '../sync/resolve-conflict';
import { serialRound } from '../sync/sync-round';
import { syncStatus } from '../sync/sync-state';
import { scopeOf, storeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

const MANAGERS: ReadonlySet<string> = new Set(SYNC_MANAGER_ROLES);

function assertManager(ctx: CallContext<CoreDeps>, what: string): void {
  if (!MANAGERS.has(scopeOf(ctx).role))
    throw new AppError('FORBIDDEN', `Only a leader or an administrator may ${what}.`);
}

const status: H<'sync.status'> = (ctx) => {
  scopeOf(ctx);
  return syncStatus(ctx.deps.database.sqlite);
};

// Connecting fails in words, not as an error: a wrong address or password is the person's to fix.
const join: H<'sync.join'> = async (ctx, input): Promise<SyncActionResult> => {
  assertManager(ctx, 'connect this PC to the plant hub');
  const sqlite = ctx.deps.database.sqlite;
  try {
    await joinHub(sqlite, { hubUrl: input.hubUrl, username: input.username, password: input.password });
  } catch (error) {
    if (error instanceof HubError)
      return { ok: false, code: error.code, message: error.message, status: syncStatus(sqlite) };
    if (error instanceof HubUnreachableError)
      return { ok: false, code: 'UNREACHABLE', message: error.message, status: syncStatus(sqlite) };
    throw error;
  }
  const round = await serialRound(sqlite);
  return round.ok
    ? { ok: true, status: syncStatus(sqlite) }
    : {
        ok: false,
        code: round.code,
        message: `Connected; the first sync did not finish: ${round.message}`,
        connected: true,
        status: syncStatus(sqlite),
      };
};

const now: H<'sync.now'> = async (ctx): Promise<SyncActionResult> => {
  scopeOf(ctx);
  const sqlite = ctx.deps.database.sqlite;
  if (!syncStatus(sqlite).enrolled)
    return {
      ok: false,
      code: 'NOT_ENROLLED',
      message: 'This PC is not connected to a plant hub.',
      status: syncStatus(sqlite),
    };
  const round = await serialRound(sqlite);
  return round.ok
    ? { ok: true, status: syncStatus(sqlite) }
    : { ok: false, code: round.code, message: round.message, status: syncStatus(sqlite) };
};

const conflicts: H<'sync.conflicts'> = (ctx) => {
  assertManager(ctx, 'see sync conflicts');
  const scope = scopeOf(ctx);
  return listConflicts(ctx.deps.database.sqlite)
    .filter((c) => {
      const client = c.local.client_id ?? c.hub?.client_id;
      return scope.clients === 'ALL' || typeof client !== 'string' || scope.clients.has(client);
    })
    .map((c) => ({
      conflictId: c.conflictId,
      table: c.table,
      key: c.key,
      kind: c.kind,
      localUserId: c.localUserId,
      localAt: c.localAt,
      hubUserId: c.hubUserId,
      hubAt: c.hubAt,
      message: c.message,
      fields: c.fields,
    }));
};

const resolve: H<'sync.resolve'> = (ctx, input) => {
  const sqlite = ctx.deps.database.sqlite;
  const resolution =
    input.keep === 'merge' ? { keep: 'merge' as const, fields: input.fields ?? {} } : { keep: input.keep };
  // A username clash settled by keeping the hub's user moves the local user's rows to the hub's
  // id: the local user's sessions (often the resolver's own) follow it when that is safe.
  const clash = listConflicts(sqlite).find(
    (c) => c.conflictId === input.conflictId && c.table === 'app_user' && c.kind === 'natural_key',
  );
  const localId = clash?.key.user_id;
  const before = localId ? accessOf(sqlite, localId) : null;
  const settled = resolveConflict(sqlite, storeOf(ctx), input.conflictId, resolution);
  const hubId = settled.hub?.user_id;
  if (localId && typeof hubId === 'string' && hubId !== localId)
    followRemappedUser(ctx.deps.sessions, sqlite, localId, before, hubId);
  return { resolved: true as const, status: syncStatus(sqlite) };
};

/** The plant-hub sync: status for everyone signed in, connecting and conflicts for leaders and admins. */
export const syncHandlers = {
  'sync.status': status,
  'sync.join': join,
  'sync.now': now,
  'sync.conflicts': conflicts,
  'sync.resolve': resolve,
};
