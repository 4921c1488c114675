import { sql } from 'kysely';
import type { SyncRow } from '../../src-shared/sync/protocol';
import type { DataTableName } from '../../src-shared/tables/registry';
import type { DynamicRow, HubDB } from '../db/hub-schema';
import type { HubTransaction } from '../db/hub-transaction';
import { dynamic } from './row-io';

/**
 * Natural keys the hub holds beyond primary keys (docs/sync.md § Natural keys). Plant codes are
 * primary keys already (client, work order, job, employee, reference codes), so two PCs creating
 * WO-100 clash on the key itself. These three clash on other columns: a second row with the same
 * natural key is a conflict for a person to resolve, never a duplicate that a KPI would count twice.
 */
type Finder = (trx: HubTransaction, row: SyncRow) => Promise<DynamicRow | undefined>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A column of a natural key; `{ orBlank }` reads NULL as '', as the table's unique index does. */
type KeyPart<T extends DataTableName> = (keyof HubDB[T] & string) | { orBlank: keyof HubDB[T] & string };

/**
 * Finds the live (not deleted) row of `table` holding `row`'s values in the `key` columns, each
 * compared as the unique index on them reads it, so the lookup is the index's own.
 */
function liveRowWith<T extends DataTableName>(table: T, key: readonly KeyPart<T>[]): Finder {
  const name: string = table;
  return (trx, row) => {
    let query = dynamic(trx).selectFrom(name).selectAll().where('deleted_at', 'is', null);
    for (const part of key) {
      const column: string = typeof part === 'string' ? part : part.orBlank;
      const stored =
        typeof part === 'string' ? sql.ref(column) : sql<string>`coalesce(${sql.ref(column)}, '')`;
      query = query.where(stored, '=', text(row[column]));
    }
    return query.executeTakeFirst();
  };
}

export const NATURAL_KEYS: Partial<Record<DataTableName, { describe: string; find: Finder }>> = {
  app_user: {
    describe: 'username',
    find: (trx, row) =>
      trx
        .selectFrom('app_user')
        .selectAll()
        .where(sql<string>`lower(${sql.ref('username')})`, '=', text(row.username).toLowerCase())
        .executeTakeFirst(),
  },
  attendance_entry: {
    describe: "the employee's attendance for this date and shift",
    find: liveRowWith('attendance_entry', [
      'client_id',
      'employee_id',
      'shift_date',
      { orBlank: 'shift_type' },
    ]),
  },
  coverage_entry: {
    describe: "the floating employee's coverage for this date and shift",
    find: liveRowWith('coverage_entry', ['floating_employee_id', 'shift_date', 'shift_type']),
  },
};
