import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, CLIENT_B } from '../db/db.test-support';
import { countOf, csv, LEADER_A, openImportDb, rowsOf } from './csv.test-support';
import { importRows } from './import-table';

let db: ReturnType<typeof openImportDb>;
beforeEach(() => {
  db = openImportDb();
});
afterEach(async () => {
  await db.database.close();
});

const config = (client: string) =>
  rowsOf(db.sqlite, 'client_config', 'client_id').find((r) => r.client_id === client);

describe("importing a client's settings, which every client has from the day it is created", () => {
  it('sets the existing targets to the file, leaves a blank cell as it was, and counts what changed', () => {
    const before = config(CLIENT_A);
    const text = csv(
      ['client_id', 'efficiency_target', 'otd_target', 'default_cycle_time_hours'],
      [CLIENT_A, '80', '', '0.3'],
      [CLIENT_B, String(config(CLIENT_B)?.efficiency_target), '', ''],
    );
    const result = importRows(db.store(), TABLE_SPECS.client_config, text);
    expect(result).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, rejected: [] });
    expect(config(CLIENT_A)).toMatchObject({
      efficiency_target: 80,
      otd_target: before?.otd_target,
      default_cycle_time_hours: 0.3,
      version: Number(before?.version) + 1,
    });
    expect(config(CLIENT_B)?.version).toBe(1);
  });

  it("lets a leader set their own client's calendar, and adds a code the list lacks", () => {
    const shifts = csv(
      ['client_id', 'shift_type', 'start_time', 'end_time', 'break_minutes'],
      [CLIENT_A, 'SHIFT_1ST', '06:00', '15:00', '30'],
    );
    expect(importRows(db.store(LEADER_A), TABLE_SPECS.shift, shifts)).toMatchObject({
      updated: 1,
      rejected: [],
    });
    expect(
      rowsOf(db.sqlite, 'shift', 'client_id').find(
        (r) => r.client_id === CLIENT_A && r.shift_type === 'SHIFT_1ST',
      ),
    ).toMatchObject({ start_time: '06:00', end_time: '15:00', break_minutes: 30 });
    const reasons = countOf(db.sqlite, 'hold_reason', `client_id = '${CLIENT_A}'`);
    const text = csv(
      ['client_id', 'code', 'label'],
      [CLIENT_A, 'OTHER', 'Something else'],
      [CLIENT_A, 'DYE_LOT', 'Dye lot'],
    );
    expect(importRows(db.store(), TABLE_SPECS.hold_reason, text)).toMatchObject({ inserted: 1, updated: 1 });
    expect(countOf(db.sqlite, 'hold_reason', `client_id = '${CLIENT_A}'`)).toBe(reasons + 1);
  });

  it("lets a leader import their client's targets, and still refuses another client's", () => {
    const text = csv(['client_id', 'efficiency_target'], [CLIENT_A, '70'], [CLIENT_B, '70']);
    expect(importRows(db.store(LEADER_A), TABLE_SPECS.client_config, text).rejected).toEqual([
      {
        row: 3,
        field: 'client_id',
        message: 'CLIENT-B is not one of your clients',
        code: 'row.notYourClient',
        params: { client: CLIENT_B },
      },
    ]);
    const own = csv(['client_id', 'efficiency_target'], [CLIENT_A, '70']);
    expect(importRows(db.store(LEADER_A), TABLE_SPECS.client_config, own)).toMatchObject({ updated: 1 });
    expect(config(CLIENT_A)?.efficiency_target).toBe(70);
  });
});
