import type { Migration } from '../migration';
import { SYNC_COLUMNS } from './ddl-helpers';

/**
 * Plant-wide settings an administrator chooses: one row (`setting_id` 1), absent until first
 * saved, so a new database and an old one read the same defaults. The bounds are the channel's
 * (src-shared/contract/plant-settings.ts), repeated here so no other writer can store nonsense.
 * Sync columns like every data table: the setting belongs to the plant, not to one PC.
 */
const DDL = `
CREATE TABLE plant_settings (
  setting_id INTEGER PRIMARY KEY CHECK (setting_id = 1),
  -- Minutes without activity after which a sign-in ends (a floor PC is shared).
  session_idle_minutes INTEGER NOT NULL DEFAULT 30 CHECK (session_idle_minutes BETWEEN 5 AND 720),${SYNC_COLUMNS}
) STRICT;
`;

export const plantSettings: Migration = {
  name: '0013-plant-settings',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
