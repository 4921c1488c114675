import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupsFolder } from '../../db/backups/backup-files';
import { assertRestorable, restoreBackup, UnusableBackupError } from '../../db/backups/restore-backup';
import { CliError, type Command, cliError } from '../command';
import { type CliText, cliText } from '../i18n/cli-words';
import { DB_OPTION, dbPathOption, requireOption } from '../options';

/** `--from` as a path, or as the name of a file in the database's backups folder. */
function backupPath(dbFile: string, from: string): string {
  if (existsSync(from)) return from;
  const inFolder = join(backupsFolder(dbFile), basename(from));
  return basename(from) === from && existsSync(inFolder) ? inFolder : from;
}

/** Why a backup cannot be restored, in the reader's words (English: the core's, which names the detail). */
function unusableText(error: UnusableBackupError, from: string, text: CliText): string {
  if (text.language === 'en') return error.message;
  const why = {
    missing: text.words.backupMissing,
    empty: text.words.backupEmpty,
    foreign: text.words.backupForeign,
    damaged: text.words.backupDamaged,
  }[error.reason];
  return text.say('backupUnusable', { from, why });
}

/** `restore`: replaces a database with a backup, after keeping a backup of what it replaces. */
export const restoreCommand: Command = {
  words: ['restore'],
  summary: {
    en: 'Replace a database with a backup (the current one is kept as a backup first)',
    es: 'Reemplaza una base de datos con una copia (la actual se guarda antes como copia)',
  },
  options: {
    db: DB_OPTION,
    from: {
      type: 'string',
      value: 'BACKUP',
      description: {
        en: 'the backup file (a path, or a name in the backups folder)',
        es: 'el archivo de la copia (una ruta, o un nombre en la carpeta de copias)',
      },
      required: true,
    },
    yes: {
      type: 'boolean',
      description: {
        en: 'do not ask before replacing the database',
        es: 'no pregunta antes de reemplazar la base de datos',
      },
    },
  },
  details: {
    en: [
      'The backup is checked first; nothing changes if it is not a sound FloorKPI database. The',
      'database it replaces is kept in the "backups" folder (or moved there as it is, if damaged).',
      'Without --yes it asks on the terminal. Everyone signed in to the app signs in again.',
      'Example:',
      '  npm run --silent cli -- restore --db plant.db --from backups/plant-daily-20260630T120000000Z.db --yes',
    ].join('\n'),
    es: [
      'Primero se revisa la copia; nada cambia si no es una base de datos de FloorKPI sana. La base',
      'de datos que reemplaza se guarda en la carpeta "backups" (o se mueve ahí tal cual, si está dañada).',
      'Sin --yes pregunta en la terminal. Todos los que estén en la aplicación vuelven a iniciar sesión.',
      'Ejemplo:',
      '  npm run --silent cli -- restore --db planta.db --from backups/planta-daily-20260630T120000000Z.db --yes',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    const from = backupPath(file, requireOption(values, 'from'));
    try {
      assertRestorable(from);
    } catch (error) {
      if (error instanceof UnusableBackupError) throw new CliError(unusableText(error, from, text));
      throw error;
    }
    if (values.yes !== true) {
      const yes = text.words.restoreAnswer;
      const answer = await io.promptLine(
        text.say('restoreAsk', { file, from, folder: backupsFolder(file), answer: yes }),
      );
      if (answer === null) throw cliError('restoreNeedsTerminal');
      // "yes" is understood in every language (scripts and habits); "si" without its accent too.
      const said = answer.trim().toLowerCase();
      if (said !== yes && said !== 'yes' && !(yes === 'sí' && said === 'si')) {
        io.out(`${text.say('nothingRestored')}\n`);
        return 1;
      }
    }
    const { keptAs } = await restoreBackup(file, from);
    io.out(
      `${
        keptAs
          ? text.say('restoredKept', { file, from, kept: `${backupsFolder(file)}/${keptAs.name}` })
          : text.say('restoredNew', { file, from })
      }\n`,
    );
    return 0;
  },
};
