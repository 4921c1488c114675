import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { addAbsenceRow, CLIENT_A, CLIENT_B, insertFloorUsers, seedTwoClients } from '../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../db/open';
import type { Scope } from './scope';
import { ScopedStore } from './scoped-store';

const production = TABLE_SPECS.production_entry;
let database: OpenDatabase;
let clock: string;

const leaderOfA: Scope = { userId: 'U-LEAD', username: 'lead', role: 'LEADER', clients: new Set([CLIENT_A]) };
const operatorOfA: Scope = { userId: 'U-OP', username: 'op', role: 'OPERATOR', clients: new Set([CLIENT_A]) };
const admin: Scope = { userId: 'U-ADMIN', username: 'admin', role: 'ADMIN', clients: 'ALL' };

function store(scope: Scope): ScopedStore {
  return new ScopedStore(database.sqlite, scope, () => clock);
}

function codeOf(work: () => unknown): string {
  try {
    work();
    return 'OK';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

function snapshot(): string {
  const tables = ['production_entry', 'audit_log', 'work_order'];
  return JSON.stringify(tables.map((t) => database.sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

const entryA = {
  client_id: CLIENT_A,
  work_order_id: 'WO-A',
  shift_date: '2026-03-02',
  shift_type: 'SHIFT_1ST',
  units_produced: 100,
};

beforeEach(() => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
  insertFloorUsers(database.sqlite);
  clock = '2026-03-02T08:00:00.000Z';
});
afterEach(() => database.close());

describe('ScopedStore writes', () => {
  it('stamps a new row, generates its id and writes the audit entry in the same transaction', () => {
    const row = store(leaderOfA).create(production, entryA);
    expect(row).toMatchObject({
      version: 1,
      created_by: 'U-LEAD',
      updated_by: 'U-LEAD',
      created_at: clock,
      deleted_at: null,
    });
    expect(String(row.production_entry_id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    // A blank recorder is the user who entered the row.
    expect(row.data_collector_id).toBe('U-LEAD');
    const audit = database.sqlite
      .prepare("SELECT * FROM audit_log WHERE table_name = 'production_entry'")
      .all() as Record<string, unknown>[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'INSERT',
      user_id: 'U-LEAD',
      client_id: CLIENT_A,
      row_id: row.production_entry_id,
      before_json: null,
    });
    expect(JSON.parse(String(audit[0]?.after_json))).toMatchObject({ units_produced: 100 });
  });

  it('returns and audits a new row exactly as stored: defaults filled in, numbers as SQLite reads them', () => {
    const rowOf = (table: string, key: string, id: unknown) =>
      database.sqlite.prepare(`SELECT * FROM ${table} WHERE ${key} = ?`).get(id) as Record<string, unknown>;
    const auditOf = (id: unknown) =>
      JSON.parse(
        String(
          (
            database.sqlite.prepare('SELECT after_json FROM audit_log WHERE row_id = ?').get(id) as {
              after_json: string;
            }
          ).after_json,
        ),
      );
    // Whole hours in REAL columns, a blank notes cell, a work order whose status and priority are defaults.
    const entry = store(leaderOfA).create(production, {
      ...entryA,
      run_time_hours: 8,
      shift_hours_scheduled: 9,
      employees_assigned: 12,
    });
    const order = store(admin).create(TABLE_SPECS.work_order, {
      work_order_id: 'WO-NEW',
      client_id: CLIENT_A,
    });
    expect(order).toMatchObject({ status: 'ACTIVE', priority_level: 'STANDARD' });
    for (const [table, key, row] of [
      ['production_entry', 'production_entry_id', entry],
      ['work_order', 'work_order_id', order],
    ] as const) {
      const id = row[key];
      expect(row).toEqual(rowOf(table, key, id));
      expect(Object.keys(row)).toEqual(Object.keys(rowOf(table, key, id)));
      expect(auditOf(id)).toEqual(JSON.parse(JSON.stringify(rowOf(table, key, id))));
    }
  });

  it('refuses an update carrying a stale version as CONFLICT and keeps the colleague’s edit', () => {
    const row = store(leaderOfA).create(production, entryA);
    const key = { production_entry_id: row.production_entry_id };
    clock = '2026-03-02T09:00:00.000Z';
    const first = store(leaderOfA).update(production, key, 1, { units_produced: 120 });
    expect(first).toMatchObject({ version: 2, units_produced: 120, updated_at: clock });
    expect(codeOf(() => store(operatorOfA).update(production, key, 1, { units_produced: 90 }))).toBe(
      'CONFLICT',
    );
    expect(store(admin).get(production, key)).toMatchObject({ version: 2, units_produced: 120 });
    const audit = database.sqlite
      .prepare(
        "SELECT action, before_json, after_json FROM audit_log WHERE table_name = 'production_entry' ORDER BY id",
      )
      .all() as {
      action: string;
      before_json: string;
      after_json: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['INSERT', 'UPDATE']);
    expect(JSON.parse(audit[1]?.before_json ?? '{}')).toMatchObject({ units_produced: 100, version: 1 });
    expect(JSON.parse(audit[1]?.after_json ?? '{}')).toMatchObject({ units_produced: 120, version: 2 });
  });

  it('soft-deletes: the row leaves lists and gets, stays as a tombstone, and its id cannot be reused', () => {
    const s = store(leaderOfA);
    const row = s.create(production, entryA);
    const key = { production_entry_id: row.production_entry_id };
    s.remove(production, key, 1);
    expect(s.list(production, { limit: 10, offset: 0 })).toEqual({ rows: [], total: 0 });
    expect(codeOf(() => s.get(production, key))).toBe('NOT_FOUND');
    const tombstone = database.sqlite.prepare('SELECT deleted_at, version FROM production_entry').get();
    expect(tombstone).toEqual({ deleted_at: clock, version: 2 });
    expect(
      codeOf(() => s.create(production, { ...entryA, production_entry_id: row.production_entry_id })),
    ).toBe('CONFLICT');
    expect(
      database.sqlite
        .prepare("SELECT action FROM audit_log WHERE table_name = 'production_entry' ORDER BY id")
        .all(),
    ).toEqual([{ action: 'INSERT' }, { action: 'DELETE' }]);
  });

  it('lets an operator delete only the rows they entered', () => {
    const mine = store(operatorOfA).create(production, entryA);
    const theirs = store(leaderOfA).create(production, entryA);
    expect(
      codeOf(() =>
        store(operatorOfA).remove(production, { production_entry_id: theirs.production_entry_id }, 1),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        store(operatorOfA).remove(production, { production_entry_id: mine.production_entry_id }, 1),
      ),
    ).toBe('OK');
  });

  it('refuses writes outside the scope or the role and changes nothing', () => {
    const before = snapshot();
    expect(
      codeOf(() =>
        store(leaderOfA).create(production, { ...entryA, client_id: CLIENT_B, work_order_id: 'WO-B' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        store(operatorOfA).create(TABLE_SPECS.work_order, {
          work_order_id: 'WO-X',
          client_id: CLIENT_A,
          planned_quantity: 5,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        store(leaderOfA).update(TABLE_SPECS.work_order, { work_order_id: 'WO-B' }, 1, {
          planned_quantity: 1,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(snapshot()).toBe(before);
  });

  it('says in plain words when a floating employee would cover two absences in one shift', () => {
    const coverage = {
      absent_employee_id: 'E-A',
      floating_employee_id: 'F-1',
      client_id: CLIENT_A,
      shift_date: '2026-03-02',
      shift_type: 'SHIFT_1ST',
      coverage_duration_hours: 9,
    };
    addAbsenceRow(database.sqlite, 'E-A', CLIENT_A, '2026-03-02');
    store(admin).create(TABLE_SPECS.coverage_entry, coverage);
    try {
      store(admin).create(TABLE_SPECS.coverage_entry, coverage);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'CONFLICT',
        issues: [{ path: 'floating_employee_id', message: 'already covers another absence in this shift' }],
      });
    }
  });

  it('refuses another client’s parent as if it did not exist', () => {
    try {
      store(admin).create(production, { ...entryA, work_order_id: 'WO-B' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).issues).toEqual([
        {
          path: 'work_order_id',
          message: `WO-B is not a work order of client ${CLIENT_A}`,
          code: 'ref.workOrderNotOfClient',
          params: { value: 'WO-B', client: CLIENT_A },
        },
      ]);
    }
  });
});

describe('ScopedStore reads', () => {
  it('never returns another client’s rows, whatever the filter asks', () => {
    store(admin).create(production, entryA);
    store(admin).create(production, { ...entryA, client_id: CLIENT_B, work_order_id: 'WO-B' });
    const mine = store(leaderOfA).list(production, { limit: 100, offset: 0 });
    expect(mine.rows.map((r) => r.client_id)).toEqual([CLIENT_A]);
    expect(
      codeOf(() => store(leaderOfA).list(production, { clientIds: [CLIENT_B], limit: 100, offset: 0 })),
    ).toBe('FORBIDDEN');
    expect(
      store(leaderOfA).list(production, { equals: { client_id: CLIENT_B }, limit: 100, offset: 0 }).total,
    ).toBe(0);
    expect(store(leaderOfA).list(production, { text: 'WO-B', limit: 100, offset: 0 }).total).toBe(0);
    expect(store(admin).list(production, { limit: 100, offset: 0 }).total).toBe(2);
  });

  it('pages with a total and filters by date range', () => {
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03'])
      store(admin).create(production, { ...entryA, shift_date: day });
    const page = store(leaderOfA).list(production, {
      from: '2026-03-02',
      to: '2026-03-03',
      limit: 1,
      offset: 0,
    });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.shift_date)).toEqual(['2026-03-03']);
  });

  it('sorts by the columns asked, blanks last, and keeps paging stable through equal values', () => {
    const rows = [
      { day: '2026-03-01', units: 30, notes: 'b' },
      { day: '2026-03-02', units: 10, notes: 'A' },
      { day: '2026-03-03', units: 30, notes: null },
      { day: '2026-03-04', units: 20, notes: 'c' },
    ];
    for (const { day, units, notes } of rows)
      store(admin).create(production, { ...entryA, shift_date: day, units_produced: units, notes });
    const list = (sort: { column: string; direction: 'asc' | 'desc' }[], limit = 10, offset = 0) =>
      store(leaderOfA)
        .list(production, { sort, limit, offset })
        .rows.map((r) => `${String(r.shift_date).slice(8)}:${String(r.units_produced)}`);
    expect(list([{ column: 'units_produced', direction: 'asc' }])).toEqual([
      '02:10',
      '04:20',
      '03:30',
      '01:30',
    ]);
    expect(list([{ column: 'units_produced', direction: 'desc' }])).toEqual([
      '03:30',
      '01:30',
      '04:20',
      '02:10',
    ]);
    // Two columns: units up, then the date up; ties otherwise keep the table's order (newest first).
    expect(
      list([
        { column: 'units_produced', direction: 'desc' },
        { column: 'shift_date', direction: 'asc' },
      ]),
    ).toEqual(['01:30', '03:30', '04:20', '02:10']);
    // Text ignores case, and a blank comes last whichever way.
    const notes = (direction: 'asc' | 'desc') =>
      store(leaderOfA)
        .list(production, { sort: [{ column: 'notes', direction }], limit: 10, offset: 0 })
        .rows.map((r) => r.notes);
    expect(notes('asc')).toEqual(['A', 'b', 'c', null]);
    expect(notes('desc')).toEqual(['c', 'b', 'A', null]);
    // Pages of one row through the equal units walk every row once.
    const paged = [0, 1, 2, 3].flatMap((offset) =>
      list([{ column: 'units_produced', direction: 'desc' }], 1, offset),
    );
    expect(paged).toEqual(['03:30', '01:30', '04:20', '02:10']);
  });

  it('refuses a sort on a column the table does not have, and names it', () => {
    const error = (() => {
      try {
        store(admin).list(production, { sort: [{ column: 'nope', direction: 'asc' }], limit: 10, offset: 0 });
        return null;
      } catch (caught) {
        return caught instanceof AppError ? caught : null;
      }
    })();
    expect(error?.code).toBe('VALIDATION');
    expect(error?.issues).toEqual([{ path: 'nope', message: 'is not a field', code: 'store.notAField' }]);
  });

  it('matches any of a list of values (open orders: ACTIVE or ON_HOLD), still within the scope', () => {
    const orders = TABLE_SPECS.work_order;
    store(admin).create(orders, {
      work_order_id: 'WO-A2',
      client_id: CLIENT_A,
      planned_quantity: 5,
      status: 'ON_HOLD',
    });
    store(admin).create(orders, {
      work_order_id: 'WO-A3',
      client_id: CLIENT_A,
      planned_quantity: 5,
      status: 'COMPLETED',
    });
    const open = store(leaderOfA).list(orders, {
      equals: { status: ['ACTIVE', 'ON_HOLD'] },
      limit: 100,
      offset: 0,
    });
    expect(open.rows.map((r) => r.work_order_id).sort()).toEqual(['WO-A', 'WO-A2']);
  });

  it('lists the spellings in use in a text column, most used first, blanks left out, within the scope', () => {
    const quality = TABLE_SPECS.quality_entry;
    const inspect = (id: string, client: string, operation: string | null) =>
      store(admin).create(quality, {
        quality_entry_id: id,
        client_id: client,
        work_order_id: client === CLIENT_A ? 'WO-A' : 'WO-B',
        shift_date: '2026-03-02',
        operation_checked: operation,
      });
    inspect('Q1', CLIENT_A, 'Final audit');
    inspect('Q2', CLIENT_A, 'Cutting');
    inspect('Q3', CLIENT_A, 'Final audit');
    inspect('Q4', CLIENT_A, '');
    inspect('Q5', CLIENT_A, null);
    inspect('Q6', CLIENT_B, 'Secret B operation');
    expect(store(leaderOfA).distinctValues(quality, 'operation_checked', {}, 10)).toEqual([
      { value: 'Final audit', uses: 2 },
      { value: 'Cutting', uses: 1 },
    ]);
    expect(
      codeOf(() =>
        store(leaderOfA).distinctValues(quality, 'operation_checked', { clientIds: [CLIENT_B] }, 10),
      ),
    ).toBe('FORBIDDEN');
    expect(store(admin).distinctValues(quality, 'operation_checked', {}, 1)).toEqual([
      { value: 'Final audit', uses: 2 },
    ]);
  });

  it('never returns a password hash, nor the sign-in state (failures, lock)', () => {
    database.sqlite
      .prepare(
        "UPDATE app_user SET password_hash = 'scrypt$x', failed_login_count = 5, locked_until = '2026-03-02T08:05:00Z' WHERE user_id = 'U-LEAD'",
      )
      .run();
    const leaks = (row: Record<string, unknown>) =>
      ['password_hash', 'failed_login_count', 'locked_until'].filter((name) => name in row);
    expect(leaks(store(admin).get(TABLE_SPECS.app_user, { user_id: 'U-LEAD' }))).toEqual([]);
    expect(
      store(operatorOfA).list(TABLE_SPECS.app_user, { limit: 10, offset: 0 }).rows.flatMap(leaks),
    ).toEqual([]);
    expect([...store(admin).iterate(TABLE_SPECS.app_user, {})].flatMap(leaks)).toEqual([]);
    expect(store(admin).get(TABLE_SPECS.app_user, { user_id: 'U-LEAD' })).not.toHaveProperty('password_hash');
    expect(
      store(admin)
        .list(TABLE_SPECS.app_user, { limit: 10, offset: 0 })
        .rows.every((r) => !('password_hash' in r)),
    ).toBe(true);
  });

  describe('hidden columns (the password hash) are never a filter, a search or an order', () => {
    const users = TABLE_SPECS.app_user;
    const HASH = 'scrypt$32768$8$1$c2FsdA$a2V5';
    beforeEach(() => {
      database.sqlite.prepare('UPDATE app_user SET password_hash = ? WHERE user_id = ?').run(HASH, 'U-LEAD');
    });
    const fieldError = (work: () => unknown) => {
      try {
        work();
        return 'OK';
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return `${error.code} ${JSON.stringify(error.issues)}`;
      }
    };
    const refused = `VALIDATION ${JSON.stringify([{ path: 'password_hash', message: 'cannot be used to filter' }])}`;

    it('refuses an exact match on it, one value or a list, in lists, exports and suggestions', () => {
      const equals = { password_hash: HASH };
      expect(fieldError(() => store(admin).list(users, { equals, limit: 10, offset: 0 }))).toBe(refused);
      expect(
        fieldError(() =>
          store(admin).list(users, { equals: { password_hash: [HASH, 'x'] }, limit: 10, offset: 0 }),
        ),
      ).toBe(refused);
      expect(fieldError(() => [...store(admin).iterate(users, { equals })])).toBe(refused);
      expect(fieldError(() => store(admin).distinctValues(users, 'full_name', { equals }, 10))).toBe(refused);
    });

    it('refuses it as a sort, alone or after a visible column, and reads nothing', () => {
      const sorted = `VALIDATION ${JSON.stringify([{ path: 'password_hash', message: 'cannot be used to sort' }])}`;
      for (const sort of [
        [{ column: 'password_hash', direction: 'asc' as const }],
        [
          { column: 'username', direction: 'asc' as const },
          { column: 'password_hash', direction: 'desc' as const },
        ],
      ]) {
        expect(fieldError(() => store(admin).list(users, { sort, limit: 10, offset: 0 }))).toBe(sorted);
      }
      // The sign-in state is no column of the spec at all.
      expect(
        fieldError(() =>
          store(admin).list(users, {
            sort: [{ column: 'failed_login_count', direction: 'asc' }],
            limit: 10,
            offset: 0,
          }),
        ),
      ).toBe(
        `VALIDATION ${JSON.stringify([{ path: 'failed_login_count', message: 'is not a field', code: 'store.notAField' }])}`,
      );
      // A visible column sorts.
      expect(
        store(admin)
          .list(users, { sort: [{ column: 'username', direction: 'desc' }], limit: 10, offset: 0 })
          .rows.map((r) => r.username),
      ).toEqual(['u-op2', 'u-op', 'u-lead', 'admin']);
    });

    it('leaves it out of a text search, so a guessed piece of a hash finds nobody', () => {
      for (const text of ['scrypt', 'c2FsdA', '32768']) {
        expect(store(admin).list(users, { text, limit: 10, offset: 0 })).toEqual({ rows: [], total: 0 });
      }
      // The search itself still works on the visible columns.
      expect(store(admin).list(users, { text: 'u-lead', limit: 10, offset: 0 }).total).toBe(1);
    });
  });
});
