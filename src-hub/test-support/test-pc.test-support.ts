import type { z } from 'zod';
import {
  hubErrorBodySchema,
  type JoinResponse,
  joinResponseSchema,
  type Mutation,
  type MutationOp,
  type MutationResult,
  type PullResponse,
  type PushResponse,
  pullResponseSchema,
  pushResponseSchema,
  type SyncRow,
} from '../../src-shared/sync/protocol';
import { specOf } from '../../src-shared/tables/registry';
import { type HubReply, type HubTransport, syncHeaders } from './hub-transport.test-support';

/**
 * A minimal PC for tests: rows in memory, an outbox, cursors, and the protocol's client side
 * (push, then pull until done; apply a pulled row unless the PC still has unsent changes to it).
 * It drives the hub the way the real PC will, so the hub's tests read as a plant would use it.
 */

/** A failed request, with the hub's error code. */
export class HubRequestError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(`${status} ${code}: ${message}`);
    this.status = status;
    this.code = code;
  }
}

function expectReply<T>(reply: HubReply, schema: z.ZodType<T>): T {
  if (reply.status === 200) return schema.parse(reply.body);
  const error = hubErrorBodySchema.safeParse(reply.body);
  if (error.success) throw new HubRequestError(reply.status, error.data.error.code, error.data.error.message);
  throw new HubRequestError(reply.status, 'UNKNOWN', JSON.stringify(reply.body));
}

export function rowKeyOf(table: string, row: Readonly<SyncRow>): string {
  const spec = specOf(table);
  if (!spec) throw new Error(`unknown table ${table}`);
  return spec.key.map((k) => String(row[k] ?? '')).join('/');
}

function keyObject(table: string, row: Readonly<SyncRow>): Record<string, string> {
  const spec = specOf(table);
  if (!spec) throw new Error(`unknown table ${table}`);
  return Object.fromEntries(spec.key.map((k) => [k, String(row[k])]));
}

let clock = Date.UTC(2026, 2, 2, 8, 0, 0);
/** A test timestamp that moves one second per call: `YYYY-MM-DDTHH:MM:SSZ`. */
export function testNow(): string {
  clock += 1000;
  return `${new Date(clock).toISOString().slice(0, 19)}Z`;
}

export class TestPc {
  readonly name: string;
  readonly transport: HubTransport;
  readonly rows = new Map<string, Map<string, SyncRow>>();
  outbox: Mutation[] = [];
  nextMutationId = 1;
  cursors: Record<string, number> = {};
  plantCursor = 0;
  deviceId = '';
  secret = '';
  /** The PC's schema version as sent in its headers. */
  schema: number | undefined;
  readonly conflicts: MutationResult[] = [];
  readonly refusals: MutationResult[] = [];

  constructor(transport: HubTransport, name = 'Test PC') {
    this.transport = transport;
    this.name = name;
  }

