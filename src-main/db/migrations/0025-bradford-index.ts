import type { Migration } from '../migration';

/**
 * Bradford's probes (bradford-sql.ts), index-only (issue 14): whether a record of the employee at
 * the client lies between two absences, and whether the employee has a record in the range, are
 * both answered from this index alone; the (employee_id, shift_date) index of 0005 made each probe
 * read every record it passed from the table for its client, type and absence. Partial on live
 * rows, like the KPI indexes of 0011.
 */
export const bradfordIndex: Migration = {
  name: '0025-bradford-index',
  up(sqlite) {
    sqlite.exec(`
      CREATE INDEX attendance_entry_employee_record ON attendance_entry
        (employee_id, client_id, shift_date, shift_type, is_absent) WHERE deleted_at IS NULL;
    `);
  },
};
