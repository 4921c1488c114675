import { sql } from 'kysely';
import { kpiQuery, ONE_SHAPE } from '../../kpi/kpi-query';

/** The scope's active clients: the morning job makes a daily report for each. */
export const ACTIVE_CLIENTS = kpiQuery<{ client_id: string }>({
  name: 'report_active_clients',
  shapes: ONE_SHAPE,
  build: () => ({
    reads: ['client'],
    select: sql<{
      client_id: string;
    }>`SELECT client_id FROM client WHERE coalesce(is_active, 1) = 1 ORDER BY client_id`,
  }),
});
