import { sql } from 'kysely';
import type { Mutation, SyncRow } from '../../src-shared/sync/protocol';
import type { DynamicRow } from '../db/hub-schema';
import type { HubTransaction } from '../db/hub-transaction';
import { ActorDirectory } from './actors';
import { isUniqueViolation, refusalForDbError } from './db-errors';
import type { DeviceContext } from './device-auth';
import { refusalOf } from './mutation-rules';
import { NATURAL_KEYS } from './natural-keys';
import type { PushLog } from './push-log';
import { fetchByKeys, insertRows, updateRows } from './row-io';
import { publicRow, sameContent, toSyncRow } from './row-shape';
import { StreamClocks } from './stream-clocks';
import { metaOf, rowIdOf, streamOf, type TableMeta, type TableMetaMap } from './table-meta';
import { checkPushedRow } from './validate-row';

/**
 * Applies a push's new mutations in order. Consecutive creates of one table are one batched
 * INSERT … ON CONFLICT DO NOTHING; consecutive changes of one table are one locked read and one
 * batched UPDATE … WHERE version = base. A batch that the database refuses is redone row by row in
 * savepoints, so one bad row is refused and recorded while the others land.
 */

/** A mutation that passed the protocol's checks, with its validated row. */
interface Prepared {
  mutation: Mutation;
  meta: TableMeta;
  row: SyncRow;
  rowId: string;
  stream: string | null;
  actorId: string;
}

const BATCH = 5000;
/** Tables whose writes change who may do what: the actor directory is reloaded after them. */
const ACCESS_TABLES = new Set(['app_user', 'user_client_access']);

function where(p: Prepared) {
  return { mutation: p.mutation, userId: p.actorId, clientId: p.stream, rowId: p.rowId };
}

/** A refusal's message naming the row, and for a missing parent which one (RLS hides it from PostgreSQL's). */
function refusalMessage(
  meta: TableMeta,
  row: DynamicRow,
  refusal: { message: string; constraint?: string },
): string {
  const fk = meta.parents.find((p) => p.name === refusal.constraint);
  if (!fk) return `${meta.spec.noun} ${rowIdOf(meta, row)}: ${refusal.message}`;
  const values = fk.columns.map((c) => String(row[c]));
  return `${fk.columns.join(', ')}: no ${fk.table.replaceAll('_', ' ')} ${values.join('/')} on the hub`;
}

function keyOf(meta: TableMeta, row: Readonly<Record<string, unknown>>): DynamicRow {
  return Object.fromEntries(meta.spec.key.map((k) => [k, row[k]]));
}

