import { AppError } from '../../../src-shared/contract/errors';
import { isRole, ROLES } from '../../../src-shared/domain/roles';
import { openDatabase } from '../../db/open';
import { createUser } from '../../services/users/user-service';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { ScopedStore } from '../../tenancy/scoped-store';
import { CliError, type Command } from '../command';
import { DB_OPTION, dbPathOption, listOption, requireOption, stringOption } from '../options';

/** `user add`: the local bootstrap path for the first admin and any later account. */
export const userAddCommand: Command = {
  words: ['user', 'add'],
  summary: 'Add a user (password from $KPI_PASSWORD or a prompt)',
  options: {
    db: DB_OPTION,
    username: {
      type: 'string',
      value: 'NAME',
      description: 'sign-in name, letters, digits, . _ -',
      required: true,
    },
    role: { type: 'string', value: 'ROLE', description: `one of ${ROLES.join(', ')}`, required: true },
    clients: {
      type: 'string',
      value: 'A,B',
      description: 'client ids the user may see (LEADER: one or more; OPERATOR: exactly one)',
      multiple: true,
    },
    'full-name': { type: 'string', value: 'TEXT', description: 'the name shown in the app' },
    email: { type: 'string', value: 'EMAIL', description: 'email address' },
    id: { type: 'string', value: 'USER_ID', description: 'user id (default: the next USR-NNN)' },
  },
  details:
    'Example:\n  KPI_PASSWORD=... npm run --silent cli -- user add --db plant.db --username ana --role LEADER --clients BOOT-LINE-A,APPAREL-B',
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    const role = requireOption(values, 'role').toUpperCase();
    if (!isRole(role)) throw new CliError(`--role must be one of ${ROLES.join(', ')} (got "${role}")`);
    const password = io.env.KPI_PASSWORD ?? (await io.promptSecret('Password for the new user: '));
    if (password === null || password === '') {
      throw new CliError('no password: set KPI_PASSWORD, or run in a terminal to be asked for one');
    }
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
      io.out(`Added ${role} ${String(user.username)} (${String(user.user_id)}).\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};
