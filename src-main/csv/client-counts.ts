import type { ClientImportCount } from '../../src-shared/contract/csv';

type Outcome = 'inserted' | 'updated' | 'unchanged' | 'skipped' | 'rejected';

/** The rows of one import per client, for its summary ("BOOT-LINE-A: 40 added, 2 updated"). */
export class ClientCounts {
  readonly #byClient = new Map<string, ClientImportCount>();

  /** Counts one row of `clientId` (blank for a plant-wide table's rows). */
  add(clientId: unknown, outcome: Outcome): void {
    const id = typeof clientId === 'string' ? clientId : '';
    let count = this.#byClient.get(id);
    if (!count) {
      count = { client_id: id, inserted: 0, updated: 0, unchanged: 0, skipped: 0, rejected: 0 };
      this.#byClient.set(id, count);
    }
    count[outcome] += 1;
  }

  /** An all-or-nothing import that was refused wrote nothing: only its rejections stay counted. */
  nothingWritten(): void {
    for (const count of this.#byClient.values()) {
      count.inserted = 0;
      count.updated = 0;
      count.unchanged = 0;
      count.skipped = 0;
    }
  }

  /** The counts, by client id. */
  list(): ClientImportCount[] {
    return [...this.#byClient.values()].sort((a, b) => a.client_id.localeCompare(b.client_id));
  }
}
