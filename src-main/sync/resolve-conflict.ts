import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../src-shared/contract/errors';
import { nowUtc } from '../../src-shared/tables/formats';
import { specOf } from '../../src-shared/tables/registry';
import { sqliteCompiler as q } from '../db/compiled';
import { canSeeClient } from '../tenancy/scope';
import type { ScopedStore } from '../tenancy/scoped-store';
import { localRow } from './apply-row';
import { type ConflictView, listConflicts } from './conflicts';
import { runWrite } from './local-sql';
import { keyOf } from './outbox';
import { remapUser } from './remap-user';

/** How a person settles a conflict: the hub's side stays, this PC's side wins, or field by field. */
export type Resolution =
  | { keep: 'hub' }
  | { keep: 'local' }
  | { keep: 'merge'; fields: Readonly<Record<string, 'local' | 'hub'>> };

/** Roles that may settle conflicts (issue 11: a LEADER or ADMIN; a POWERUSER runs the plant too). */
const RESOLVERS = new Set(['ADMIN', 'POWERUSER', 'LEADER']);

/**
 * Settles one open conflict. The PC already holds the hub's row, so keeping the hub's side only
 * closes the conflict; keeping this PC's side (or some of its fields) is an ordinary edit of the
 * current row through the store (checked, audited, and pushed like any edit), made in the same
 * transaction that closes the conflict.
 */
export function resolveConflict(
  sqlite: BetterSqlite3.Database,
  store: ScopedStore,
  conflictId: number,
  resolution: Resolution,
): ConflictView {
  if (!RESOLVERS.has(store.scope.role))
    throw new AppError('FORBIDDEN', 'Only a leader or an administrator may resolve sync conflicts.');
  const conflict = listConflicts(sqlite).find((c) => c.conflictId === conflictId);
  if (!conflict) throw new AppError('NOT_FOUND', `No open conflict #${conflictId}.`);
  const spec = specOf(conflict.table);
  if (!spec) throw new AppError('NOT_FOUND', `Conflict #${conflictId} names an unknown table.`);
  const clientId = typeof conflict.local.client_id === 'string' ? conflict.local.client_id : null;
  if (spec.tenant && clientId && !canSeeClient(store.scope, clientId))
    throw new AppError('FORBIDDEN', `Conflict #${conflictId} is about a client that is not yours.`);
  if (resolution.keep !== 'hub' && (conflict.kind === 'refused' || conflict.kind === 'pulled_clash'))
    throw new AppError(
      'VALIDATION',
      `Conflict #${conflictId}: the hub refused this change (${conflict.message ?? 'against its rules'}); only the hub's side can be kept.`,
    );
  if (spec.table === 'app_user' && conflict.kind === 'natural_key') {
    if (resolution.keep !== 'hub' || !conflict.hub)
      throw new AppError(
        'VALIDATION',
        `Conflict #${conflictId}: the hub already has a user named "${String(conflict.local.username ?? '')}"; only the hub's user can be kept (this PC's rows move to it).`,
      );
    const hubUser = conflict.hub;
    store.transaction(() => {
      remapUser(sqlite, String(conflict.key.user_id ?? ''), hubUser);
      closeConflict(sqlite, conflictId, store.scope.userId, 'hub');
    });
    return settledConflict(sqlite, conflictId);
  }
  // A natural-key clash (the same attendance under another id): this PC's row was never taken, so
  // keeping its side writes its values into the hub's row; the ids themselves stay the hub's.
  const target = conflict.kind === 'natural_key' && conflict.hub ? keyOf(spec, conflict.hub) : conflict.key;
  const chosen =
    resolution.keep === 'hub'
      ? []
      : conflict.fields.filter(
          (f) =>
            !spec.key.includes(f.field) &&
            (resolution.keep === 'local' || resolution.fields[f.field] === 'local'),
        );
  store.transaction(() => {
    if (chosen.length > 0) {
      const current = localRow(sqlite, spec, target);
      if (!current)
        throw new AppError('NOT_FOUND', `The ${spec.noun} of conflict #${conflictId} is no longer here.`);
      const wantsDelete = chosen.some((f) => f.field === 'deleted_at' && f.local !== null);
      if (wantsDelete && current.deleted_at === null) store.remove(spec, target, Number(current.version));
      else {
        const changes = Object.fromEntries(
          chosen.filter((f) => f.field !== 'deleted_at').map((f) => [f.field, f.local]),
        );
        if (current.deleted_at !== null) store.restore(spec, target);
        const fresh = localRow(sqlite, spec, target);
        if (Object.keys(changes).length > 0)
          store.update(spec, target, Number(fresh?.version ?? current.version), changes);
      }
    }
    closeConflict(
      sqlite,
      conflictId,
      store.scope.userId,
      resolution.keep === 'hub' && conflict.kind === 'refused' ? 'dismissed' : resolution.keep,
    );
  });
  return settledConflict(sqlite, conflictId);
}

function closeConflict(
  sqlite: BetterSqlite3.Database,
  conflictId: number,
  userId: string | null,
  resolution: string,
): void {
  runWrite(
    sqlite,
    q
      .updateTable('sync_conflict')
      .set({ resolved_at: nowUtc(), resolved_by: userId, resolution })
      .where('conflict_id', '=', conflictId)
      .where('resolved_at', 'is', null),
  );
}

function settledConflict(sqlite: BetterSqlite3.Database, conflictId: number): ConflictView {
  const settled = listConflicts(sqlite, { all: true }).find((c) => c.conflictId === conflictId);
  if (!settled) throw new AppError('NOT_FOUND', `No conflict #${conflictId}.`);
  return settled;
}
