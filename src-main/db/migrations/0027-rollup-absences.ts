import type { Migration } from '../migration';
import { KEYED_MARK } from './0026-rollup-orders';

/**
 * Bradford's spells, maintained (issue 14, third round): one row per live absent attendance record
 * with its previous absence of the employee at the client (date and shift) and whether it starts a
 * spell, as Bradford's own SQL computes them (bradford-sql.ts). Spells in a range are then the
 * range's starts plus its absences whose previous absence lies before the range (the first of
 * each employee's absences in the range, which the range's own reading counts as a start): no
 * window over the absences and no probe per absence on each dashboard.
 *
 * Kept current by the cells' marks: an attendance write marks its (client, day) (0021), and the
 * writer recomputes the client's absences from its first marked day on (a record changes the flags
 * of later absences only, however far the next one is). Existing data starts marked `keyed`.
 */
export const rollupAbsences: Migration = {
  name: '0027-rollup-absences',
  up(sqlite) {
    sqlite.exec(`
CREATE TABLE rollup_absence (
  attendance_entry_id TEXT PRIMARY KEY NOT NULL,
  client_id TEXT NOT NULL,
  employee_id TEXT NOT NULL,
  shift_date TEXT NOT NULL,
  shift_type TEXT NOT NULL,
  prev_date TEXT,
  prev_type TEXT,
  spell_start INTEGER NOT NULL
) STRICT;
CREATE INDEX rollup_absence_employee ON rollup_absence (client_id, employee_id, shift_date, prev_date, spell_start);

INSERT INTO rollup_stale (client_id, day) SELECT client_id, '${KEYED_MARK}' FROM client
  WHERE NOT EXISTS (SELECT 1 FROM rollup_stale s WHERE s.client_id = client.client_id AND s.day = '${KEYED_MARK}');
`);
  },
};