  #headers(): Record<string, string> {
    return { ...syncHeaders(this.schema), authorization: `Bearer ${this.secret}` };
  }

  async join(username: string, password: string): Promise<JoinResponse> {
    const reply = await this.transport.post(
      '/sync/join',
      { username, password, deviceName: this.name },
      syncHeaders(this.schema),
    );
    const joined = expectReply(reply, joinResponseSchema);
    this.deviceId = joined.deviceId;
    this.secret = joined.deviceSecret;
    return joined;
  }

  table(table: string): Map<string, SyncRow> {
    let rows = this.rows.get(table);
    if (!rows) {
      rows = new Map();
      this.rows.set(table, rows);
    }
    return rows;
  }

  row(table: string, key: string): SyncRow | undefined {
    return this.rows.get(table)?.get(key);
  }

  #record(
    op: MutationOp,
    table: string,
    row: SyncRow,
    baseVersion: number | null,
    userId: string | null,
  ): void {
    this.table(table).set(rowKeyOf(table, row), row);
    this.outbox.push({
      mutationId: this.nextMutationId++,
      table,
      op,
      key: keyObject(table, row),
      baseVersion,
      row: { ...row },
      userId,
      at: testNow(),
    });
  }

  /** A new row, as the PC's store writes it (sync columns filled). */
  create(table: string, values: SyncRow, userId: string | null = null): SyncRow {
    const at = testNow();
    const row: SyncRow = {
      ...values,
      created_at: at,
      updated_at: at,
      created_by: userId,
      updated_by: userId,
      version: 1,
      deleted_at: null,
    };
    this.#record('create', table, row, null, userId);
    return row;
  }

  /** An existing PC row pushed as it is (a PC's first sync sends what it already holds). */
  backfill(table: string, row: SyncRow, userId: string | null = null): void {
    this.#record('create', table, { ...row }, null, userId);
  }

  #change(op: MutationOp, table: string, key: string, changes: SyncRow, userId: string | null): SyncRow {
    const before = this.row(table, key);
    if (!before) throw new Error(`${this.name} has no ${table} ${key}`);
    const version = Number(before.version);
    const row: SyncRow = {
      ...before,
      ...changes,
      updated_at: testNow(),
      updated_by: userId,
      version: version + 1,
    };
    this.#record(op, table, row, version, userId);
    return row;
  }

  update(table: string, key: string, changes: SyncRow, userId: string | null = null): SyncRow {
    return this.#change('update', table, key, changes, userId);
  }

  remove(table: string, key: string, userId: string | null = null): SyncRow {
    return this.#change('delete', table, key, { deleted_at: testNow() }, userId);
  }

  restore(table: string, key: string, userId: string | null = null): SyncRow {
    return this.#change('restore', table, key, { deleted_at: null }, userId);
  }

  /** Sends the outbox (in chunks) and settles each entry by its outcome. */
  async push(chunk = 5000): Promise<PushResponse[]> {
    const responses: PushResponse[] = [];
    while (this.outbox.length > 0) {
      const batch = this.outbox.slice(0, chunk);
      const reply = await this.transport.post(
        '/sync/push',
        { deviceId: this.deviceId, mutations: batch },
        this.#headers(),
      );
      const response = expectReply(reply, pushResponseSchema);
      this.settle(batch, response);
      responses.push(response);
    }
    return responses;
  }

  /** Applies a push response: what the hub kept replaces the PC's row when it differs. */
  settle(batch: readonly Mutation[], response: PushResponse): void {
    const byId = new Map(batch.map((m) => [m.mutationId, m]));
    for (const result of response.results) {
      const mutation = byId.get(result.mutationId);
      if (!mutation) continue;
      if (result.status === 'conflict') this.conflicts.push(result);
      if (result.status === 'refused') this.refusals.push(result);
      if (result.status === 'applied') continue;
      // The PC's own version leaves its tables (a real PC keeps it in its conflict list); the hub's
      // row takes its place, under the hub row's key (a natural-key clash names another row).
      const rows = this.table(mutation.table);
      if (mutation.op === 'create') rows.delete(rowKeyOf(mutation.table, mutation.row));
      if (result.serverRow) rows.set(rowKeyOf(mutation.table, result.serverRow), result.serverRow);
    }
    this.outbox = this.outbox.filter((m) => m.mutationId > response.lastMutationId);
  }

  /** Pulls until the hub has nothing more; returns the pages. */
  async pull(limit?: number): Promise<PullResponse[]> {
    const pages: PullResponse[] = [];
    for (;;) {
      const page = await this.pullPage(limit);
      pages.push(page);
      if (!page.more) return pages;
    }
  }

  async pullPage(limit?: number): Promise<PullResponse> {
    const reply = await this.transport.post(
      '/sync/pull',
      {
        deviceId: this.deviceId,
        cursors: this.cursors,
        plantCursor: this.plantCursor,
        ...(limit ? { limit } : {}),
      },
      this.#headers(),
    );
    const page = expectReply(reply, pullResponseSchema);
    this.apply(page);
    return page;
  }

  /** Applies one pulled page, as the PC will: never over a row with unsent changes. */
  apply(page: PullResponse): void {
    const pending = new Set(this.outbox.map((m) => `${m.table}:${rowKeyOf(m.table, m.row)}`));
    for (const client of [...page.removedClients, ...page.resyncClients]) this.dropClient(client);
    for (const change of page.changes) {
      const key = rowKeyOf(change.table, change.row);
      if (pending.has(`${change.table}:${key}`)) continue;
      this.table(change.table).set(key, change.row);
    }
    this.cursors = { ...page.cursors };
    for (const client of page.resyncClients) this.cursors[client] = 0;
    this.plantCursor = page.plantCursor;
  }

  dropClient(client: string): void {
    for (const rows of this.rows.values())
      for (const [key, row] of rows)
        if (row.client_id === client || row.assigned_to_client === client) rows.delete(key);
    delete this.cursors[client];
  }

  async sync(): Promise<void> {
    await this.push();
    await this.pull();
  }

  /** Every row the PC holds, as `table:key` → row (for comparing copies). */
  snapshot(filter: (table: string, row: SyncRow) => boolean = () => true): Map<string, SyncRow> {
    const out = new Map<string, SyncRow>();
    for (const [table, rows] of this.rows)
      for (const [key, row] of rows) if (filter(table, row)) out.set(`${table}:${key}`, row);
    return out;
  }
}
