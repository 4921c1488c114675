import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
// Not tenant data (a user's own unsaved rows, like auth/ and its sign-in state), so not a table of
// the scoped store: the owner is the session's user and the client is checked against the scope here.
import { DRAFT_LIMITS, type DraftBody, type DraftRecord, draftBody } from '../../src-shared/contract/drafts';
import { AppError } from '../../src-shared/contract/errors';
import type { Row } from '../../src-shared/db/schema';
import { daysBefore } from '../../src-shared/domain/calendar';
import { SQLITE_STORE_DIALECT } from '../../src-shared/store-sql/store-dialect';
import { scopedSource } from '../../src-shared/store-sql/store-scope';
import { sqliteCompiler as db } from '../db/compiled';
import { inTransaction } from '../db/statement-cache';
import { allRows, firstRow, runWrite, storeCompiler } from '../db/store-compiler';
import { assertClientInScope, canSeeClient, type Scope, storeScopeOf } from '../tenancy/scope';

/** What a user asks to keep: the grid's key, its client, where it saves, and the rows. */
export interface DraftPut {
  key: string;
  clientId: string | null;
  summary: string;
  body: DraftBody;
}

function ownerOf(scope: Scope): string {
  // The system actor (CLI, seed) has no window and so no drafts.
  if (!scope.userId) throw new AppError('FORBIDDEN', 'Only a signed-in person keeps drafts.');
  return scope.userId;
}

/** Whether the client is live and one of the scope's (read through the scope, as every client read). */
function liveClient(sqlite: BetterSqlite3.Database, scope: Scope, clientId: string): boolean {
  const found = firstRow(
    sqlite,
    scopedSource(storeCompiler, SQLITE_STORE_DIALECT, storeScopeOf(scope, SQLITE_STORE_DIALECT), ['client'])
      .selectFrom('client')
      .select(sql<number>`1`.as('ok'))
      .where('client_id', '=', clientId),
  );
  return found !== undefined;
}

/** A stored payload read back through the channel's schema; null if it no longer fits (an older shape). */
function parseBody(payload: string): DraftBody | null {
  try {
    const parsed = draftBody.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The user's drafts, newest first. A draft of a client the user can no longer see (access
 * removed, client deleted) is left out, so its rows never reach someone who may not read that
 * client; drafts untouched for `keepDays` are dropped first.
 */
export function listDrafts(sqlite: BetterSqlite3.Database, scope: Scope, now: Date): DraftRecord[] {
  const userId = ownerOf(scope);
  const cutoff = daysBefore(now, DRAFT_LIMITS.keepDays).toISOString();
  runWrite(
    sqlite,
    db.deleteFrom('user_draft').where('user_id', '=', userId).where('updated_at', '<', cutoff),
  );
  const rows: Row<'user_draft'>[] = allRows(
    sqlite,
    db
      .selectFrom('user_draft')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('updated_at', 'desc')
      .orderBy('draft_key'),
  );
  const drafts: DraftRecord[] = [];
  for (const row of rows) {
    if (
      row.client_id !== null &&
      !(canSeeClient(scope, row.client_id) && liveClient(sqlite, scope, row.client_id))
    )
      continue;
    const body = parseBody(row.payload);
    if (!body) continue;
    drafts.push({
      key: row.draft_key,
      clientId: row.client_id,
      summary: row.summary,
      rowCount: row.row_count,
      updatedAt: row.updated_at,
      body,
    });
  }
  return drafts;
}

/**
 * Keeps the user's draft under its key, replacing the one before. Refused for a client the user
 * may not see, and beyond `perUser` drafts (each grid keeps one, so that many means something is
 * wrong, and a runaway window must not fill the disk).
 */
export function putDraft(
  sqlite: BetterSqlite3.Database,
  scope: Scope,
  draft: DraftPut,
  now: Date,
): { kept: true; updatedAt: string } {
  const userId = ownerOf(scope);
  if (draft.clientId !== null) {
    assertClientInScope(scope, draft.clientId);
    if (!liveClient(sqlite, scope, draft.clientId))
      throw new AppError('NOT_FOUND', `Client ${draft.clientId} does not exist.`);
  }
  const payload = JSON.stringify(draft.body);
  if (payload.length > DRAFT_LIMITS.bodyMax)
    throw new AppError(
      'VALIDATION',
      `These unsaved rows are too many to keep as a draft (${Math.round(payload.length / 1000)} kB, at most ${DRAFT_LIMITS.bodyMax / 1000} kB): save some of them.`,
      [{ path: 'body', message: 'is too large' }],
    );
  const updatedAt = now.toISOString();
  return inTransaction(sqlite, () => {
    const others =
      firstRow(
        sqlite,
        db
          .selectFrom('user_draft')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', userId)
          .where('draft_key', '<>', draft.key),
      )?.n ?? 0;
    if (others >= DRAFT_LIMITS.perUser)
      throw new AppError(
        'VALIDATION',
        `You already have ${others} drafts of unsaved rows on this PC: save or discard some of them first.`,
        [{ path: 'key', message: 'too many drafts' }],
      );
    runWrite(
      sqlite,
      db
        .insertInto('user_draft')
        .values({
          user_id: userId,
          draft_key: draft.key,
          client_id: draft.clientId,
          summary: draft.summary,
          row_count: draft.body.rows.length,
          payload,
          updated_at: updatedAt,
        })
        .onConflict((oc) =>
          oc.columns(['user_id', 'draft_key']).doUpdateSet((eb) => ({
            client_id: eb.ref('excluded.client_id'),
            summary: eb.ref('excluded.summary'),
            row_count: eb.ref('excluded.row_count'),
            payload: eb.ref('excluded.payload'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        ),
    );
    return { kept: true as const, updatedAt };
  });
}

/** Drops the user's own draft under `key`; another user's draft with the same key is untouched. */
export function deleteDraft(sqlite: BetterSqlite3.Database, scope: Scope, key: string): { deleted: boolean } {
  const deleted = firstRow(
    sqlite,
    db
      .deleteFrom('user_draft')
      .where('user_id', '=', ownerOf(scope))
      .where('draft_key', '=', key)
      .returning('draft_key'),
  );
  return { deleted: deleted !== undefined };
}
