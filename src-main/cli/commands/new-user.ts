import { isRole, ROLES, type Role } from '../../../src-shared/domain/roles';
import { enumWord } from '../../../src-shared/i18n/enum-words';
import { type CliIo, cliError, type OptionSpec, type ParsedValues } from '../command';
import type { CliText } from '../i18n/cli-words';
import { requireOption } from '../options';

/** The `--id` option of a new account; `prefix` names the ids handed out when it is absent. */
export function userIdOption(prefix: string): OptionSpec {
  return {
    type: 'string',
    value: 'USER_ID',
    description: {
      en: `user id (default: the next ${prefix}-NNN)`,
      es: `ID del usuario (por omisión: el siguiente ${prefix}-NNN)`,
    },
  };
}

/**
 * A new account's role (from --role) and password (from $KPI_PASSWORD, else asked on the terminal),
 * refused before any database opens: a wrong role or no password changes nothing.
 */
export async function roleAndPassword(
  values: ParsedValues,
  io: CliIo,
  text: CliText,
): Promise<{ role: Role; password: string }> {
  const role = requireOption(values, 'role').toUpperCase();
  if (!isRole(role)) throw cliError('oneOf', { name: 'role', allowed: ROLES.join(', '), value: role });
  const password = io.env.KPI_PASSWORD ?? (await io.promptSecret(text.say('askPassword')));
  if (password === null || password === '') throw cliError('noPassword');
  return { role, password };
}

/** A role as the reader says it: English by its code, as the file and --role do; Spanish by its words. */
export function roleText(text: CliText, role: Role): string {
  return text.language === 'en' ? role : (enumWord(text.language, 'role', role) ?? role);
}
