import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { type Mutation, type PushResponse, pushResponseSchema } from '../../../src-shared/sync/protocol';
import { type OpenDatabase, openDatabase } from '../../db/open';
import type { Scope } from '../../tenancy/scope';
import { ScopedStore } from '../../tenancy/scoped-store';
import { type HubPost, HubUnreachableError } from '../hub-client';
import { joinHub } from '../join';
import { syncRound } from '../sync-round';

/** What the transport saw: the hub's answers, lost or not (the "acknowledged" writes). */
export interface SimLedger {
  /** `table:key` → the highest version the hub acknowledged as applied. */
  acknowledged: Map<string, number>;
  /** The hub's conflict id → the PC whose push made it. */
  conflictOwner: Map<number, string>;
  dropped: number;
}

/**
 * One floor PC of the simulation: a real SQLite file with the real store and the real sync client
 * (join, rounds, conflicts), talking to the hub through a transport that can lose an answer after
 * the hub committed it. It can be backed up (a file copy) and restored from that copy.
 */
export class SimPc {
  database: OpenDatabase;
  store: ScopedStore;
  /** Loses the next push answer (the hub commits; the PC hears nothing). */
  loseNext = false;
  backup: { file: string; round: number } | null = null;
  reenrolments = 0;
  readonly lostConflicts = new Set<number>();

  constructor(
    readonly name: string,
    readonly file: string,
    readonly login: { username: string; password: string },
    readonly scope: Scope,
    private readonly hubPost: HubPost,
    private readonly ledger: SimLedger,
  ) {
    this.database = openDatabase(file, { create: true });
    this.store = new ScopedStore(this.database.sqlite, scope);
  }

  get sqlite() {
    return this.database.sqlite;
  }

  /** The clients whose rows this PC holds ('ALL' for the office). */
  holds(client: string | null): boolean {
    return client === null || this.scope.clients === 'ALL' || this.scope.clients.has(client);
  }

  pending(): number {
    return (this.sqlite.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;
  }

  /** The transport: the hub's answer is noted, then maybe lost. */
  readonly post: HubPost = async (path, body, secret) => {
    const reply = await this.hubPost(path, body, secret);
    if (path === '/sync/push' && reply.status === 200) this.#note(body, pushResponseSchema.parse(reply.body));
    if (path === '/sync/push' && this.loseNext) {
      this.loseNext = false;
      this.ledger.dropped += 1;
      throw new HubUnreachableError('http://sim-hub', new Error('connection reset after the hub committed'));
    }
    return reply;
  };

  #note(body: unknown, response: PushResponse): void {
    const sent = (body as { mutations: readonly Mutation[] }).mutations;
    const byId = new Map(sent.map((m) => [m.mutationId, m]));
    for (const result of response.results) {
      const mutation = byId.get(result.mutationId);
      if (result.conflictId !== undefined && result.conflictId !== null)
        this.ledger.conflictOwner.set(result.conflictId, this.name);
      if (!mutation || result.status !== 'applied') continue;
      const id = `${mutation.table}:${Object.values(mutation.key).join('/')}`;
      const version = Number(mutation.row.version ?? 0);
      this.ledger.acknowledged.set(id, Math.max(this.ledger.acknowledged.get(id) ?? 0, version));
    }
  }

  async join(): Promise<void> {
    await joinHub(this.sqlite, {
      hubUrl: 'http://sim-hub',
      ...this.login,
      deviceName: this.name,
      post: this.post,
    });
  }

  /**
   * One sync round as the core's scheduler runs it; a PC the hub no longer recognises (restored
   * from a backup: DEVICE_DIVERGED, MUTATION_GAP) is enrolled again, as "Enrol again" does.
   * Returns false when the answer was lost.
   */
  async sync(): Promise<boolean> {
    const result = await syncRound(this.sqlite, { post: this.post });
    if (result.ok) return true;
    if (result.unreachable) return false;
    if (result.code === 'DEVICE_DIVERGED' || result.code === 'MUTATION_GAP') {
      this.reenrolments += 1;
      await this.join();
      return this.sync();
    }
    throw new Error(`${this.name}: sync failed: ${result.code} ${result.message}`);
  }

  /** A file copy of the PC's database, as a nightly backup would take. */
  takeBackup(round: number): void {
    this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const file = `${this.file}.backup`;
    copyFileSync(this.file, file);
    this.backup = { file, round };
  }

  /** The disk is replaced by the backup: the PC reopens the old file. */
  async restore(): Promise<void> {
    if (!this.backup) return;
    await this.database.close();
    for (const suffix of ['-wal', '-shm']) if (existsSync(this.file + suffix)) rmSync(this.file + suffix);
    copyFileSync(this.backup.file, this.file);
    this.database = openDatabase(this.file);
    this.store = new ScopedStore(this.database.sqlite, this.scope);
    const kept = new Set(
      (
        this.sqlite.prepare('SELECT hub_conflict_id AS id FROM sync_conflict').all() as {
          id: number | null;
        }[]
      ).map((r) => r.id),
    );
    for (const [id, owner] of this.ledger.conflictOwner)
      if (owner === this.name && !kept.has(id)) this.lostConflicts.add(id);
  }
}
