import { type Kysely, sql } from 'kysely';
import { isOneOf } from '../../src-shared/domain/enums';
import {
  CONFLICT_KINDS,
  type Mutation,
  type MutationResult,
  type PushRequest,
  type PushResponse,
  REFUSAL_CODES,
} from '../../src-shared/sync/protocol';
import type { HubDB } from '../db/hub-schema';
import { type HubTransaction, inHubTransaction } from '../db/hub-transaction';
import { authenticateDevice, type DeviceContext } from './device-auth';
import { mutationDigest } from './digest';
import { HubError } from './hub-error';
import { NATURAL_KEYS } from './natural-keys';
import { applyMutations } from './push-apply';
import { PushLog } from './push-log';
import { fetchByKeys } from './row-io';
import { toSyncRow } from './row-shape';
import { metaOf, rowIdOf, type TableMetaMap, tableMeta } from './table-meta';

export interface PushAuth {
  secret: string;
  /** The PC's schema version (header), recorded on its device row. */
  pcSchema: number;
}

/**
 * One push (docs/sync.md § Push), in one transaction: authenticate the device and lock its row;
 * answer mutations it already pushed from the ledger (a retry after a lost response changes
 * nothing); refuse a gap; apply the rest in order; record every outcome; advance the device.
 */
export async function pushMutations(
  db: Kysely<HubDB>,
  request: PushRequest,
  auth: PushAuth,
): Promise<PushResponse> {
  const tables = await tableMeta(db);
  return inHubTransaction(db, { role: 'app', deviceId: request.deviceId }, async (trx) => {
    const device = await authenticateDevice(trx, request.deviceId, auth.secret, { lock: true });
    const mutations = request.mutations;
    mutations.forEach((m, i) => {
      const previous = mutations[i - 1];
      if (previous && m.mutationId <= previous.mutationId)
        throw new HubError('BAD_REQUEST', 'Mutations must be sent in increasing mutationId order.');
    });
    const digests = new Map(mutations.map((m) => [m.mutationId, mutationDigest(m)]));
    const replayed = mutations.filter((m) => m.mutationId <= device.lastMutationId);
    const fresh = mutations.filter((m) => m.mutationId > device.lastMutationId);
    const replayResults = await replay(trx, tables, device, replayed, digests);
    const log = new PushLog(device.deviceId, digests);
    // A retry after a lost answer may carry changes made since (the PC never saw that answer): a
    // change of a row whose earlier change the hub did not take was made on the PC's own version,
    // as within one push (PushLog.diverged).
    replayed.forEach((m, i) => {
      const status = replayResults[i]?.status;
      const meta = metaOf(tables, m.table);
      if (meta && (status === 'conflict' || status === 'refused'))
        log.markDiverged(m.table, rowIdOf(meta, m.key));
    });

    let expected = device.lastMutationId + 1;
    for (const m of fresh) {
      if (m.mutationId !== expected)
        throw new HubError(
          'MUTATION_GAP',
          `The hub expected change #${expected} from this PC next but got #${m.mutationId}: changes #${expected} to #${m.mutationId - 1} are missing. Nothing of this push was applied.`,
        );
      expected += 1;
    }
    if (fresh.length > 0) {
      await applyMutations(trx, tables, device, fresh, log);
      await log.flush(trx, fresh);
    }
    const lastMutationId = fresh.at(-1)?.mutationId ?? device.lastMutationId;
    await trx
      .updateTable('device')
      .set({ last_mutation_id: lastMutationId, last_push_at: sql<string>`now()`, pc_schema: auth.pcSchema })
      .where('device_id', '=', device.deviceId)
      .execute();
    return { lastMutationId, results: [...replayResults, ...log.results(fresh)] };
  });
}

/**
 * The recorded outcomes of mutations the hub processed before. A mutation whose digest differs
 * from the one recorded under its id was never pushed: the PC reuses ids (restored from a backup).
 */
