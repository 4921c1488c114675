import { AppError } from '../../src-shared/contract/errors';
import { SCOPE_CLIENTS } from '../kpi/client-reads';
import { runKpiQuery } from '../kpi/kpi-context';
import { scopedTables } from '../tenancy/scoped-tables';
import type { ReportContext } from './report-context';

/**
 * "CLIENT-ID · Name" of the report's client, read through the scope (a client outside it is
 * FORBIDDEN there). A client the plant does not have is NOT_FOUND, not an empty report.
 */
export function clientTitle(ctx: ReportContext, clientId: string): string {
  const rows = runKpiQuery(ctx.db, scopedTables(ctx.scope, [clientId]), SCOPE_CLIENTS, null);
  const row = rows.find((r) => r.client_id === clientId);
  if (!row) throw new AppError('NOT_FOUND', `There is no client ${clientId}.`);
  return row.client_name ? `${row.client_id} · ${row.client_name}` : row.client_id;
}
