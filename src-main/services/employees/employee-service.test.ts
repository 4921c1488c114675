import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../../src-shared/contract';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { type Core, createCore } from '../../core';
import { signInKey } from '../../core.test-support';
import { csv } from '../../csv/csv.test-support';
import { importRows } from '../../csv/import-table';
import { CLIENT_A, seedTwoClients } from '../../db/db.test-support';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
import { ScopedStore } from '../../tenancy/scoped-store';
import { createUser } from '../users/user-service';

let core: Core;
let key = '';
const call = async <K extends ChannelName>(channel: K, payload: RequestOf<K>): Promise<ResponseOf<K>> => {
  const result = (await core.dispatch(key, channel, payload)) as Result<ResponseOf<K>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data;
};
const sqlite = () => core.deps.database.sqlite;
/** The employee's pool rows: live ones first, with their status. */
const pool = (employeeId: string) =>
  sqlite()
    .prepare(
      'SELECT status, deleted_at IS NOT NULL AS retired FROM floating_pool WHERE employee_id = ? ORDER BY retired, created_at',
    )
    .all(employeeId);
const coverage = (floating: string, date: string) =>
  core.dispatch(key, 'coverage.create', {
    absent_employee_id: 'E-A',
    floating_employee_id: floating,
    client_id: CLIENT_A,
    shift_date: date,
    shift_type: 'SHIFT_1ST',
    coverage_duration_hours: 9,
  });

beforeEach(async () => {
  core = createCore({ dbPath: ':memory:', host: 'test' });
  seedTwoClients(sqlite());
  await createUser(new ScopedStore(sqlite(), SYSTEM_SCOPE), {
    username: 'pat',
    role: 'POWERUSER',
    clients: [],
    password: 'pool-channel-1',
  });
  key = await signInKey(core, 'pat', 'pool-channel-1');
});
afterEach(() => core.close());

describe('floating employees join and leave the pool with their flag', () => {
  it('an employee created as floating can cover an absence at once', async () => {
    await call('employees.create', {
      employee_id: 'F-NEW',
      employee_name: 'New floater',
      is_floating_pool: 1,
    });
    expect(pool('F-NEW')).toEqual([{ status: 'AVAILABLE', retired: 0 }]);
    expect(await coverage('F-NEW', '2026-03-02')).toMatchObject({ ok: true });
  });

  it('setting the flag on an update makes a member; clearing it retires the membership', async () => {
    const created = await call('employees.create', { employee_id: 'E-X', employee_name: 'Regular' });
    expect(pool('E-X')).toEqual([]);
    expect(await coverage('E-X', '2026-03-02')).toMatchObject({ ok: false });
    const floating = await call('employees.update', {
      key: { employee_id: 'E-X' },
      version: created.version,
      changes: { is_floating_pool: 1 },
    });
    expect(pool('E-X')).toEqual([{ status: 'AVAILABLE', retired: 0 }]);
    expect(await coverage('E-X', '2026-03-02')).toMatchObject({ ok: true });
    // Saving again (another field) does not add a second membership.
    const renamed = await call('employees.update', {
      key: { employee_id: 'E-X' },
      version: floating.version,
      changes: { employee_name: 'Floater' },
    });
    expect(pool('E-X')).toHaveLength(1);
    await call('employees.update', {
      key: { employee_id: 'E-X' },
      version: renamed.version,
      changes: { is_floating_pool: 0 },
    });
    // Retired, not erased: the membership is a tombstone, and the coverage already recorded stays.
    expect(pool('E-X')).toEqual([{ status: 'AVAILABLE', retired: 1 }]);
    const refused = await coverage('E-X', '2026-03-03');
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(
      (
        sqlite()
          .prepare("SELECT count(*) AS n FROM coverage_entry WHERE floating_employee_id = 'E-X'")
          .get() as {
          n: number;
        }
      ).n,
    ).toBe(1);
  });

  it('a deleted floating employee leaves the pool', async () => {
    const created = await call('employees.create', { employee_id: 'F-GONE', is_floating_pool: 1 });
    await call('employees.delete', { key: { employee_id: 'F-GONE' }, version: created.version });
    expect(pool('F-GONE')).toEqual([{ status: 'AVAILABLE', retired: 1 }]);
  });

  it('imports employee.csv and then coverage_entry.csv without a floating_pool.csv', () => {
    const store = new ScopedStore(sqlite(), SYSTEM_SCOPE);
    const employees = csv(
      ['employee_id', 'employee_name', 'is_floating_pool'],
      ['F-10', 'Floater ten', '1'],
      ['E-10', 'Regular ten', '0'],
    );
    expect(importRows(store, TABLE_SPECS.employee, employees)).toMatchObject({ inserted: 2, rejected: [] });
    expect(pool('F-10')).toEqual([{ status: 'AVAILABLE', retired: 0 }]);
    expect(pool('E-10')).toEqual([]);
    const covers = csv(
      [
        'absent_employee_id',
        'floating_employee_id',
        'client_id',
        'shift_date',
        'shift_type',
        'coverage_duration_hours',
      ],
      ['E-A', 'F-10', CLIENT_A, '2026-03-02', 'SHIFT_1ST', '9'],
    );
    expect(importRows(store, TABLE_SPECS.coverage_entry, covers)).toMatchObject({
      inserted: 1,
      rejected: [],
    });
  });
});