/** Runs `work` in a savepoint; a database error rolls back to it and is returned. */
async function inSavepoint<T>(
  trx: HubTransaction,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  await sql`SAVEPOINT hub_batch`.execute(trx);
  try {
    const value = await work();
    await sql`RELEASE SAVEPOINT hub_batch`.execute(trx);
    return { ok: true, value };
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT hub_batch`.execute(trx);
    await sql`RELEASE SAVEPOINT hub_batch`.execute(trx);
    return { ok: false, error };
  }
}

/**
 * Writes `rows` in one statement; when the database refuses the batch, halves it until the
 * refused rows stand alone (a few statements per bad row, not one per row), and hands each to
 * `refused` with its error. Returns what the statements returned.
 */
async function writeInHalves(
  trx: HubTransaction,
  rows: readonly DynamicRow[],
  write: (rows: readonly DynamicRow[]) => Promise<DynamicRow[]>,
  refused: (row: DynamicRow, error: unknown) => void,
): Promise<DynamicRow[]> {
  if (rows.length === 0) return [];
  const attempt = await inSavepoint(trx, () => write(rows));
  if (attempt.ok) return attempt.value;
  const [only] = rows;
  if (rows.length === 1 && only) {
    refused(only, attempt.error);
    return [];
  }
  const middle = Math.ceil(rows.length / 2);
  return [
    ...(await writeInHalves(trx, rows.slice(0, middle), write, refused)),
    ...(await writeInHalves(trx, rows.slice(middle), write, refused)),
  ];
}

const CREATION = ['created_at', 'created_by'] as const;

/**
 * The change with the stored row's creation stamps: who first made a row, and when, is the hub's
 * to keep. A PC whose create was a duplicate (another PC had made the identical row first) made its
 * later changes on its own copy, stamped with its own creation; refusing them lost real edits.
 */
function withHubCreation(p: Prepared, before: DynamicRow): Prepared {
  const stored = toSyncRow(p.meta, before);
  const row: SyncRow = { ...p.row };
  for (const name of CREATION) if (p.meta.columns.includes(name)) row[name] = stored[name] ?? null;
  return { ...p, row };
}

function prepare(
  tables: TableMetaMap,
  device: DeviceContext,
  mutation: Mutation,
  log: PushLog,
): Prepared | null {
  const actorId = mutation.userId ?? device.userId;
  const refuse = (message: string) =>
    log.refused(
      { mutation, userId: actorId, clientId: null, rowId: Object.values(mutation.key).join('/') },
      'VALIDATION',
      message,
    );
  const meta = metaOf(tables, mutation.table);
  if (!meta) {
    refuse(`${mutation.table} is not a table the hub syncs`);
    return null;
  }
  const keyNames = Object.keys(mutation.key).sort();
  if (keyNames.join() !== [...meta.spec.key].sort().join()) {
    refuse(`key: a ${meta.spec.noun} is named by ${meta.spec.key.join(', ')}`);
    return null;
  }
  const checked = checkPushedRow(meta, mutation.row);
  if (!checked.ok) {
    refuse(checked.message);
    return null;
  }
  const row = checked.row;
  if (meta.spec.key.some((k) => String(row[k]) !== mutation.key[k])) {
    refuse('key: does not match the row');
    return null;
  }
  const version = row.version;
  const expected = mutation.op === 'create' ? null : (mutation.baseVersion ?? 0) + 1;
  if ((mutation.op === 'create') !== (mutation.baseVersion === null)) {
    refuse('baseVersion: a create has none, every other change names the version it changed');
    return null;
  }
  if (expected !== null && version !== expected) {
    refuse(`version: must be ${expected}, one more than the version the change was made on`);
    return null;
  }
  return { mutation, meta, row, rowId: rowIdOf(meta, row), stream: streamOf(meta.table, row), actorId };
}

/** Consecutive mutations of one table and one kind (creates, or changes), at most BATCH each. */
function runs(prepared: readonly Prepared[]): Prepared[][] {
  const out: Prepared[][] = [];
  for (const p of prepared) {
    const last = out.at(-1);
    const head = last?.[0];
    const sameRun =
      head !== undefined &&
      last !== undefined &&
      head.meta.table === p.meta.table &&
      (head.mutation.op === 'create') === (p.mutation.op === 'create') &&
      last.length < BATCH;
    if (sameRun) last.push(p);
    else out.push([p]);
  }
  return out;
}

/** Rows grouped by the columns they carry (one statement per shape; a PC sends whole rows). */
function columnGroups(rows: readonly DynamicRow[]): DynamicRow[][] {
  const groups = new Map<string, DynamicRow[]>();
  for (const row of rows) {
    const signature = Object.keys(row).sort().join(',');
    const group = groups.get(signature);
    if (group) group.push(row);
    else groups.set(signature, [row]);
  }
  return [...groups.values()];
}

class PushApplier {
  readonly #trx: HubTransaction;
  readonly #device: DeviceContext;
  readonly #log: PushLog;
  readonly #actors: ActorDirectory;
  #clocks: StreamClocks | null = null;

  constructor(trx: HubTransaction, device: DeviceContext, log: PushLog) {
    this.#trx = trx;
    this.#device = device;
    this.#log = log;
    this.#actors = new ActorDirectory(trx);
  }

  async lockClocks(prepared: readonly Prepared[]): Promise<void> {
    const scope = this.#device.scope;
    const inScope = (c: string) => scope.all || scope.clients.includes(c);
    const clients = prepared.map((p) => p.stream).filter((s): s is string => s !== null && inScope(s));
    const created = scope.all
      ? prepared
          .filter((p) => p.meta.table === 'client' && p.mutation.op === 'create')
          .map((p) => String(p.row.client_id))
      : [];
    this.#clocks = await StreamClocks.lock(
      this.#trx,
      prepared.some((p) => p.stream === null),
      clients,
      created,
    );
  }

  async saveClocks(): Promise<void> {
    await this.#clocks?.save(this.#trx);
  }

  /** The rule check and the stream's next version; null (and the refusal recorded) when refused. */
  #admit(p: Prepared, before: DynamicRow | null): number | null {
    const actor = this.#actors.get(p.actorId);
    const serverRow = before ? toSyncRow(p.meta, before) : null;
    if (!actor) {
      this.#log.refused(where(p), 'UNKNOWN_USER', `${p.actorId} is not a user on the hub`, serverRow);
      return null;
    }
    const refusal = refusalOf({
      device: this.#device,
      actor,
      meta: p.meta,
      op: p.mutation.op,
      before,
      after: p.row,
    });
    if (refusal) {
      this.#log.refused(where(p), refusal.code, refusal.message, serverRow);
      return null;
    }
    if (!this.#clocks?.has(p.stream)) {
      this.#log.refused(where(p), 'REFERENCE', `client ${p.stream ?? ''} is not on the hub`, serverRow);
      return null;
    }
    return this.#clocks.next(p.stream);
  }

  async run(run: readonly Prepared[]): Promise<void> {
    await this.#actors.load(run.map((p) => p.actorId));
    const head = run[0];
    if (!head) return;
    if (head.mutation.op === 'create') await this.#creates(head.meta, run);
    else await this.#changes(head.meta, run);
    if (ACCESS_TABLES.has(head.meta.table)) this.#actors.forget();
  }

  async #creates(meta: TableMeta, run: readonly Prepared[]): Promise<void> {
    const admitted: { p: Prepared; stored: DynamicRow }[] = [];
    for (const p of run) {
      const serverVersion = this.#admit(p, null);
      if (serverVersion !== null) admitted.push({ p, stored: { ...p.row, server_version: serverVersion } });
    }
    const inserted = new Set<string>();
    const byRow = new Map(admitted.map((a) => [a.stored, a.p]));
    for (const group of columnGroups(admitted.map((a) => a.stored))) {
      const columns = Object.keys(group[0] ?? {});
      const rows = await writeInHalves(
        this.#trx,
        group,
        (batch) => insertRows(this.#trx, meta, columns, batch),
        (row, error) => {
          const refusal = refusalForDbError(error);
          if (!refusal) throw error;
          const p = byRow.get(row);
          if (p) this.#log.refused(where(p), refusal.code, refusalMessage(meta, row, refusal));
        },
      );
      for (const row of rows) inserted.add(rowIdOf(meta, row));
    }
    for (const { p, stored } of admitted) {
      if (inserted.has(p.rowId)) {
        this.#log.applied(p.mutation, Number(stored.server_version), {
          user_id: p.actorId,
          client_id: p.stream,
          table_name: meta.table,
          row_id: p.rowId,
          action: 'INSERT',
          server_version: Number(stored.server_version),
          before_json: null,
          after_json: publicRow(meta, stored),
        });
      } else if (!this.#log.hasOutcome(p.mutation)) {
        await this.#clash(meta, p);
      }
    }
  }

  /** A create the database skipped: its id or natural key is taken. */
  async #clash(meta: TableMeta, p: Prepared): Promise<void> {
    const [existing] = await fetchByKeys(this.#trx, meta, [keyOf(meta, p.row)], { forUpdate: false });
    if (existing) {
      if (sameContent(meta, existing, p.row)) this.#log.duplicate(p.mutation, toSyncRow(meta, existing));
      else this.#log.conflict(where(p), 'create_clash', toSyncRow(meta, existing));
      return;
    }
    const natural = await NATURAL_KEYS[meta.table]?.find(this.#trx, p.row);
    if (natural) this.#log.conflict(where(p), 'natural_key', toSyncRow(meta, natural));
    // The id belongs to a row of a client this PC does not see.
    else this.#log.conflict(where(p), 'create_clash', null);
  }

  async #changes(meta: TableMeta, run: readonly Prepared[]): Promise<void> {
    const rows = await fetchByKeys(
      this.#trx,
      meta,
      run.map((p) => keyOf(meta, p.row)),
      { forUpdate: true },
    );
    const current = new Map(rows.map((r) => [rowIdOf(meta, r), r]));
    let pending: { p: Prepared; before: DynamicRow; stored: DynamicRow }[] = [];
    let pendingIds = new Set<string>();
    for (const p of run) {
      // A second change of the same row waits for the first to be written.
      if (pendingIds.has(p.rowId)) {
        await this.#writeChanges(meta, pending, current);
        pending = [];
        pendingIds = new Set();
      }
      const before = current.get(p.rowId);
      if (!before) {
        this.#log.refused(
          where(p),
          'NOT_FOUND',
          `the hub has no ${meta.spec.noun} ${p.rowId} this PC may see (was its creation refused?)`,
        );
        continue;
      }
      const diverged = p.mutation.diverged === true || this.#log.diverged(meta.table, p.rowId);
      if (before.version !== p.mutation.baseVersion || diverged) {
        if (p.mutation.op === 'delete' && before.deleted_at !== null)
          this.#log.duplicate(p.mutation, toSyncRow(meta, before));
        else this.#log.conflict(where(p), 'stale_version', toSyncRow(meta, before));
        continue;
      }
      const change = withHubCreation(p, before);
      const serverVersion = this.#admit(change, before);
      if (serverVersion === null) continue;
      pending.push({ p: change, before, stored: { ...change.row, server_version: serverVersion } });
      pendingIds.add(p.rowId);
    }
    await this.#writeChanges(meta, pending, current);
  }

  async #writeChanges(
    meta: TableMeta,
    pending: readonly { p: Prepared; before: DynamicRow; stored: DynamicRow }[],
    current: Map<string, DynamicRow>,
  ): Promise<void> {
    const written = new Map<string, DynamicRow>();
    const byRow = new Map(pending.map((x) => [x.stored, x]));
    for (const group of columnGroups(pending.map((x) => x.stored))) {
      const columns = Object.keys(group[0] ?? {});
      const rows = await writeInHalves(
        this.#trx,
        group,
        (batch) => updateRows(this.#trx, meta, columns, batch),
        (row, error) => {
          const x = byRow.get(row);
          // The change would make a second live row with another's natural key (a deleted
          // attendance restored after the same shift was entered again): a conflict for a person,
          // not a failed push that would stop this PC's sync for good.
          if (x && isUniqueViolation(error)) {
            this.#log.conflict(where(x.p), 'natural_key', toSyncRow(meta, x.before));
            return;
          }
          const refusal = refusalForDbError(error);
          if (!refusal) throw error;
          if (x)
            this.#log.refused(
              where(x.p),
              refusal.code,
              refusalMessage(meta, row, refusal),
              toSyncRow(meta, x.before),
            );
        },
      );
      for (const row of rows) written.set(rowIdOf(meta, row), row);
    }
    for (const { p, before, stored } of pending) {
      const after = written.get(p.rowId);
      if (!after) {
        if (!this.#log.hasOutcome(p.mutation))
          this.#log.conflict(where(p), 'stale_version', toSyncRow(meta, before));
        continue;
      }
      current.set(p.rowId, after);
      const action =
        p.mutation.op === 'delete' ? 'DELETE' : p.mutation.op === 'restore' ? 'RESTORE' : 'UPDATE';
      this.#log.applied(p.mutation, Number(stored.server_version), {
        user_id: p.actorId,
        client_id: p.stream,
        table_name: meta.table,
        row_id: p.rowId,
        action,
        server_version: Number(stored.server_version),
        before_json: publicRow(meta, before),
        after_json: publicRow(meta, after),
      });
    }
  }
}

/** Applies `mutations` (new, contiguous, in order) and records each outcome in `log`. */
export async function applyMutations(
  trx: HubTransaction,
  tables: TableMetaMap,
  device: DeviceContext,
  mutations: readonly Mutation[],
  log: PushLog,
): Promise<void> {
  const prepared = mutations
    .map((m) => prepare(tables, device, m, log))
    .filter((p): p is Prepared => p !== null);
  const applier = new PushApplier(trx, device, log);
  await applier.lockClocks(prepared);
  for (const run of runs(prepared)) await applier.run(run);
  await applier.saveClocks();
  await attachServerRows(trx, tables, mutations, log);
}

/** A PC whose change was refused before its row was read gets the hub's row all the same. */
async function attachServerRows(
  trx: HubTransaction,
  tables: TableMetaMap,
  mutations: readonly Mutation[],
  log: PushLog,
): Promise<void> {
  const missing = log.refusedWithoutRow(mutations);
  for (const table of new Set(missing.map((m) => m.table))) {
    const meta = metaOf(tables, table);
    if (!meta) continue;
    const wanted = missing.filter(
      (m) => m.table === table && meta.spec.key.every((k) => m.key[k] !== undefined),
    );
    const rows = await fetchByKeys(
      trx,
      meta,
      wanted.map((m) => m.key),
      { forUpdate: false },
    );
    const byId = new Map(rows.map((r) => [rowIdOf(meta, r), r]));
    for (const m of wanted) {
      const row = byId.get(meta.spec.key.map((k) => m.key[k]).join('/'));
      if (row) log.setServerRow(m, toSyncRow(meta, row));
    }
  }
}
