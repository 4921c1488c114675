import type { HubTransaction } from '../db/hub-transaction';

/**
 * The counters of the streams a push writes to, locked for the whole transaction: the plant's
 * first, then the clients' in sorted order, so two pushes never wait on each other in a cycle.
 * Holding the lock until commit is what makes a pull's cursor safe: once a counter is visible as
 * committed, every change numbered below it is too (a plain sequence hands out numbers that commit
 * out of order, and a cursor would skip rows).
 */
export class StreamClocks {
  readonly #versions = new Map<string | null, number>();
  readonly #changed = new Set<string | null>();

  private constructor() {}

  /**
   * Locks the plant counter (when `plant`) and the counters of `clients` that this device may see;
   * `newClients` get a counter first (a client created by this push).
   */
  static async lock(
    trx: HubTransaction,
    plant: boolean,
    clients: readonly string[],
    newClients: readonly string[],
  ): Promise<StreamClocks> {
    const clocks = new StreamClocks();
    if (plant) {
      const row = await trx.selectFrom('plant_clock').select('version').forUpdate().executeTakeFirstOrThrow();
      clocks.#versions.set(null, row.version);
    }
    const created = [...new Set(newClients)].sort();
    if (created.length > 0)
      await trx
        .insertInto('tenant_clock')
        .values(created.map((client_id) => ({ client_id })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    const wanted = [...new Set([...clients, ...created])].sort();
    if (wanted.length > 0) {
      const rows = await trx
        .selectFrom('tenant_clock')
        .select(['client_id', 'version'])
        .where('client_id', 'in', wanted)
        .orderBy('client_id')
        .forUpdate()
        .execute();
      for (const row of rows) clocks.#versions.set(row.client_id, row.version);
    }
    return clocks;
  }

  /** True when the stream's counter is locked (its client exists and is in the device's scope). */
  has(stream: string | null): boolean {
    return this.#versions.has(stream);
  }

  /** The next server version of the stream. */
  next(stream: string | null): number {
    const current = this.#versions.get(stream);
    if (current === undefined) throw new Error(`stream ${stream ?? 'plant'} is not locked`);
    this.#versions.set(stream, current + 1);
    this.#changed.add(stream);
    return current + 1;
  }

  /** Writes the advanced counters; the locks are released when the transaction ends. */
  async save(trx: HubTransaction): Promise<void> {
    for (const stream of this.#changed) {
      const version = this.#versions.get(stream) ?? 0;
      if (stream === null) await trx.updateTable('plant_clock').set({ version }).execute();
      else await trx.updateTable('tenant_clock').set({ version }).where('client_id', '=', stream).execute();
    }
    this.#changed.clear();
  }
}