async function replay(
  trx: HubTransaction,
  tables: TableMetaMap,
  device: DeviceContext,
  mutations: readonly Mutation[],
  digests: ReadonlyMap<number, string>,
): Promise<MutationResult[]> {
  if (mutations.length === 0) return [];
  const ids = mutations.map((m) => m.mutationId);
  const ledger = new Map(
    (
      await trx
        .selectFrom('device_mutation')
        .select(['mutation_id', 'digest', 'status', 'server_version'])
        .where('device_id', '=', device.deviceId)
        .where('mutation_id', 'in', ids)
        .execute()
    ).map((r) => [r.mutation_id, r]),
  );
  const conflicts = new Map(
    (
      await trx
        .selectFrom('sync_conflict')
        .select(['mutation_id', 'conflict_id', 'kind'])
        .where('device_id', '=', device.deviceId)
        .where('mutation_id', 'in', ids)
        .execute()
    ).map((r) => [r.mutation_id, r]),
  );
  const refusals = new Map(
    (
      await trx
        .selectFrom('refused_mutation')
        .select(['mutation_id', 'code', 'message'])
        .where('device_id', '=', device.deviceId)
        .where('mutation_id', 'in', ids)
        .execute()
    ).map((r) => [r.mutation_id, r]),
  );
  const results: MutationResult[] = [];
  for (const m of mutations) {
    const entry = ledger.get(m.mutationId);
    if (!entry || entry.digest !== digests.get(m.mutationId))
      throw new HubError(
        'DEVICE_DIVERGED',
        `Change #${m.mutationId} is not the change #${m.mutationId} this PC pushed before: was the PC restored from a backup? Enrol it again; its changes are then pushed as new ones.`,
      );
    const result: MutationResult = { mutationId: m.mutationId, status: 'applied', replayed: true };
    if (entry.status === 'applied' && entry.server_version !== null)
      result.serverVersion = entry.server_version;
    if (entry.status !== 'applied') result.serverRow = await currentRow(trx, tables, m);
    if (entry.status === 'duplicate') result.status = 'duplicate';
    const conflict = conflicts.get(m.mutationId);
    if (entry.status === 'conflict' && conflict) {
      result.status = 'conflict';
      result.conflictId = conflict.conflict_id;
      if (isOneOf(CONFLICT_KINDS, conflict.kind)) result.conflictKind = conflict.kind;
      // A create that clashed on a natural key has no row under its own key: the PC needs the
      // row holding the key (found by the PC simulation: a lost answer left the PC's conflict
      // without the hub's side, so keeping this PC's values had nowhere to go).
      if (conflict.kind === 'natural_key' && !result.serverRow)
        result.serverRow = await naturalHolder(trx, tables, m);
    }
    const refusal = refusals.get(m.mutationId);
    if (entry.status === 'refused' && refusal) {
      result.status = 'refused';
      if (isOneOf(REFUSAL_CODES, refusal.code))
        result.refusal = { code: refusal.code, message: refusal.message };
    }
    results.push(result);
  }
  return results;
}

/** The hub's current row for a mutation's key, as the PC should hold it (null when none visible). */
async function currentRow(trx: HubTransaction, tables: TableMetaMap, m: Mutation) {
  const meta = metaOf(tables, m.table);
  if (!meta || meta.spec.key.some((k) => m.key[k] === undefined)) return null;
  const [row] = await fetchByKeys(trx, meta, [m.key], { forUpdate: false });
  return row ? toSyncRow(meta, row) : null;
}

/** The live row holding a mutation's natural key (docs/sync.md § Natural keys), or null. */
async function naturalHolder(trx: HubTransaction, tables: TableMetaMap, m: Mutation) {
  const meta = metaOf(tables, m.table);
  if (!meta) return null;
  const holder = await NATURAL_KEYS[meta.table]?.find(trx, m.row);
  return holder ? toSyncRow(meta, holder) : null;
}
