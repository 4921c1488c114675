import { z } from 'zod';
import { backupName, type RestoreResult } from './backups';
import { channel } from './channel';
import type { DatabaseStatus } from './system';

/**
 * Channels of a start without a usable database; both are public, since nobody can sign in to a
 * database that does not exist or cannot be read, and each answers FORBIDDEN in any other state.
 */
export const databaseChannels = {
  /** The first start's explicit "create a new database": only while there is none (missing or empty file). */
  'database.create': channel<DatabaseStatus>()(z.strictObject({})),
  /**
   * The recovery screen's "restore this backup": only while the database is damaged or cannot be
   * read. The file it replaces is kept in the backups folder.
   */
  'database.recover': channel<RestoreResult>()(z.strictObject({ name: backupName })),
};
