import type BetterSqlite3 from 'better-sqlite3';
// Not tenant data (a user's own unsaved rows, like auth/ and its sign-in state), so not a table of
// the scoped store: the owner is the session's user and the client is checked against the scope here.
import { DRAFT_LIMITS, type DraftBody, type DraftRecord, draftBody } from '../../src-shared/contract/drafts';
import { AppError } from '../../src-shared/contract/errors';
import type { Row } from '../../src-shared/db/schema';
import { cachedStatement, inTransaction } from '../db/statement-cache';
import { assertClientInScope, canSeeClient, type Scope } from '../tenancy/scope';

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

function liveClient(sqlite: BetterSqlite3.Database, clientId: string): boolean {
  return (
    cachedStatement<[string], { n: number }>(
      sqlite,
      'SELECT count(*) AS n FROM client WHERE client_id = ? AND deleted_at IS NULL',
    ).get(clientId)?.n === 1
  );
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
  const cutoff = new Date(now.getTime() - DRAFT_LIMITS.keepDays * 86_400_000).toISOString();
  cachedStatement(sqlite, 'DELETE FROM user_draft WHERE user_id = ? AND updated_at < ?').run(userId, cutoff);
  const rows = cachedStatement<[string], Row<'user_draft'>>(
    sqlite,
    'SELECT * FROM user_draft WHERE user_id = ? ORDER BY updated_at DESC, draft_key',
  ).all(userId);
  const drafts: DraftRecord[] = [];
  for (const row of rows) {
    if (row.client_id !== null && !(canSeeClient(scope, row.client_id) && liveClient(sqlite, row.client_id)))
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
    if (!liveClient(sqlite, draft.clientId))
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
      cachedStatement<[string, string], { n: number }>(
        sqlite,
        'SELECT count(*) AS n FROM user_draft WHERE user_id = ? AND draft_key <> ?',
      ).get(userId, draft.key)?.n ?? 0;
    if (others >= DRAFT_LIMITS.perUser)
      throw new AppError(
        'VALIDATION',
        `You already have ${others} drafts of unsaved rows on this PC: save or discard some of them first.`,
        [{ path: 'key', message: 'too many drafts' }],
      );
    cachedStatement(
      sqlite,
      `INSERT INTO user_draft (user_id, draft_key, client_id, summary, row_count, payload, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (user_id, draft_key) DO UPDATE SET client_id = excluded.client_id,
         summary = excluded.summary, row_count = excluded.row_count, payload = excluded.payload,
         updated_at = excluded.updated_at`,
    ).run(userId, draft.key, draft.clientId, draft.summary, draft.body.rows.length, payload, updatedAt);
    return { kept: true as const, updatedAt };
  });
}

/** Drops the user's own draft under `key`; another user's draft with the same key is untouched. */
export function deleteDraft(sqlite: BetterSqlite3.Database, scope: Scope, key: string): { deleted: boolean } {
  const result = cachedStatement(sqlite, 'DELETE FROM user_draft WHERE user_id = ? AND draft_key = ?').run(
    ownerOf(scope),
    key,
  );
  return { deleted: result.changes > 0 };
}
