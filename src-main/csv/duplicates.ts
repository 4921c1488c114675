import type { DuplicateCsvRow } from '../../src-shared/contract/csv';
import type { RuleParams } from '../../src-shared/contract/rule-codes';
import type { TableSpec } from '../../src-shared/tables/column';
import { type Row, rowIdOf, type ScopedStore } from '../tenancy/scoped-store';
import { NATURAL_GROUPS, NATURAL_KEYS } from './natural-keys';

/** Tables whose existing rows a file sets instead of repeating (write-row.ts): never duplicates. */
const SET_BY_FILE = new Set([
  'client_config',
  'shift',
  'downtime_reason',
  'hold_reason',
  'absence_type',
  'defect_type',
]);

/** A file row that repeats a row already in FloorKPI, or an earlier row of the same file. */
export interface Duplicate {
  existing: Row;
  /** `id`: the same key; `natural`: the same natural key as a row stored before; `file`: an identical earlier row. */
  match: 'id' | 'natural' | 'file';
  /** The earlier row of this file that wrote `existing`, when it was one. */
  sameAsRow: number | null;
}

/**
 * The cells of a row as one string: two rows of a file with the same string are the same row
 * (the same columns, in whatever order, each with the same value; undefined reads as null).
 * Asked twice per imported row: the column set's sorted order is worked out once per set met,
 * and the string is its number and the values, a quarter of the rows' cells as JSON pairs.
 */
class Signatures {
  /** Column names in a row's own order (joined) → the same names sorted, and the sorted set's number. */
  readonly #shapes = new Map<string, { sorted: readonly string[]; id: number }>();
  /** Sorted column names (joined) → their number. */
  readonly #ids = new Map<string, number>();

  of(data: Row): string {
    const names = Object.keys(data);
    const own = names.join('\u0000');
    let shape = this.#shapes.get(own);
    if (!shape) {
      const sorted = [...names].sort();
      const joined = sorted.join('\u0000');
      let id = this.#ids.get(joined);
      if (id === undefined) {
        id = this.#ids.size;
        this.#ids.set(joined, id);
      }
      shape = { sorted, id };
      this.#shapes.set(own, shape);
    }
    const values: unknown[] = new Array(shape.sorted.length);
    for (let i = 0; i < values.length; i += 1) values[i] = data[shape.sorted[i] as string];
    return `${shape.id}${JSON.stringify(values)}`;
  }
}

/**
 * Finds the rows of one import that are already in FloorKPI: the same key, or the natural key
 * (natural-keys.ts) of a row stored before the import; and rows that repeat an earlier row of the
 * file (its key, or every cell). Rows of one file that share a natural key but differ otherwise
 * are separate facts (a line's stations each report their count), as an export shows them. It
 * reads inside the import's own transaction, so two imports of one file never both insert: the
 * second takes the write lock after the first committed, and finds its rows.
 */
export class DuplicateFinder {
  readonly #store: ScopedStore;
  readonly #spec: TableSpec;
  readonly #natural: readonly string[] | null;
  /** Keys written by this import, and the file row that wrote each. */
  readonly #writtenBy = new Map<string, number>();
  /** Every written row's cells, and the row written. */
  readonly #cells = new Map<string, { row: number; saved: Row }>();
  readonly #signatures = new Signatures();
  /** The last row `find` was asked about and its signature: `wrote` notes the same row next. */
  #lastSigned: { data: Row; signature: string } | null = null;
  /**
   * The rows stored before the import, by natural key, for each group (client, date, order…)
   * met so far: read the first time a file row names the group, when every row of it is one
   * stored before the import. A file of 30,000 rows of one order and date asks once, not 30,000
   * times, and never reads the rows it wrote itself.
   */
  readonly #storedByGroup = new Map<string, Map<string, Row>>();

  constructor(store: ScopedStore, spec: TableSpec) {
    this.#store = store;
    this.#spec = spec;
    this.#natural = NATURAL_KEYS[spec.table] ?? null;
  }

  /** The row `data` repeats, if any. */
  find(data: Row): Duplicate | null {
    const spec = this.#spec;
    if (SET_BY_FILE.has(spec.table)) return null;
    const hasId = spec.key.every((k) => data[k] !== undefined && data[k] !== null);
    const [byId] = hasId ? this.#store.findSame(spec, data, spec.key) : [];
    if (byId) return { existing: byId, match: 'id', sameAsRow: this.#fileRowOf(byId) };
    const same = this.#cells.get(this.#signatureOf(data));
    if (same) return { existing: same.saved, match: 'file', sameAsRow: same.row };
    const stored = this.#storedWithNaturalKey(data);
    if (!stored) return null;
    // Read again by key: an earlier row of the file may have updated it (its version moved on).
    const [current] = this.#store.findSame(spec, stored, spec.key);
    return current ? { existing: current, match: 'natural', sameAsRow: null } : null;
  }

  /** The row stored before the import with the natural key of `data`, if any. */
  #storedWithNaturalKey(data: Row): Row | undefined {
    const natural = this.#natural;
    if (!natural) return undefined;
    const naturalOf = (row: Row) => JSON.stringify(natural.map((c) => row[c] ?? null));
    const groupColumns = NATURAL_GROUPS[this.#spec.table] ?? natural;
    const group = JSON.stringify(groupColumns.map((c) => data[c] ?? null));
    let stored = this.#storedByGroup.get(group);
    if (!stored) {
      stored = new Map();
      for (const row of this.#store.findSame(this.#spec, data, groupColumns, -1)) {
        const key = naturalOf(row);
        if (!stored.has(key)) stored.set(key, row);
      }
      this.#storedByGroup.set(group, stored);
    }
    return stored.get(naturalOf(data));
  }

  /** The row's signature, worked out once for the `find` and `wrote` of one file row. */
  #signatureOf(data: Row): string {
    if (this.#lastSigned?.data === data) return this.#lastSigned.signature;
    const signature = this.#signatures.of(data);
    this.#lastSigned = { data, signature };
    return signature;
  }

  #fileRowOf(row: Row): number | null {
    return this.#writtenBy.get(rowIdOf(this.#spec, row)) ?? null;
  }

  /** Notes that file row `row` with cells `data` wrote `saved`, so a later repeat names it. */
  wrote(saved: Row, data: Row, row: number): void {
    this.#writtenBy.set(rowIdOf(this.#spec, saved), row);
    this.#cells.set(this.#signatureOf(data), { row, saved });
  }

  /** A refused duplicate as a rule and its values: which row it repeats and why it is the same. */
  describe(duplicate: Duplicate): RuleParams {
    const id = rowIdOf(this.#spec, duplicate.existing);
    const columns = (this.#natural ?? []).map((c) => c.replace(/_id$/, '').replaceAll('_', ' ')).join(', ');
    const same = (
      { id: 'duplicate.sameId', natural: 'duplicate.sameKey', file: 'duplicate.sameCells' } as const
    )[duplicate.match];
    if (duplicate.sameAsRow !== null)
      return { reason: 'duplicate.inFile', sameAsRow: duplicate.sameAsRow, same, columns };
    return { reason: 'duplicate.inFloorKpi', id, same, columns };
  }

  /** The row as the import result lists it. */
  listed(duplicate: Duplicate, row: number): DuplicateCsvRow {
    const listed: DuplicateCsvRow = {
      row,
      existingId: rowIdOf(this.#spec, duplicate.existing),
      match: duplicate.match,
    };
    if (duplicate.sameAsRow !== null) listed.sameAsRow = duplicate.sameAsRow;
    return listed;
  }
}
