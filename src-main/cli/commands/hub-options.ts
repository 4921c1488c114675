import { connectPostgres, type HubDatabase, type HubRole } from '../../../src-hub/db/connect';
import { cliError, type OptionSpec, type ParsedValues } from '../command';
import { stringOption } from '../options';

/** `--pg URL`, which every hub command takes; `hubDatabase` reads it. */
export const PG_OPTION: OptionSpec = {
  type: 'string',
  value: 'URL',
  description: {
    en: 'PostgreSQL URL, postgres://user:password@host:port/database (default: $FLOORKPI_HUB_PG)',
    es: 'URL de PostgreSQL, postgres://usuario:contraseña@equipo:puerto/base (por omisión: $FLOORKPI_HUB_PG)',
  },
};

/** The hub database's URL: `--pg URL`, else the `FLOORKPI_HUB_PG` environment variable. */
export function pgUrlOption(values: ParsedValues, env: Readonly<Record<string, string | undefined>>): string {
  const url = stringOption(values, 'pg') ?? env.FLOORKPI_HUB_PG ?? null;
  if (!url) throw cliError('noHubDatabase');
  if (!/^postgres(ql)?:\/\//.test(url)) throw cliError('badPgUrl');
  return url;
}

/** A pool on the hub database working as `role` (null: the login itself, for `hub init`). */
export function hubDatabase(
  values: ParsedValues,
  env: Readonly<Record<string, string | undefined>>,
  role: HubRole | null,
  max?: number,
): HubDatabase {
  return connectPostgres(pgUrlOption(values, env), { role, ...(max ? { max } : {}) });
}
