import { may } from '../../src-shared/domain/permissions';
import type { TableSpec } from '../../src-shared/tables/column';
import { createClient } from '../services/clients/client-service';
import { saveNewEmployee } from '../services/employees/employee-service';
import { grantClient } from '../services/users/user-service';
import { assertTableAction } from '../tenancy/permissions';
import type { Row, ScopedStore } from '../tenancy/scoped-store';

/**
 * Tables whose rows a client gets the moment it is created (its targets, shift calendar, reason
 * lists and defect catalogue: DATA.md "a client created by import gets the default lists, shift
 * calendar and targets"), keyed by the client and a code, not by a generated id.
 */
const CLIENT_SETTINGS = new Set([
  'client_config',
  'shift',
  'downtime_reason',
  'hold_reason',
  'absence_type',
  'defect_type',
]);

/**
 * Refuses with FORBIDDEN a role that may not write the table at all. A client's settings take a
 * role that may change them (a LEADER sets their clients' targets and calendar) as well as one
 * that may add them, since their rows exist already.
 */
export function assertMayImport(store: ScopedStore, spec: TableSpec): void {
  const mayUpdate = may(store.scope.role, spec.table, 'update');
  if (CLIENT_SETTINGS.has(spec.table) && mayUpdate) return;
  assertTableAction(store.scope, spec.table, 'create', spec.noun);
}

/** The live row with the key of `data`, if any: a retired (deleted) code is refused as a duplicate by `create`. */
function liveRow(store: ScopedStore, spec: TableSpec, data: Row): Row | undefined {
  const equals = Object.fromEntries(spec.key.map((k) => [k, String(data[k])]));
  return store.list(spec, { equals, limit: 1, offset: 0 }).rows[0];
}

/** What writing one imported row did. */
export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';

/** The given (non-blank) cells of `data` that differ from the stored row. */
function changesOf(spec: TableSpec, stored: Row, data: Row): Row {
  const changes: Row = {};
  for (const [name, value] of Object.entries(data)) {
    if (spec.key.includes(name) || name === 'client_id' || value === undefined || value === null) continue;
    if (stored[name] !== value) changes[name] = value;
  }
  return changes;
}

/**
 * Writes one validated import row. A client also gets its default lists, calendar and targets;
 * an employee also joins (or leaves) the floating pool as its flag says; a user's client access
 * keeps the role's client rule, as the user-admin screen does. A row of a client's
 * settings whose key the client already has (every client has its targets and calendar from the
 * day it is created) sets that row to the file's values instead of being refused as a duplicate:
 * importing a plant's targets or its own reason lists is how a plant moves to FloorKPI, and
 * an export of those tables must import into a new database. A blank cell leaves the current value.
 */
export function writeImportedRow(store: ScopedStore, spec: TableSpec, data: Row): WriteOutcome {
  if (spec.table === 'client') {
    createClient(store, data);
    return 'inserted';
  }
  if (spec.table === 'employee') {
    saveNewEmployee(store, data);
    return 'inserted';
  }
  if (spec.table === 'user_client_access') {
    grantClient(store, data);
    return 'inserted';
  }
  const stored = CLIENT_SETTINGS.has(spec.table) ? liveRow(store, spec, data) : undefined;
  if (stored) {
    const changes = changesOf(spec, stored, data);
    if (Object.keys(changes).length === 0) return 'unchanged';
    store.update(spec, data, Number(stored.version), changes);
    return 'updated';
  }
  store.create(spec, data);
  return 'inserted';
}
