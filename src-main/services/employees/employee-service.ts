import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import type { Row, ScopedStore } from '../../tenancy/scoped-store';

const employeeSpec = TABLE_SPECS.employee;
const poolSpec = TABLE_SPECS.floating_pool;

/**
 * Keeps the floating pool in step with an employee's `is_floating_pool` flag, so coverage can use
 * a floating employee the moment they are saved (coverage needs a live pool row: a trigger says
 * so). A flagged employee without a live pool row joins as AVAILABLE. Clearing the flag retires
 * the membership: the pool rows are soft-deleted (tombstones), so no new coverage can name the
 * employee, the coverage already recorded stays, and the history travels to other PCs.
 */
function syncPoolMembership(store: ScopedStore, employee: Row): void {
  const live = store.list(poolSpec, {
    equals: { employee_id: String(employee.employee_id) },
    limit: 1000,
    offset: 0,
  }).rows;
  if (employee.is_floating_pool === 1) {
    if (live.length === 0)
      store.create(poolSpec, {
        employee_id: employee.employee_id,
        status: 'AVAILABLE',
        notes: 'Joined the floating pool when saved as a floating employee',
      });
    return;
  }
  for (const row of live)
    store.remove(poolSpec, { floating_pool_id: row.floating_pool_id }, Number(row.version));
}

/** Creates an employee (every path: the Employees screen, import); a floating one joins the pool. */
export function saveNewEmployee(store: ScopedStore, values: Row): Row {
  return store.transaction(() => {
    const employee = store.create(employeeSpec, values);
    syncPoolMembership(store, employee);
    return employee;
  });
}

/** Updates an employee; setting or clearing the floating flag joins or retires the pool membership. */
export function updateEmployee(
  store: ScopedStore,
  key: Readonly<Record<string, unknown>>,
  version: number,
  changes: Row,
): Row {
  return store.transaction(() => {
    const employee = store.update(employeeSpec, key, version, changes);
    syncPoolMembership(store, employee);
    return employee;
  });
}

/** Deletes an employee; a floating one leaves the pool with them. */
export function removeEmployee(
  store: ScopedStore,
  key: Readonly<Record<string, unknown>>,
  version: number,
): void {
  store.transaction(() => {
    const employee = store.get(employeeSpec, key);
    store.remove(employeeSpec, key, version);
    syncPoolMembership(store, { ...employee, is_floating_pool: 0 });
  });
}
