import { describe, expect, it } from 'vitest';
import type { ColumnSpec, TableSpec } from './column';
import { type DataTableName, isDataTable, specOf, TABLE_SPECS } from './registry';

/**
 * What every table spec must be on its own, without a database (src-main/db/table-specs.test.ts
 * compares them with the migrated schema): consistent flags, usable words, rules that skip blanks.
 */

const SPECS = Object.entries(TABLE_SPECS) as [DataTableName, TableSpec][];
const ENTRY_TABLES: readonly DataTableName[] = [
  'production_entry',
  'downtime_entry',
  'hold_entry',
  'attendance_entry',
  'coverage_entry',
  'quality_entry',
  'defect_detail',
];

function column(spec: TableSpec, name: string): ColumnSpec | undefined {
  return spec.columns.find((c) => c.name === name);
}

describe('registry', () => {
  it('files every spec under its own table name', () => {
    for (const [table, spec] of SPECS) expect(spec.table).toBe(table);
    expect(SPECS).toHaveLength(23);
  });

  it('finds a spec by a name given at run time, and nothing for other names', () => {
    expect(specOf('production_entry')).toBe(TABLE_SPECS.production_entry);
    for (const name of ['audit_log', 'schema_migration', 'constructor', 'toString', '__proto__', '']) {
      expect(specOf(name), name).toBeUndefined();
      expect(isDataTable(name), name).toBe(false);
    }
  });
});

describe.each(SPECS)('%s spec', (table, spec) => {
  it('names each column once, labels it in a few words and keys the table by its own columns', () => {
    const names = spec.columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of spec.columns) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(c.label.length, c.name).toBeGreaterThan(0);
      expect(c.label.length, c.name).toBeLessThanOrEqual(30);
      expect(c.label, c.name).not.toMatch(/_/);
    }
    expect(spec.key.length).toBeGreaterThan(0);
    for (const k of spec.key) expect(names).toContain(k);
    expect(spec.noun).toMatch(/^[a-z][a-z ]*$/);
  });

  it('is a tenant table exactly when it has a client_id, which is then a required client reference', () => {
    const clientId = column(spec, 'client_id');
    expect(spec.tenant).toBe(clientId !== undefined);
    if (clientId) {
      // The client table's own id is the tenant key itself, typed by people.
      if (table !== 'client') expect(clientId.type).toEqual({ kind: 'ref', target: 'client' });
      expect(clientId.required).toBe(true);
    }
  });

  it('keeps its flags consistent: keys given or generated, nothing both required and read-only', () => {
    for (const k of spec.key) {
      const c = column(spec, k);
      expect(c?.required === true || c?.generated !== undefined, k).toBe(true);
    }
    for (const c of spec.columns) {
      if (c.readOnly || c.hidden) expect(c.required, c.name).toBeFalsy();
      if (c.required) expect(c.generated, c.name).toBeUndefined();
      if (c.generated === 'uuid') expect(c.type.kind, c.name).toBe('key');
      if (c.generated === 'current_user') expect(c.type, c.name).toEqual({ kind: 'ref', target: 'user' });
      if (c.generated === 'now') expect(c.type.kind, c.name).toBe('timestamp');
      if (c.type.kind === 'enum') expect(c.type.values.length, c.name).toBeGreaterThan(0);
      if (c.type.kind === 'int' || c.type.kind === 'real') {
        const { min, max } = c.type;
        if (min !== undefined && max !== undefined) expect(min, c.name).toBeLessThan(max);
      }
    }
  });

  it('filters by a required date column, when it has one', () => {
    if (spec.dateColumn === undefined) return;
    const c = column(spec, spec.dateColumn);
    expect(c?.type.kind).toBe('date');
    expect(c?.required).toBe(true);
  });

  it('skips its rules when the values they compare are not recorded', () => {
    const blanks = Object.fromEntries(spec.columns.map((c) => [c.name, null]));
    for (const rule of spec.rules ?? []) {
      expect(rule({})).toBeNull();
      expect(rule(blanks)).toBeNull();
    }
  });
});

describe('entries', () => {
  it.each(ENTRY_TABLES)(
    '%s: generated id, a date to filter on, and people cannot verify or approve',
    (table) => {
      const spec = TABLE_SPECS[table];
      const id = column(spec, spec.key[0] ?? '');
      expect(spec.key).toHaveLength(1);
      expect(id?.generated).toBe('uuid');
      if (table !== 'defect_detail')
        expect(spec.dateColumn).toBe(table === 'hold_entry' ? 'hold_date' : 'shift_date');
      for (const c of spec.columns) {
        if (/verified|approved|coverage_confirmed|hold_status|total_hold_duration/.test(c.name))
          expect(c.readOnly, `${table}.${c.name}`).toBe(true);
        if (/^(recorded_by_user_id|reported_by_user_id|data_collector_id)$/.test(c.name))
          expect(c.generated, `${table}.${c.name}`).toBe('current_user');
        if (/^(recorded_at|reported_at)$/.test(c.name)) expect(c.generated, `${table}.${c.name}`).toBe('now');
      }
    },
  );

  it('checks floating and assigned employees as the DDL does', () => {
    const target = (table: DataTableName, name: string) => {
      const type = column(TABLE_SPECS[table], name)?.type;
      return type?.kind === 'ref' ? type.target : undefined;
    };
    expect(target('attendance_entry', 'employee_id')).toBe('assigned_employee');
    expect(target('coverage_entry', 'absent_employee_id')).toBe('assigned_employee');
    expect(target('coverage_entry', 'floating_employee_id')).toBe('floating_employee');
    expect(target('attendance_entry', 'covered_by_floating_employee_id')).toBe('floating_employee');
    expect(target('floating_pool', 'employee_id')).toBe('floating_employee');
  });

  it('hides the password hash and keeps sign-in internals out of the user spec', () => {
    const user = TABLE_SPECS.app_user;
    expect(column(user, 'password_hash')?.hidden).toBe(true);
    expect(column(user, 'failed_login_count')).toBeUndefined();
    expect(column(user, 'locked_until')).toBeUndefined();
  });
});
