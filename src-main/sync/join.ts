import { hostname } from 'node:os';
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { isRole } from '../../src-shared/domain/roles';
import { type JoinResponse, joinResponseSchema } from '../../src-shared/sync/protocol';
import { nowUtc } from '../../src-shared/tables/formats';
import { sqliteCompiler as q } from '../db/compiled';
import { inTransaction } from '../db/statement-cache';
import { backfillOutbox } from './backfill';
import { expectReply, fetchPost, type HubPost, normaliseHubUrl } from './hub-client';
import { runWrite } from './local-sql';

export interface JoinInput {
  hubUrl: string;
  username: string;
  password: string;
  /** How the hub lists this PC (default: the computer's name). */
  deviceName?: string;
  post?: HubPost;
  now?: () => string;
}

export interface JoinResult {
  joined: JoinResponse['user'];
  deviceId: string;
  scope: JoinResponse['scope'];
  /** Rows this PC held, queued for its first push. */
  backfilled: number;
  hubUrl: string;
}

/**
 * Enrols this PC with a hub as `username` (an ADMIN, POWERUSER or LEADER; the hub checks the
 * password and refuses operators), stores the device secret, and queues every row the PC already
 * holds for its first push. A PC that enrols again (after DEVICE_DIVERGED or MUTATION_GAP)
 * replaces its outbox by a full backfill, which holds every pending change too: each change is
 * already in the row as held.
 */
export async function joinHub(sqlite: BetterSqlite3.Database, input: JoinInput): Promise<JoinResult> {
  const hubUrl = normaliseHubUrl(input.hubUrl);
  const post = input.post ?? fetchPost(hubUrl);
  const deviceName = (input.deviceName ?? hostname()).trim().slice(0, 100) || 'FloorKPI PC';
  const reply = await post(
    '/sync/join',
    { username: input.username, password: input.password, deviceName },
    null,
  );
  const joined = expectReply(reply, joinResponseSchema);
  const at = (input.now ?? nowUtc)();
  let backfilled = 0;
  inTransaction(sqlite, () => {
    // A new enrolment is a new device to the hub: its mutation ids start again at 1 (the hub
    // refuses a gap), and it sends everything it holds (the hub answers what it has as duplicates).
    runWrite(sqlite, q.deleteFrom('sync_outbox'));
    runWrite(sqlite, sql`DELETE FROM sqlite_sequence WHERE name = 'sync_outbox'`);
    runWrite(sqlite, q.deleteFrom('sync_state'));
    // The old device's conflicts stay listed, but their mutation ids meant that device's pushes:
    // kept, they would swallow the new device's conflicts of the same ids (a replayed answer is
    // recorded once per mutation id). Found by the plant simulation after a restore.
    runWrite(
      sqlite,
      q.updateTable('sync_conflict').set({ mutation_id: null }).where('mutation_id', 'is not', null),
    );
    runWrite(
      sqlite,
      q.insertInto('sync_state').values({
        state_id: 1,
        hub_url: hubUrl,
        device_id: joined.deviceId,
        device_secret: joined.deviceSecret,
        device_name: deviceName,
        user_id: joined.user.user_id,
        username: joined.user.username,
        role: joined.user.role,
        scope_json: JSON.stringify(joined.scope),
        plant_cursor: 0,
        joined_at: at,
      }),
    );
    backfilled = backfillOutbox(sqlite, at, isRole(joined.user.role) ? joined.user.role : 'OPERATOR');
  });
  return { joined: joined.user, deviceId: joined.deviceId, scope: joined.scope, backfilled, hubUrl };
}
