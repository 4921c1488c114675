import { existsSync } from 'node:fs';
import { backupsFolder } from '../../db/backups/backup-files';
import { writeBackup, writeBackupFile } from '../../db/backups/write-backup';
import { openDatabase } from '../../db/open';
import { CliError, type Command } from '../command';
import { DB_OPTION, dbPathOption, stringOption } from '../options';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** `backup`: a checked copy of the database, into the backups folder or a file of your choice. */
export const backupCommand: Command = {
  words: ['backup'],
  summary: 'Write a checked backup of a database (while the app may be running)',
  options: {
    db: DB_OPTION,
    out: {
      type: 'string',
      value: 'FILE',
      description: 'write the backup here (a new file) instead of the backups folder beside the database',
    },
  },
  details: [
    'The copy is one consistent snapshot (saves in the app go on meanwhile), readable by its owner',
    'only, and checked with quick_check before it is kept. Without --out it goes into the',
    '"backups" folder beside the database, where the app lists it under Admin › Backups.',
    'Examples:',
    '  npm run --silent cli -- backup --db plant.db',
    '  npm run --silent cli -- backup --db plant.db --out /media/usb/plant-2026-06-30.db',
  ].join('\n'),
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    const out = stringOption(values, 'out');
    if (out !== null && existsSync(out))
      throw new CliError(`${out} already exists: choose a new file for the backup`);
    // Read-only and not migrated: a backup must be of the database as it is.
    const database = openDatabase(file, { readonly: true });
    try {
      if (out !== null) {
        writeBackupFile(database.sqlite, out);
        io.out(`Backed up ${file} to ${out} (checked).\n`);
      } else {
        const info = writeBackup(database.sqlite, file, 'manual');
        io.out(
          `Backed up ${file} to ${backupsFolder(file)}/${info.name} (${megabytes(info.bytes)}, checked).\n`,
        );
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
