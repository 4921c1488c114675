import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, insertFloorUsers, seedTwoClients } from '../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../db/open';
import { verifyEntry } from '../services/entries/verify-entry';
import type { Scope } from './scope';
import { type Row, ScopedStore } from './scoped-store';

const production = TABLE_SPECS.production_entry;
const attendance = TABLE_SPECS.attendance_entry;
let database: OpenDatabase;

const leader: Scope = { userId: 'U-LEAD', username: 'lead', role: 'LEADER', clients: new Set([CLIENT_A]) };
const operator: Scope = { userId: 'U-OP', username: 'op', role: 'OPERATOR', clients: new Set([CLIENT_A]) };
const store = (scope: Scope) => new ScopedStore(database.sqlite, scope, () => '2026-03-02T10:00:00.000Z');

function outcome(work: () => unknown): string {
  try {
    work();
    return 'OK';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.issues ? `${error.code} ${error.issues.map((i) => i.path).join(',')}` : error.code;
  }
}

beforeEach(() => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
  insertFloorUsers(database.sqlite);
});
afterEach(() => database.close());

/** A production entry by the operator, verified by the leader. */
function verifiedEntry(): Row {
  const entry = store(operator).create(production, {
    client_id: CLIENT_A,
    work_order_id: 'WO-A',
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    units_produced: 100,
  });
  const key = { production_entry_id: String(entry.production_entry_id) };
  return verifyEntry(store(leader), 'production_entry', key, Number(entry.version));
}

describe('editing a verified entry', () => {
  it('clears the verification when a leader changes a value, in the same audited write', () => {
    const entry = verifiedEntry();
    expect(entry).toMatchObject({ verified_by: 'U-LEAD', verified_at: '2026-03-02T10:00:00.000Z' });
    const key = { production_entry_id: String(entry.production_entry_id) };
    const edited = store(leader).update(production, key, Number(entry.version), { units_produced: 120 });
    expect(edited).toMatchObject({ units_produced: 120, verified_by: null, verified_at: null });
    const audit = database.sqlite
      .prepare(
        "SELECT after_json FROM audit_log WHERE table_name = 'production_entry' ORDER BY id DESC LIMIT 1",
      )
      .get() as { after_json: string };
    expect(JSON.parse(audit.after_json)).toMatchObject({ units_produced: 120, verified_by: null });
  });

  it('keeps the verification when the save changes nothing', () => {
    const entry = verifiedEntry();
    const key = { production_entry_id: String(entry.production_entry_id) };
    const saved = store(leader).update(production, key, Number(entry.version), { units_produced: 100 });
    expect(saved).toMatchObject({ verified_by: 'U-LEAD' });
  });

  it('is refused for an operator (edit or delete), who asks a leader instead; the entry stays verified', () => {
    const entry = verifiedEntry();
    const key = { production_entry_id: String(entry.production_entry_id) };
    const version = Number(entry.version);
    expect(outcome(() => store(operator).update(production, key, version, { units_produced: 90 }))).toBe(
      'FORBIDDEN',
    );
    expect(outcome(() => store(operator).remove(production, key, version))).toBe('FORBIDDEN');
    expect(store(leader).get(production, key)).toMatchObject({ units_produced: 100, verified_by: 'U-LEAD' });
  });

  it('clears attendance and quality verification too (their columns are named differently)', () => {
    const row = store(leader).create(attendance, {
      employee_id: 'E-A',
      client_id: CLIENT_A,
      shift_date: '2026-03-02',
      shift_type: 'SHIFT_1ST',
      scheduled_hours: 8,
    });
    const key = { attendance_entry_id: String(row.attendance_entry_id) };
    const verified = verifyEntry(store(leader), 'attendance_entry', key, Number(row.version));
    const edited = store(leader).update(attendance, key, Number(verified.version), { scheduled_hours: 7.5 });
    expect(edited).toMatchObject({ verified_by_user_id: null, verified_at: null });
    const quality = store(leader).get(TABLE_SPECS.quality_entry, { quality_entry_id: 'Q-A' });
    const qKey = { quality_entry_id: 'Q-A' };
    const qVerified = verifyEntry(store(leader), 'quality_entry', qKey, Number(quality.version));
    const qEdited = store(leader).update(TABLE_SPECS.quality_entry, qKey, Number(qVerified.version), {
      units_inspected: 50,
    });
    expect(qEdited).toMatchObject({ verified_by_user_id: null, verified_at: null });
  });
});

describe('who collected or recorded an entry', () => {
  const entry = (collector?: string) => ({
    client_id: CLIENT_A,
    work_order_id: 'WO-A',
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    units_produced: 100,
    ...(collector === undefined ? {} : { data_collector_id: collector }),
  });

  it('is the operator themselves: naming someone else is refused on create, by id or username', () => {
    expect(outcome(() => store(operator).create(production, entry('U-OP2')))).toBe(
      'VALIDATION data_collector_id',
    );
    expect(outcome(() => store(operator).create(production, entry('u-lead')))).toBe(
      'VALIDATION data_collector_id',
    );
    expect(store(operator).create(production, entry('u-op'))).toMatchObject({ data_collector_id: 'U-OP' });
    expect(store(operator).create(production, entry())).toMatchObject({ data_collector_id: 'U-OP' });
    expect(
      database.sqlite
        .prepare("SELECT count(*) AS n FROM production_entry WHERE data_collector_id <> 'U-OP'")
        .get(),
    ).toEqual({ n: 0 });
  });

  it('cannot be changed by an operator to someone else on update, nor blanked', () => {
    const row = store(operator).create(production, entry());
    const key = { production_entry_id: String(row.production_entry_id) };
    const version = Number(row.version);
    expect(
      outcome(() => store(operator).update(production, key, version, { data_collector_id: 'U-OP2' })),
    ).toBe('VALIDATION data_collector_id');
    expect(outcome(() => store(operator).update(production, key, version, { data_collector_id: null }))).toBe(
      'VALIDATION data_collector_id',
    );
    // Sending the recorder back unchanged (a grid saves whole rows) is fine.
    expect(
      store(operator).update(production, key, version, { data_collector_id: 'U-OP', units_produced: 101 }),
    ).toMatchObject({ data_collector_id: 'U-OP', units_produced: 101 });
  });

  it('applies to every recorder column (downtime reported by, attendance recorded by)', () => {
    expect(
      outcome(() =>
        store(operator).create(TABLE_SPECS.downtime_entry, {
          client_id: CLIENT_A,
          work_order_id: 'WO-A',
          shift_date: '2026-03-02',
          shift_type: 'SHIFT_1ST',
          downtime_duration_minutes: 10,
          reported_by_user_id: 'U-LEAD',
        }),
      ),
    ).toBe('VALIDATION reported_by_user_id');
    expect(
      outcome(() =>
        store(operator).create(attendance, {
          employee_id: 'E-A',
          client_id: CLIENT_A,
          shift_date: '2026-03-02',
          shift_type: 'SHIFT_1ST',
          recorded_by_user_id: 'U-OP2',
        }),
      ),
    ).toBe('VALIDATION recorded_by_user_id');
  });

  it('may be someone else when a leader records on their behalf', () => {
    expect(store(leader).create(production, entry('U-OP'))).toMatchObject({ data_collector_id: 'U-OP' });
  });
});
