import { schemaVersion } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import type { Command } from '../command';
import { cliText } from '../i18n/cli-words';
import { DB_OPTION, dbPathOption } from '../options';

/** `init`: creates the database file or brings an existing one up to the current schema. */
export const initCommand: Command = {
  words: ['init'],
  summary: {
    en: 'Create a FloorKPI database, or migrate an existing one to this version',
    es: 'Crea una base de datos de FloorKPI, o migra una existente a esta versión',
  },
  options: { db: DB_OPTION },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    // The one command (with seed) that creates a database; an existing one is backed up before it migrates.
    const database = openDatabase(file, { create: true });
    try {
      const applied = database.migrated;
      const version = schemaVersion(database.sqlite);
      io.out(
        `${
          applied.length > 0
            ? text.say('dbReady', { file, version, applied: applied.join(', ') })
            : text.say('dbUpToDate', { file, version })
        }\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
