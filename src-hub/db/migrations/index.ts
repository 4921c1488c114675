import type { HubMigration } from '../hub-migration';
import { dataTables } from './0001-data-tables';
import { dataRules } from './0002-data-rules';
import { syncTables } from './0003-sync-tables';
import { rowSecurity } from './0004-row-security';

/**
 * Every hub migration, in order. Static (bundling-safe); never reorder, rename or edit a shipped one.
 * When a PC migration adds a column to a data table, add a hub migration that adds it here too:
 * src-hub/db/hub-schema.test.ts compares the two schemas column for column.
 */
export const HUB_MIGRATIONS: readonly HubMigration[] = [dataTables, dataRules, syncTables, rowSecurity];
