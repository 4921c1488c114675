import { AppError } from '../../../src-shared/contract/errors';
import { openDatabase } from '../../db/open';
import { ScopedStore } from '../../tenancy/scoped-store';
import { scopeOfUser, tableOption } from '../cli-user';
import { CliError, type Command, cliError } from '../command';
import { cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { DB_OPTION, dbPathOption, requireOption } from '../options';

/** `delete`: soft-deletes one row as the app's Delete does (role, scope, audit, outbox). */
export const deleteCommand: Command = {
  words: ['delete'],
  summary: {
    en: 'Delete one record (soft delete, as the app does) as a user',
    es: 'Borra un registro (borrado lógico, como la aplicación) como un usuario',
  },
  options: {
    db: DB_OPTION,
    as: {
      type: 'string',
      value: 'USER',
      description: {
        en: 'the user deleting (id or username)',
        es: 'el usuario que borra (ID o nombre de usuario)',
      },
      required: true,
    },
    table: {
      type: 'string',
      value: 'TABLE',
      description: { en: 'the table', es: 'la tabla' },
      required: true,
    },
    id: {
      type: 'string',
      value: 'ID',
      description: {
        en: "the record's key; a composite key's parts joined with / (CLIENT-A/SHIFT_1ST)",
        es: 'la clave del registro; las partes de una clave compuesta unidas con / (CLIENT-A/SHIFT_1ST)',
      },
      required: true,
    },
  },
  details: {
    en: 'Example:\n  npm run --silent cli -- delete --db plant.db --as ana --table work_order --id WO-100',
    es: 'Ejemplo:\n  npm run --silent cli -- delete --db planta.db --as ana --table work_order --id WO-100',
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const spec = tableOption(requireOption(values, 'table'));
    // English names the record's kind ("work order"); other languages the table, a contract name.
    const noun = text.language === 'en' ? spec.noun : spec.table;
    const parts = requireOption(values, 'id').split('/');
    if (parts.length !== spec.key.length)
      throw cliError('idParts', { noun, parts: spec.key.length, key: spec.key.join('/') });
    const key = Object.fromEntries(spec.key.map((k, i) => [k, parts[i]]));
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const store = new ScopedStore(
        database.sqlite,
        scopeOfUser(database.sqlite, requireOption(values, 'as')),
      );
      store.transaction(() => {
        const row = store.get(spec, key);
        store.remove(spec, key, Number(row.version));
      });
      io.out(`${text.say('deleted', { noun, id: parts.join('/') })}\n`);
      return 0;
    } catch (error) {
      // The core's refusal names the record in English; other languages say it from the catalogue.
      const said = { noun, id: parts.join('/') };
      if (error instanceof AppError && text.language !== 'en' && error.code === 'NOT_FOUND')
        throw cliError('recordNotFound', said);
      if (error instanceof AppError && text.language !== 'en' && error.code === 'FORBIDDEN' && !error.key)
        throw cliError('recordNotYours', said);
      if (error instanceof AppError) throw new CliError(appErrorText(error, text));
      throw error;
    } finally {
      await database.close();
    }
  },
};
