import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupsFolder } from '../../db/backups/backup-files';
import { assertRestorable, restoreBackup, UnusableBackupError } from '../../db/backups/restore-backup';
import { CliError, type Command } from '../command';
import { DB_OPTION, dbPathOption, requireOption } from '../options';

/** `--from` as a path, or as the name of a file in the database's backups folder. */
function backupPath(dbFile: string, from: string): string {
  if (existsSync(from)) return from;
  const inFolder = join(backupsFolder(dbFile), basename(from));
  return basename(from) === from && existsSync(inFolder) ? inFolder : from;
}

/** `restore`: replaces a database with a backup, after keeping a backup of what it replaces. */
export const restoreCommand: Command = {
  words: ['restore'],
  summary: 'Replace a database with a backup (the current one is kept as a backup first)',
  options: {
    db: DB_OPTION,
    from: {
      type: 'string',
      value: 'BACKUP',
      description: 'the backup file (a path, or a name in the backups folder)',
      required: true,
    },
    yes: { type: 'boolean', description: 'do not ask before replacing the database' },
  },
  details: [
    'The backup is checked first; nothing changes if it is not a sound FloorKPI database. The',
    'database it replaces is kept in the "backups" folder (or moved there as it is, if damaged).',
    'Without --yes it asks on the terminal. Everyone signed in to the app signs in again.',
    'Example:',
    '  npm run --silent cli -- restore --db plant.db --from backups/plant-daily-20260630T120000000Z.db --yes',
  ].join('\n'),
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    const from = backupPath(file, requireOption(values, 'from'));
    try {
      assertRestorable(from);
    } catch (error) {
      if (error instanceof UnusableBackupError) throw new CliError(error.message);
      throw error;
    }
    if (values.yes !== true) {
      const answer = await io.promptLine(
        `Replace ${file} with ${from}? The current database is kept in ${backupsFolder(file)}. Type "yes" to restore: `,
      );
      if (answer === null)
        throw new CliError('restore asks before it replaces a database: run it in a terminal, or pass --yes');
      if (answer.trim().toLowerCase() !== 'yes') {
        io.out('Nothing was restored.\n');
        return 1;
      }
    }
    const { keptAs } = await restoreBackup(file, from);
    io.out(
      keptAs
        ? `Restored ${file} from ${from}. The database it replaced is kept as ${backupsFolder(file)}/${keptAs.name}.\n`
        : `Restored ${file} from ${from} (there was no database there to keep).\n`,
    );
    return 0;
  },
};
