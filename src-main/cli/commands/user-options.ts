import { ROLES } from '../../../src-shared/domain/roles';
import type { OptionSpec } from '../command';

/** The options `user add` and `hub user add` share: who the user is, their role and clients. */
export const USER_OPTIONS: Record<string, OptionSpec> = {
  username: {
    type: 'string',
    value: 'NAME',
    description: {
      en: 'sign-in name, letters, digits, . _ -',
      es: 'nombre para iniciar sesión: letras, dígitos, . _ -',
    },
    required: true,
  },
  role: {
    type: 'string',
    value: 'ROLE',
    description: { en: `one of ${ROLES.join(', ')}`, es: `uno de ${ROLES.join(', ')}` },
    required: true,
  },
  clients: {
    type: 'string',
    value: 'A,B',
    description: {
      en: 'client ids the user may see (LEADER: one or more; OPERATOR: exactly one)',
      es: 'IDs de los clientes que el usuario puede ver (LEADER: uno o más; OPERATOR: exactamente uno)',
    },
    multiple: true,
  },
  'full-name': {
    type: 'string',
    value: 'TEXT',
    description: { en: 'the name shown in the app', es: 'el nombre que muestra la aplicación' },
  },
  email: { type: 'string', value: 'EMAIL', description: { en: 'email address', es: 'correo electrónico' } },
};
