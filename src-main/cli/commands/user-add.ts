import { AppError } from '../../../src-shared/contract/errors';
import { openDatabase } from '../../db/open';
import { createUser } from '../../services/users/user-service';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { ScopedStore } from '../../tenancy/scoped-store';
import { CliError, type Command, cliError } from '../command';
import { cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { DB_OPTION, dbPathOption, listOption, requireOption, stringOption } from '../options';
import { roleAndPassword, roleText, userIdOption } from './new-user';
import { USER_OPTIONS } from './user-options';

/** `user add`: the local bootstrap path for the first admin and any later account. */
export const userAddCommand: Command = {
  words: ['user', 'add'],
  summary: {
    en: 'Add a user (password from $KPI_PASSWORD or a prompt)',
    es: 'Agrega un usuario (contraseña de $KPI_PASSWORD o preguntada)',
  },
  options: {
    db: DB_OPTION,
    ...USER_OPTIONS,
    id: userIdOption('USR'),
  },
  details: {
    en: 'Example:\n  KPI_PASSWORD=... npm run --silent cli -- user add --db plant.db --username ana --role LEADER --clients BOOT-LINE-A,APPAREL-B',
    es: 'Ejemplo:\n  KPI_PASSWORD=... npm run --silent cli -- user add --db planta.db --username ana --role LEADER --clients BOOT-LINE-A,APPAREL-B',
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    const { role, password } = await roleAndPassword(values, io, text);
    const database = openDatabase(file);
    try {
      const user = await createUser(new ScopedStore(database.sqlite, SYSTEM_SCOPE), {
        user_id: stringOption(values, 'id'),
        username: requireOption(values, 'username'),
        full_name: stringOption(values, 'full-name'),
        email: stringOption(values, 'email'),
        role,
        clients: listOption(values, 'clients'),
        password,
      });
      io.out(
        `${text.say('userAdded', { role: roleText(text, role), username: String(user.username), id: String(user.user_id) })}\n`,
      );
      return 0;
    } catch (error) {
      // A taken name is refused by the database's unique index, in English: say it in the reader's words.
      if (error instanceof AppError && error.code === 'CONFLICT' && text.language !== 'en')
        throw cliError('userExists', { username: requireOption(values, 'username') });
      if (error instanceof AppError) throw new CliError(appErrorText(error, text));
      throw error;
    } finally {
      await database.close();
    }
  },
};
