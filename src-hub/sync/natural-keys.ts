import { sql } from 'kysely';
import type { SyncRow } from '../../src-shared/sync/protocol';
import type { DataTableName } from '../../src-shared/tables/registry';
import type { DynamicRow } from '../db/hub-schema';
import type { HubTransaction } from '../db/hub-transaction';

/**
 * Natural keys the hub holds beyond primary keys (docs/sync.md § Natural keys). Plant codes are
 * primary keys already (client, work order, job, employee, reference codes), so two PCs creating
 * WO-100 clash on the key itself. These three clash on other columns: a second row with the same
 * natural key is a conflict for a person to resolve, never a duplicate that a KPI would count twice.
 */
type Finder = (trx: HubTransaction, row: SyncRow) => Promise<DynamicRow | undefined>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

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
    find: (trx, row) =>
      trx
        .selectFrom('attendance_entry')
        .selectAll()
        .where('client_id', '=', text(row.client_id))
        .where('employee_id', '=', text(row.employee_id))
        .where('shift_date', '=', text(row.shift_date))
        .where(sql<string>`coalesce(${sql.ref('shift_type')}, '')`, '=', text(row.shift_type))
        .where('deleted_at', 'is', null)
        .executeTakeFirst(),
  },
  coverage_entry: {
    describe: "the floating employee's coverage for this date and shift",
    find: (trx, row) =>
      trx
        .selectFrom('coverage_entry')
        .selectAll()
        .where('floating_employee_id', '=', text(row.floating_employee_id))
        .where('shift_date', '=', text(row.shift_date))
        .where('shift_type', '=', text(row.shift_type))
        .where('deleted_at', 'is', null)
        .executeTakeFirst(),
  },
};
