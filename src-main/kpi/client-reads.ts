import { sql } from 'kysely';
import { TARGET_COLUMNS } from '../../src-shared/kpi/status';
import { kpiQuery, ONE_SHAPE } from './kpi-query';

/** The scope's clients with their names, by id (the engine's "every client", the comparison's names). */
export const SCOPE_CLIENTS = kpiQuery<{ client_id: string; client_name: string | null }>({
  name: 'scope_clients',
  shapes: ONE_SHAPE,
  build: () => ({
    reads: ['client'],
    select: sql`SELECT client_id, client_name FROM client ORDER BY client_id`,
  }),
});

/** The client_config columns holding targets, once each (TRUE-OTD shares OTD's). */
export const TARGET_COLUMN_NAMES = [...new Set(Object.values(TARGET_COLUMNS))];

/** Each scope client's target columns. */
export const CLIENT_TARGETS = kpiQuery<Record<string, unknown> & { client_id: string }>({
  name: 'client_targets',
  shapes: ONE_SHAPE,
  build: () => ({
    reads: ['client_config'],
    select: sql`SELECT client_id, ${sql.join(TARGET_COLUMN_NAMES.map((c) => sql.ref(c)))} FROM client_config`,
  }),
});
