import { hubSchemaVersion, migrateHub, setAppPassword } from '../../../src-hub/db/hub-migrate';
import { APP_ROLE } from '../../../src-hub/db/hub-schema';
import type { Command } from '../command';
import { hubDatabase, PG_OPTION } from './hub-options';

/** `hub init`: creates the hub's roles and schema in a PostgreSQL database, or migrates them. */
export const hubInitCommand: Command = {
  words: ['hub', 'init'],
  summary: 'Create the plant hub in a PostgreSQL database, or migrate it to this version',
  options: { pg: PG_OPTION },
  details: [
    'Connect as a superuser, or a role with CREATEROLE that may create schemas in the database.',
    'Creates the roles floorkpi_owner (owns the tables) and floorkpi_app (what "hub serve" runs as:',
    'no BYPASSRLS, so row-level security always applies) and the schema floorkpi.',
    'With FLOORKPI_HUB_APP_PASSWORD set, floorkpi_app may also log in with that password, so',
    '"hub serve" can connect as floorkpi_app itself and hold no owner credentials.',
    '',
    'Example:',
    '  npm run --silent cli -- hub init --pg postgres://postgres@localhost/floorkpi',
  ].join('\n'),
  async run(values, io) {
    const hub = hubDatabase(values, io.env, null, 1);
    try {
      const applied = await migrateHub(hub.db);
      const version = await hubSchemaVersion(hub.db);
      io.out(
        applied.length > 0
          ? `Hub database is ready (hub schema version ${version}; applied ${applied.join(', ')}).\n`
          : `Hub database is already up to date (hub schema version ${version}).\n`,
      );
      const password = io.env.FLOORKPI_HUB_APP_PASSWORD;
      if (password) {
        await setAppPassword(hub.db, password);
        io.out(`${APP_ROLE} may now log in with the password of FLOORKPI_HUB_APP_PASSWORD.\n`);
      }
      return 0;
    } finally {
      await hub.close();
    }
  },
};
