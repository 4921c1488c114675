import { existsSync } from 'node:fs';
import { backupsFolder } from '../../db/backups/backup-files';
import { writeBackup, writeBackupFile } from '../../db/backups/write-backup';
import { openDatabase } from '../../db/open';
import { type Command, cliError } from '../command';
import { cliText } from '../i18n/cli-words';
import { DB_OPTION, dbPathOption, stringOption } from '../options';

/** `backup`: a checked copy of the database, into the backups folder or a file of your choice. */
export const backupCommand: Command = {
  words: ['backup'],
  summary: {
    en: 'Write a checked backup of a database (while the app may be running)',
    es: 'Escribe una copia de seguridad revisada de una base de datos (aunque la aplicación esté abierta)',
  },
  options: {
    db: DB_OPTION,
    out: {
      type: 'string',
      value: 'FILE',
      description: {
        en: 'write the backup here (a new file) instead of the backups folder beside the database',
        es: 'escribe la copia aquí (un archivo nuevo) en vez de la carpeta de copias junto a la base de datos',
      },
    },
  },
  details: {
    en: [
      'The copy is one consistent snapshot (saves in the app go on meanwhile), readable by its owner',
      'only, and checked with quick_check before it is kept. Without --out it goes into the',
      '"backups" folder beside the database, where the app lists it under Admin › Backups.',
      'Examples:',
      '  npm run --silent cli -- backup --db plant.db',
      '  npm run --silent cli -- backup --db plant.db --out /media/usb/plant-2026-06-30.db',
    ].join('\n'),
    es: [
      'La copia es una sola foto coherente (mientras tanto se sigue guardando en la aplicación), que solo',
      'su dueño puede leer, y se revisa con quick_check antes de conservarla. Sin --out va a la carpeta',
      '"backups" junto a la base de datos, donde la aplicación la muestra en Administración › Copias de seguridad.',
      'Ejemplos:',
      '  npm run --silent cli -- backup --db planta.db',
      '  npm run --silent cli -- backup --db planta.db --out /media/usb/planta-2026-06-30.db',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    const out = stringOption(values, 'out');
    if (out !== null && existsSync(out)) throw cliError('backupExists', { out });
    // Read-only and not migrated: a backup must be of the database as it is.
    const database = openDatabase(file, { readonly: true });
    try {
      if (out !== null) {
        writeBackupFile(database.sqlite, out);
        io.out(`${text.say('backedUpTo', { file, out })}\n`);
      } else {
        const info = writeBackup(database.sqlite, file, 'manual');
        const size = (info.bytes / 1_048_576).toLocaleString(text.language === 'es' ? 'es-MX' : 'en-US', {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        });
        io.out(`${text.say('backedUpFolder', { file, out: `${backupsFolder(file)}/${info.name}`, size })}\n`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
