import type {
  ConflictKind,
  Mutation,
  MutationResult,
  RefusalCode,
  SyncRow,
} from '../../src-shared/sync/protocol';
import type { HubTransaction } from '../db/hub-transaction';
import { dynamic, rowsOf } from './row-io';

/**
 * What one push decided, written at its end in a few batched statements: the ledger of every
 * mutation (its digest and outcome), the conflicts, the refusals, and the hub's audit rows.
 * Everything lands in the push's transaction, so a push is recorded whole or not at all.
 */

export interface AuditEntry {
  user_id: string | null;
  client_id: string | null;
  table_name: string;
  row_id: string;
  action: 'INSERT' | 'UPDATE' | 'DELETE' | 'RESTORE';
  server_version: number;
  before_json: Record<string, unknown> | null;
  after_json: Record<string, unknown>;
}

interface Where {
  mutation: Mutation;
  userId: string | null;
  clientId: string | null;
  rowId: string;
}

interface PendingConflict extends Where {
  kind: ConflictKind;
  serverRow: SyncRow | null;
}

export class PushLog {
  readonly #deviceId: string;
  readonly #digests: ReadonlyMap<number, string>;
  readonly #results = new Map<number, MutationResult>();
  readonly #conflicts: PendingConflict[] = [];
  readonly #refusals: (Where & { code: RefusalCode; message: string })[] = [];
  readonly #audit: AuditEntry[] = [];

  constructor(deviceId: string, digests: ReadonlyMap<number, string>) {
    this.#deviceId = deviceId;
    this.#digests = digests;
  }

  applied(mutation: Mutation, serverVersion: number, audit: AuditEntry): void {
    this.#results.set(mutation.mutationId, {
      mutationId: mutation.mutationId,
      status: 'applied',
      serverVersion,
    });
    this.#audit.push(audit);
  }

  duplicate(mutation: Mutation, serverRow: SyncRow): void {
    this.#results.set(mutation.mutationId, {
      mutationId: mutation.mutationId,
      status: 'duplicate',
      serverRow,
    });
  }

  /** Rows (`table:rowId`) a change of this push was not applied to: see `diverged`. */
  readonly #diverged = new Set<string>();

  /**
   * True when an earlier change of this row in this push (or one it replays) became a conflict or was refused: the
   * PC made the later ones on top of its own version, not the hub's, even when the version
   * numbers agree (both sides at 2, different rows), so they must not land silently.
   */
  diverged(table: string, rowId: string): boolean {
    return this.#diverged.has(`${table}:${rowId}`);
  }

  /** Marks a row whose change, answered before (a replay), the hub did not take: see `diverged`. */
  markDiverged(table: string, rowId: string): void {
    this.#diverged.add(`${table}:${rowId}`);
  }

  conflict(where: Where, kind: ConflictKind, serverRow: SyncRow | null): void {
    this.#diverged.add(`${where.mutation.table}:${where.rowId}`);
    this.#conflicts.push({ ...where, kind, serverRow });
    this.#results.set(where.mutation.mutationId, {
      mutationId: where.mutation.mutationId,
      status: 'conflict',
      conflictKind: kind,
      serverRow,
    });
  }

  refused(where: Where, code: RefusalCode, message: string, serverRow: SyncRow | null = null): void {
    this.#diverged.add(`${where.mutation.table}:${where.rowId}`);
    this.#refusals.push({ ...where, code, message });
    this.#results.set(where.mutation.mutationId, {
      mutationId: where.mutation.mutationId,
      status: 'refused',
      refusal: { code, message },
      serverRow,
    });
  }

  /** Refused changes of existing rows that carry no server row yet (refused before it was read). */
  refusedWithoutRow(mutations: readonly Mutation[]): Mutation[] {
    return mutations.filter((m) => {
      const result = this.#results.get(m.mutationId);
      return m.op !== 'create' && result?.status === 'refused' && !result.serverRow;
    });
  }

  /** Gives a refused mutation the hub's row, for the PC to hold instead of its own. */
  setServerRow(mutation: Mutation, row: SyncRow): void {
    const result = this.#results.get(mutation.mutationId);
    if (result) result.serverRow = row;
  }

  /** True once the mutation has an outcome (a row refused inside a batch already has one). */
  hasOutcome(mutation: Mutation): boolean {
    return this.#results.has(mutation.mutationId);
  }

  /** The outcome of every mutation, in the order given. */
  results(mutations: readonly Mutation[]): MutationResult[] {
    return mutations.map((m) => {
      const result = this.#results.get(m.mutationId);
      if (!result) throw new Error(`mutation ${m.mutationId} has no outcome`);
      return result;
    });
  }

  /** Writes the ledger, conflicts (their ids go into the results), refusals and audit rows. */
  async flush(trx: HubTransaction, mutations: readonly Mutation[]): Promise<void> {
    const db = dynamic(trx);
    const device_id = this.#deviceId;
    if (this.#conflicts.length > 0) {
      const rows = this.#conflicts.map((c) => ({
        device_id,
        mutation_id: c.mutation.mutationId,
        user_id: c.userId,
        client_id: c.clientId,
        table_name: c.mutation.table,
        row_id: c.rowId,
        kind: c.kind,
        base_version: c.mutation.baseVersion,
        pushed_row: c.mutation.row,
        server_row: c.serverRow,
      }));
      const columns = [
        'device_id',
        'mutation_id',
        'user_id',
        'client_id',
        'table_name',
        'row_id',
        'kind',
        'base_version',
        'pushed_row',
        'server_row',
      ] as const;
      const ids = await trx
        .insertInto('sync_conflict')
        .columns(columns)
        .expression(db.selectFrom(rowsOf('sync_conflict', rows).as('j')).select(columns.map((c) => `j.${c}`)))
        .returning(['conflict_id', 'mutation_id'])
        .execute();
      for (const row of ids) {
        const result = this.#results.get(Number(row.mutation_id));
        if (result) result.conflictId = Number(row.conflict_id);
      }
    }
    if (this.#refusals.length > 0) {
      const rows = this.#refusals.map((r) => ({
        device_id,
        mutation_id: r.mutation.mutationId,
        user_id: r.userId,
        client_id: r.clientId,
        table_name: r.mutation.table,
        row_id: r.rowId,
        code: r.code,
        message: r.message,
        pushed: r.mutation,
      }));
      await insertJson(trx, 'refused_mutation', rows);
    }
    if (this.#audit.length > 0)
      await insertJson(
        trx,
        'hub_audit_log',
        this.#audit.map((a) => ({ device_id, ...a })),
      );
    const ledger = mutations.map((m) => {
      const result = this.#results.get(m.mutationId);
      return {
        device_id,
        mutation_id: m.mutationId,
        digest: this.#digests.get(m.mutationId) ?? '',
        status: result?.status ?? 'refused',
        server_version: result?.serverVersion ?? null,
      };
    });
    await insertJson(trx, 'device_mutation', ledger);
  }
}

/** Inserts rows of one shape into a hub table in one statement. */
export async function insertJson(
  trx: HubTransaction,
  table: string,
  rows: readonly Record<string, unknown>[],
) {
  if (rows.length === 0) return;
  const db = dynamic(trx);
  const columns = Object.keys(rows[0] ?? {});
  await db
    .insertInto(table)
    .columns(columns)
    .expression(db.selectFrom(rowsOf(table, rows).as('j')).select(columns.map((c) => `j.${c}`)))
    .execute();
}
