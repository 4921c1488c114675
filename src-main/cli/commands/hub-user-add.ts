import { addHubUser } from '../../../src-hub/admin/hub-users';
import { AppError } from '../../../src-shared/contract/errors';
import { CliError, type Command } from '../command';
import { cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { listOption, requireOption, stringOption } from '../options';
import { hubDatabase, PG_OPTION } from './hub-options';
import { roleAndPassword, roleText, userIdOption } from './new-user';
import { USER_OPTIONS } from './user-options';

/** `hub user add`: the hub's first ADMIN, and accounts made centrally; they reach the PCs of their clients. */
export const hubUserAddCommand: Command = {
  words: ['hub', 'user', 'add'],
  summary: {
    en: 'Add a user on the plant hub (password from $KPI_PASSWORD or a prompt)',
    es: 'Agrega un usuario en el servidor de planta (contraseña de $KPI_PASSWORD o preguntada)',
  },
  options: {
    pg: PG_OPTION,
    ...USER_OPTIONS,
    id: userIdOption('HUB'),
  },
  details: {
    es: [
      'Los clientes ya deben estar en el servidor (enviados por una PC inscrita). La contraseña se guarda',
      'con el formato de la PC, así que el usuario puede entrar sin red en cada PC de sus clientes una vez sincronizada.',
      '',
      'Ejemplo:',
      '  KPI_PASSWORD=... npm run --silent cli -- hub user add --pg $FLOORKPI_HUB_PG --username ana --role ADMIN',
    ].join('\n'),
    en: [
      'The clients must be on the hub already (pushed by an enrolled PC). The password hash has the',
      "PC's format, so the user can sign in offline on every PC of their clients once it has synced.",
      '',
      'Example:',
      '  KPI_PASSWORD=... npm run --silent cli -- hub user add --pg $FLOORKPI_HUB_PG --username ana --role ADMIN',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const { role, password } = await roleAndPassword(values, io, text);
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
      const clients =
        user.clients.length > 0 ? text.say('hubUserFor', { clients: user.clients.join(', ') }) : '';
      const said = { role: roleText(text, user.role), username: user.username, id: user.userId, clients };
      io.out(`${text.say('hubUserAdded', said)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(appErrorText(error, text));
      throw error;
    } finally {
      await hub.close();
    }
  },
};
