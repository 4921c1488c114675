import { addHubUser } from '../../../src-hub/admin/hub-users';
import { AppError } from '../../../src-shared/contract/errors';
import { isRole, ROLES } from '../../../src-shared/domain/roles';
import { CliError, type Command } from '../command';
import { listOption, requireOption, stringOption } from '../options';
import { hubDatabase, PG_OPTION } from './hub-options';

/** `hub user add`: the hub's first ADMIN, and accounts made centrally; they reach the PCs of their clients. */
export const hubUserAddCommand: Command = {
  words: ['hub', 'user', 'add'],
  summary: 'Add a user on the plant hub (password from $KPI_PASSWORD or a prompt)',
  options: {
    pg: PG_OPTION,
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
    id: { type: 'string', value: 'USER_ID', description: 'user id (default: the next HUB-NNN)' },
  },
  details: [
    'The clients must be on the hub already (pushed by an enrolled PC). The password hash has the',
    "PC's format, so the user can sign in offline on every PC of their clients once it has synced.",
    '',
    'Example:',
    '  KPI_PASSWORD=... npm run --silent cli -- hub user add --pg $FLOORKPI_HUB_PG --username ana --role ADMIN',
  ].join('\n'),
  async run(values, io) {
    const role = requireOption(values, 'role').toUpperCase();
    if (!isRole(role)) throw new CliError(`--role must be one of ${ROLES.join(', ')} (got "${role}")`);
    const password = io.env.KPI_PASSWORD ?? (await io.promptSecret('Password for the new user: '));
    if (password === null || password === '')
      throw new CliError('no password: set KPI_PASSWORD, or run in a terminal to be asked for one');
    const hub = hubDatabase(values, io.env, 'owner', 1);
    try {
      const user = await addHubUser(hub.db, {
        username: requireOption(values, 'username'),
        role,
        clients: listOption(values, 'clients'),
        password,
        fullName: stringOption(values, 'full-name'),
        email: stringOption(values, 'email'),
        userId: stringOption(values, 'id'),
      });
      const clients = user.clients.length > 0 ? ` for ${user.clients.join(', ')}` : '';
      io.out(`Added ${user.role} ${user.username} (${user.userId}) on the hub${clients}.\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await hub.close();
    }
  },
};
