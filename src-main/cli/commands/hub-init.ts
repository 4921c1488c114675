import { hubSchemaVersion, migrateHub, setAppPassword } from '../../../src-hub/db/hub-migrate';
import { APP_ROLE } from '../../../src-hub/db/hub-schema';
import type { Command } from '../command';
import { cliText } from '../i18n/cli-words';
import { hubDatabase, PG_OPTION } from './hub-options';

/** `hub init`: creates the hub's roles and schema in a PostgreSQL database, or migrates them. */
export const hubInitCommand: Command = {
  words: ['hub', 'init'],
  summary: {
    en: 'Create the plant hub in a PostgreSQL database, or migrate it to this version',
    es: 'Crea el servidor de planta en una base PostgreSQL, o lo migra a esta versión',
  },
  options: { pg: PG_OPTION },
  details: {
    es: [
      'Conéctese como superusuario, o con un rol con CREATEROLE que pueda crear esquemas en la base.',
      'Crea los roles floorkpi_owner (dueño de las tablas) y floorkpi_app (con el que corre "hub serve":',
      'sin BYPASSRLS, así que la seguridad por registro siempre aplica) y el esquema floorkpi.',
      'Con FLOORKPI_HUB_APP_PASSWORD definida, floorkpi_app también puede entrar con esa contraseña, y',
      '"hub serve" puede conectarse como floorkpi_app sin guardar credenciales del dueño.',
      '',
      'Ejemplo:',
      '  npm run --silent cli -- hub init --pg postgres://postgres@localhost/floorkpi',
    ].join('\n'),
    en: [
      'Connect as a superuser, or a role with CREATEROLE that may create schemas in the database.',
      'Creates the roles floorkpi_owner (owns the tables) and floorkpi_app (what "hub serve" runs as:',
      'no BYPASSRLS, so row-level security always applies) and the schema floorkpi.',
      'With FLOORKPI_HUB_APP_PASSWORD set, floorkpi_app may also log in with that password, so',
      '"hub serve" can connect as floorkpi_app itself and hold no owner credentials.',
      '',
      'Example:',
      '  npm run --silent cli -- hub init --pg postgres://postgres@localhost/floorkpi',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const hub = hubDatabase(values, io.env, null, 1);
    try {
      const applied = await migrateHub(hub.db);
      const version = await hubSchemaVersion(hub.db);
      io.out(
        `${
          applied.length > 0
            ? text.say('hubReady', { version, applied: applied.join(', ') })
            : text.say('hubUpToDate', { version })
        }\n`,
      );
      const password = io.env.FLOORKPI_HUB_APP_PASSWORD;
      if (password) {
        await setAppPassword(hub.db, password);
        io.out(`${text.say('hubAppPassword', { role: APP_ROLE })}\n`);
      }
      return 0;
    } finally {
      await hub.close();
    }
  },
};
