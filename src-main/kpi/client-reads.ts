import { sql } from 'kysely';
import type { TargetColumn } from '../../src-shared/kpi/definition';
import { KPI_DEFINITIONS } from '../../src-shared/kpi/definitions/registry';
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

/** The client_config columns holding the KPIs' targets, once each (TRUE-OTD shares OTD's). */
const TARGET_COLUMNS = [
  ...new Set(KPI_DEFINITIONS.flatMap((d) => (d.targetColumn === null ? [] : [d.targetColumn]))),
];

/** Each scope client's target columns. */
export const CLIENT_TARGETS = kpiQuery<{ client_id: string } & Partial<Record<TargetColumn, number | null>>>({
  name: 'client_targets',
  shapes: ONE_SHAPE,
  build: () => ({
    reads: ['client_config'],
    select: sql`SELECT client_id, ${sql.join(TARGET_COLUMNS.map((c) => sql.ref(c)))} FROM client_config`,
  }),
});
