import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertRow, NOW, syncValues } from './db.test-support';
import { DEFECT_TEMPLATES } from './defect-templates';
import { type OpenDatabase, openDatabase } from './open';
import {
  CLIENT_CONFIG_DEFAULTS,
  DEFAULT_ABSENCE_TYPES,
  DEFAULT_DOWNTIME_REASONS,
  DEFAULT_HOLD_REASONS,
  defectCatalogue,
  INVENTORY_DEFECT_TYPES,
  insertClientDefaults,
} from './reference-defaults';

let database: OpenDatabase;
beforeEach(() => {
  database = openDatabase(':memory:');
  insertRow(database.sqlite, 'client', { client_id: 'C1', ...syncValues(null) });
});
afterEach(async () => {
  await database.close();
});

function all<T>(sql: string): T[] {
  return database.sqlite.prepare<[string], T>(sql).all('C1');
}

function count(table: string): number {
  return database.sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? -1;
}

describe('insertClientDefaults', () => {
  it('creates the default shift calendar of KPIS.md', () => {
    insertClientDefaults(database.sqlite, 'C1', { userId: null, now: NOW });
    expect(
      all(
        'SELECT shift_type, start_time, end_time, break_minutes FROM shift WHERE client_id = ? ORDER BY shift_type',
      ),
    ).toEqual([
      { shift_type: 'SAT_OT', start_time: '07:00', end_time: '15:00', break_minutes: 0 },
      { shift_type: 'SHIFT_1ST', start_time: '07:00', end_time: '17:00', break_minutes: 60 },
      { shift_type: 'SHIFT_2ND', start_time: '21:00', end_time: '06:00', break_minutes: 0 },
      { shift_type: 'SUN_OT', start_time: '07:00', end_time: '15:00', break_minutes: 0 },
    ]);
  });

  it('creates the client_config row with the KPIS.md targets', () => {
    insertClientDefaults(database.sqlite, 'C1', { userId: null, now: NOW });
    const [config] = all<Record<string, unknown>>('SELECT * FROM client_config WHERE client_id = ?');
    expect(config).toMatchObject({
      efficiency_target: 85,
      performance_target: 95,
      availability_target: 90,
      oee_target: 85,
      fpy_target: 95,
      ppm_target: 10000,
      dpmo_opportunities_default: 1,
      otd_target: 95,
      absenteeism_target: 3,
      wip_aging_threshold_days: 7,
      wip_critical_threshold_days: 14,
      default_cycle_time_hours: 0.25,
      created_at: NOW,
      version: 1,
    });
    expect(config).toMatchObject(CLIENT_CONFIG_DEFAULTS);
  });

  it('creates the reason and absence lists of fields.csv', () => {
    insertClientDefaults(database.sqlite, 'C1', { userId: null, now: NOW });
    const codes = (table: string) =>
      all<{ code: string }>(`SELECT code FROM ${table} WHERE client_id = ? ORDER BY sort_order`).map(
        (r) => r.code,
      );
    expect(codes('downtime_reason')).toEqual(DEFAULT_DOWNTIME_REASONS.map((r) => r.code));
    expect(codes('hold_reason')).toEqual(DEFAULT_HOLD_REASONS.map((r) => r.code));
    expect(codes('absence_type')).toEqual([
      'UNSCHEDULED_ABSENCE',
      'VACATION',
      'MEDICAL_LEAVE',
      'PERSONAL_DAY',
      'SUSPENDED',
      'OTHER',
    ]);
    expect(DEFAULT_ABSENCE_TYPES).toHaveLength(6);
  });

  it('creates the defect catalogue: fields.csv codes plus the textile_apparel template by default', () => {
    insertClientDefaults(database.sqlite, 'C1', { userId: null, now: NOW });
    const rows = all<{ defect_code: string }>(
      'SELECT defect_code FROM defect_type WHERE client_id = ? ORDER BY sort_order',
    );
    const codes = rows.map((r) => r.defect_code);
    for (const row of DEFECT_TEMPLATES.textile_apparel) expect(codes).toContain(row.defect_code);
    for (const row of INVENTORY_DEFECT_TYPES) expect(codes).toContain(row.defect_code);
    expect(codes).toHaveLength(
      new Set([...DEFECT_TEMPLATES.textile_apparel, ...INVENTORY_DEFECT_TYPES].map((r) => r.defect_code))
        .size,
    );
    expect(codes[0]).toBe('STITCH');
    expect(codes.at(-1)).toBe('OTHER');
  });

  it('uses the chosen industry template', () => {
    insertClientDefaults(database.sqlite, 'C1', { userId: null, now: NOW, defectTemplate: 'electronics' });
    const codes = all<{ defect_code: string }>('SELECT defect_code FROM defect_type WHERE client_id = ?').map(
      (r) => r.defect_code,
    );
    expect(codes).toContain('SOLDER_DEF');
    expect(codes).toContain('STITCHING');
    expect(codes).not.toContain('STITCH');
    expect(codes).toHaveLength(defectCatalogue('electronics').length);
  });

  it('adds nothing when run twice, and keeps what the plant edited', () => {
    const first = insertClientDefaults(database.sqlite, 'C1', { userId: null, now: NOW });
    expect(Object.values(first).every((n) => n > 0)).toBe(true);
    database.sqlite.prepare("UPDATE client_config SET fpy_target = 97 WHERE client_id = 'C1'").run();
    const tables = Object.keys(first);
    const before = tables.map(count);
    const second = insertClientDefaults(database.sqlite, 'C1', { userId: null, now: '2026-04-01T00:00:00Z' });
    expect(second).toEqual({
      shift: 0,
      client_config: 0,
      downtime_reason: 0,
      hold_reason: 0,
      absence_type: 0,
      defect_type: 0,
    });
    expect(tables.map(count)).toEqual(before);
    expect(all('SELECT fpy_target FROM client_config WHERE client_id = ?')).toEqual([{ fpy_target: 97 }]);
  });

  it('refuses a client that does not exist', () => {
    expect(() => insertClientDefaults(database.sqlite, 'NOPE', { userId: null, now: NOW })).toThrow(
      /FOREIGN KEY/,
    );
    expect(count('shift')).toBe(0);
  });
});
