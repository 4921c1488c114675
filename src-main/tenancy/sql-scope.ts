import type { TableSpec } from '../../src-shared/tables/column';
import type { Scope } from './scope';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const ALL_ROWS: SqlFragment = { sql: '1 = 1', params: [] };

/** `col IN (...)` over a JSON array parameter: one bound value whatever the number of clients. */
export function inClients(column: string, clientIds: readonly string[]): SqlFragment {
  return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(clientIds)] };
}

/**
 * The WHERE fragment that limits a table to what the scope may see, for the scoped store and
 * exports. KPI reads take theirs from scoped-tables.ts (the same rule for tenant tables: the
 * scope's clients, live rows), which the store is to use too.
 * `alias` prefixes the columns (e.g. `p.` for a join).
 */
export function visibleRows(spec: TableSpec, scope: Scope, alias = ''): SqlFragment {
  // Accounts are not client data: only an administrator sees other users, whatever their scope.
  if (spec.table === 'app_user')
    return scope.role === 'ADMIN' ? ALL_ROWS : { sql: `${alias}user_id = ?`, params: [scope.userId] };
  if (spec.tenant || scope.clients === 'ALL') {
    return spec.tenant && scope.clients !== 'ALL'
      ? inClients(`${alias}client_id`, [...scope.clients])
      : ALL_ROWS;
  }
  const clients = JSON.stringify([...scope.clients]);
  switch (spec.table) {
    // Employees are plant-level: a user sees those assigned to one of their clients, and the floating pool.
    case 'employee':
      return {
        sql: `(${alias}employee_id IN (SELECT employee_id FROM employee_client_assignment
                 WHERE deleted_at IS NULL AND client_id IN (SELECT value FROM json_each(?)))
               OR ${alias}is_floating_pool = 1)`,
        params: [clients],
      };
    // A floating employee lent to a client is that client's business; an available one is everyone's.
    case 'floating_pool':
      return {
        sql: `(${alias}assigned_to_client IS NULL OR ${alias}assigned_to_client IN (SELECT value FROM json_each(?)))`,
        params: [clients],
      };
    default:
      return { sql: '1 = 0', params: [] };
  }
}
