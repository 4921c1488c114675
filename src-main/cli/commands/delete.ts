import { AppError } from '../../../src-shared/contract/errors';
import { openDatabase } from '../../db/open';
import { ScopedStore } from '../../tenancy/scoped-store';
import { scopeOfUser, tableOption } from '../cli-user';
import { CliError, type Command } from '../command';
import { DB_OPTION, dbPathOption, requireOption } from '../options';

/** `delete`: soft-deletes one row as the app's Delete does (role, scope, audit, outbox). */
export const deleteCommand: Command = {
  words: ['delete'],
  summary: 'Delete one record (soft delete, as the app does) as a user',
  options: {
    db: DB_OPTION,
    as: { type: 'string', value: 'USER', description: 'the user deleting (id or username)', required: true },
    table: { type: 'string', value: 'TABLE', description: 'the table', required: true },
    id: {
      type: 'string',
      value: 'ID',
      description: "the record's key; a composite key's parts joined with / (CLIENT-A/SHIFT_1ST)",
      required: true,
    },
  },
  details: 'Example:\n  npm run --silent cli -- delete --db plant.db --as ana --table work_order --id WO-100',
  async run(values, io) {
    const spec = tableOption(requireOption(values, 'table'));
    const parts = requireOption(values, 'id').split('/');
    if (parts.length !== spec.key.length)
      throw new CliError(`--id of a ${spec.noun} has ${spec.key.length} part(s): ${spec.key.join('/')}`);
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
      io.out(`Deleted ${spec.noun} ${parts.join('/')}.\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};
