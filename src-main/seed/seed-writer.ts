import type BetterSqlite3 from 'better-sqlite3';
import { ENTRY_WARNING_CODES } from '../../src-shared/domain/entry-warnings';
import type { TableSpec } from '../../src-shared/tables/column';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import type { Stamped } from './seed-types';

/** The demo plant's rows are what a plant recorded, its implausible ones (entry-warnings.ts) confirmed. */
const SEEDED = { confirm: ENTRY_WARNING_CODES };

/**
 * Writes demo rows through the scoped store (checked, versioned and audited like any other write)
 * with the store's clock set to each row's own moment, so created_at and the audit log read like a
 * plant that recorded its data day by day, and the same seed and `now` give the same bytes.
 */
export class SeedWriter {
  readonly store: ScopedStore;
  readonly #nowIso: string;
  #at: string;

  constructor(sqlite: BetterSqlite3.Database, nowIso: string) {
    this.#nowIso = nowIso;
    this.#at = nowIso;
    this.store = new ScopedStore(sqlite, SYSTEM_SCOPE, () => this.#at);
  }

  /** Sets the clock to `moment` (never later than `now`) and runs `work`. */
  at<T>(moment: string, work: () => T): T {
    this.#at = moment < this.#nowIso ? moment : this.#nowIso;
    return work();
  }

  /** Creates every row of one table; returns how many. */
  putAll(spec: TableSpec, rows: readonly Stamped[]): number {
    for (const { at, row } of rows) this.at(at, () => this.store.create(spec, row, SEEDED));
    return rows.length;
  }
}
