import type { Migration } from '../migration';
import { ENTRY_TABLES, markStale } from './0021-rollups';

/** The table whose one row, while a batch of the store holds it, stops the entry tables' insert marks. */
export const DEFERRED_MARKS_TABLE = 'rollup_marks_deferred';

/** The entry tables whose insert marks a batch may take over (0021's, each row marking its client and shift_date). */
export const DEFERRABLE_MARK_TABLES: readonly string[] = ENTRY_TABLES;

/**
 * Stale marks of an import once per client-day instead of per row (issue 14, import round): each
 * entry table's insert trigger of 0021 marks (client, day) unless `rollup_marks_deferred` holds a
 * row. The store's batch (an import, the seed's rows) writes that row after its BEGIN, marks each
 * client-day it inserts into from JS the first time it meets it, and deletes the row before its
 * COMMIT (tenancy/store-rollups.ts): no other connection ever sees it, and a batch that dies rolls
 * it back with its rows. The trigger's own work was 13 % of the import floor's CPU (a 100,000-row
 * month marks 28 days); the WHEN is one read of an empty table. Updates and deletes, and every
 * other write path, mark per row as before.
 */
export const rollupMarksDeferred: Migration = {
  name: '0031-rollup-marks-deferred',
  up(sqlite) {
    const mark = markStale('NEW.client_id', 'NEW.shift_date');
    sqlite.exec(`
CREATE TABLE ${DEFERRED_MARKS_TABLE} (batch INTEGER PRIMARY KEY) STRICT;
${DEFERRABLE_MARK_TABLES.map(
  (table) => `DROP TRIGGER ${table}_rollup_insert;
CREATE TRIGGER ${table}_rollup_insert AFTER INSERT ON ${table}
  WHEN NOT EXISTS (SELECT 1 FROM ${DEFERRED_MARKS_TABLE}) BEGIN ${mark} END;`,
).join('\n')}`);
  },
};
