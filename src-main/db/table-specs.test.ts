import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { asRuleCode } from '../../src-shared/contract/rule-codes';
import type { ColumnSpec, RefTarget, TableSpec } from '../../src-shared/tables/column';
import { NOT_DATA_TABLES, SPECLESS_DATA_TABLES } from '../../src-shared/tables/not-data';
import { type DataTableName, TABLE_SPECS } from '../../src-shared/tables/registry';
import { createSchema } from '../../src-shared/tables/to-zod';
import type { Scope } from '../tenancy/scope';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { type Row, ScopedStore } from '../tenancy/scoped-store';
import {
  ADMIN,
  addAbsenceRow,
  CLIENT_A,
  CLIENT_B,
  insertRow,
  NOW,
  seedTwoClients,
  syncValues,
  VALID_ROWS,
} from './db.test-support';
import { type OpenDatabase, openDatabase } from './open';

/**
 * Every table spec against the migrated database: the spec is the app's one description of a
 * table, so a column it forgets is never imported, and a bound it gets wrong is refused by SQLite
 * with a message nobody can act on.
 */

const SYNC = new Set(['created_at', 'updated_at', 'created_by', 'updated_by', 'version', 'deleted_at']);
/** Auth internals of app_user: written by sign-in only, never part of a spec. */
const AUTH_INTERNAL = new Set(['failed_login_count', 'locked_until']);
// Tables without a spec: those that are not plant data (not-data.ts), the plant settings (one row
// behind its own channels, not a table of records) and SQLite's own.
const NOT_DATA = new Set<string>([...NOT_DATA_TABLES, ...SPECLESS_DATA_TABLES, 'sqlite_sequence']);
const ENTRY_TABLES = Object.keys(VALID_ROWS) as (keyof typeof VALID_ROWS)[];
const TABLES = Object.keys(TABLE_SPECS) as DataTableName[];

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

interface ForeignKeyInfo {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string;
}

function specOfTable(table: DataTableName): TableSpec {
  return TABLE_SPECS[table];
}

function tableInfo(sqlite: BetterSqlite3.Database, table: string): ColumnInfo[] {
  return sqlite.pragma(`table_info(${table})`) as ColumnInfo[];
}

function tableSql(sqlite: BetterSqlite3.Database, table: string): string {
  const row = sqlite
    .prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(table);
  if (!row) throw new Error(`no table ${table}`);
  return row.sql;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The column as the DDL writes it in an expression (`timestamp` is a keyword, so it is quoted). */
function ref(column: string): string {
  return `"?\\b${escapeRegExp(column)}\\b"?`;
}

/** Every `CHECK (...)` expression of a CREATE TABLE, with balanced parentheses. */
function checkExpressions(sql: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = sql.indexOf('CHECK (', from);
    if (start < 0) return out;
    let depth = 0;
    let end = start + 'CHECK '.length;
    for (; end < sql.length; end++) {
      if (sql[end] === '(') depth++;
      else if (sql[end] === ')' && --depth === 0) break;
    }
    out.push(sql.slice(start + 'CHECK ('.length, end));
    from = end;
  }
}

/** What the DDL says about one column, read from its CHECK constraints. */
interface DdlFacts {
  enumValues: string[] | null;
  isBool: boolean;
  isDate: boolean;
  isTime: boolean;
  isTimestamp: boolean;
  maxLength: number | null;
  /** Inclusive lower bound (`>=`, BETWEEN) or exclusive one (`>`). */
  min: { value: number; exclusive: boolean } | null;
  max: number | null;
}

function ddlFacts(sql: string, column: string): DdlFacts {
  const c = ref(column);
  const enumMatch = new RegExp(`${c} IN \\(('[^)]*')\\)`).exec(sql);
  const length = new RegExp(`length\\(${c}\\) BETWEEN 1 AND (\\d+)`).exec(sql);
  const between = new RegExp(`${c} BETWEEN (-?[\\d.]+) AND (-?[\\d.]+)`).exec(sql);
  const atLeast = new RegExp(`${c} >= (-?[\\d.]+)\\)`).exec(sql);
  const above = new RegExp(`${c} > (-?[\\d.]+)\\)`).exec(sql);
  let min: DdlFacts['min'] = null;
  if (between) min = { value: Number(between[1]), exclusive: false };
  else if (atLeast) min = { value: Number(atLeast[1]), exclusive: false };
  else if (above) min = { value: Number(above[1]), exclusive: true };
  return {
    enumValues: enumMatch?.[1]
      ? [...enumMatch[1].matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1] ?? '')
      : null,
    isBool: new RegExp(`${c} IN \\(0, 1\\)`).test(sql),
    isDate: new RegExp(`${c} IS date\\(${c}\\)`).test(sql),
    isTime: new RegExp(`\\(${c} GLOB '\\[0-2\\]`).test(sql),
    isTimestamp: new RegExp(`\\(${c} GLOB '\\[0-9\\]\\[0-9\\]\\[0-9\\]\\[0-9\\]-`).test(sql),
    maxLength: length ? Number(length[1]) : null,
    min,
    max: between ? Number(between[2]) : null,
  };
}

/** The CHECKs that compare two or more of the table's columns: each must have a rule. */
function multiColumnChecks(sql: string, columns: readonly string[]): string[] {
  return checkExpressions(sql).filter(
    (check) => columns.filter((name) => new RegExp(ref(name)).test(check)).length >= 2,
  );
}

/** A ref/code column must say what its foreign key says. */
type Expected = { kind: 'code'; list: string } | { kind: 'ref'; targets: RefTarget[] };
const TARGETS_OF_TABLE: Record<string, RefTarget[]> = {
  client: ['client'],
  app_user: ['user'],
  employee: ['employee', 'floating_employee'],
  work_order: ['work_order'],
  job: ['job'],
  quality_entry: ['quality_entry'],
  employee_client_assignment: ['assigned_employee'],
};
const CODE_LISTS = new Set(['downtime_reason', 'hold_reason', 'absence_type', 'defect_type']);

/**
 * For each foreign key, its subject: the column it is about (a composite key's other columns are
 * client_id and, for a job, the work order, which have foreign keys of their own).
 */
function foreignKeySubjects(sqlite: BetterSqlite3.Database, table: string): Map<string, Expected> {
  const keys = sqlite.pragma(`foreign_key_list(${table})`) as ForeignKeyInfo[];
  const groups = new Map<number, ForeignKeyInfo[]>();
  for (const key of keys) groups.set(key.id, [...(groups.get(key.id) ?? []), key]);
  const subjects = new Map<string, Expected>();
  for (const group of groups.values()) {
    const sorted = group.sort((a, b) => a.seq - b.seq);
    const first = sorted[0];
    if (!first) continue;
    const subject = sorted.find((k) => k.from !== 'client_id') ?? first;
    const expected: Expected = CODE_LISTS.has(first.table)
      ? { kind: 'code', list: first.table }
      : { kind: 'ref', targets: TARGETS_OF_TABLE[first.table] ?? [] };
    subjects.set(subject.from, expected);
  }
  return subjects;
}

function describeKind(column: ColumnSpec): string {
  const t = column.type;
  if (t.kind === 'ref') return `ref ${t.target}`;
  if (t.kind === 'code') return `code ${t.list}`;
  return t.kind;
}

describe('table specs against the migrated schema', () => {
  let database: OpenDatabase;
  beforeAll(() => {
    database = openDatabase(':memory:');
  });
  afterAll(async () => {
    await database.close();
  });

  it('has a spec for every data table, filed under its own name', () => {
    const tables = (
      database.sqlite
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all() as { name: string }[]
    )
      .map((r) => r.name)
      .filter((name) => !NOT_DATA.has(name));
    expect([...TABLES].sort()).toEqual(tables);
    for (const table of TABLES) expect(specOfTable(table).table).toBe(table);
  });

  it.each(TABLES)('%s: columns, key and tenant are those of the DDL', (table) => {
    const spec = specOfTable(table);
    const info = tableInfo(database.sqlite, table);
    const ddlColumns = info
      .map((c) => c.name)
      .filter((name) => !SYNC.has(name) && !(table === 'app_user' && AUTH_INTERNAL.has(name)));
    expect(spec.columns.map((c) => c.name)).toEqual(ddlColumns);
    const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    expect(spec.key).toEqual(pk.map((c) => c.name));
    expect(spec.tenant).toBe(info.some((c) => c.name === 'client_id'));
  });

  it.each(TABLES)('%s: each column has the kind, bounds and required flag its DDL implies', (table) => {
    const spec = specOfTable(table);
    const sql = tableSql(database.sqlite, table);
    const info = new Map(tableInfo(database.sqlite, table).map((c) => [c.name, c]));
    const subjects = foreignKeySubjects(database.sqlite, table);
    const problems: string[] = [];
    for (const column of spec.columns) {
      const ddl = info.get(column.name);
      if (!ddl) continue; // reported by the column-set test
      const facts = ddlFacts(sql, column.name);
      const t = column.type;
      const say = (what: string) => problems.push(`${column.name} (${describeKind(column)}): ${what}`);

      const storage = t.kind === 'int' || t.kind === 'bool' ? 'INTEGER' : t.kind === 'real' ? 'REAL' : 'TEXT';
      if (storage !== ddl.type) say(`stored as ${ddl.type}, not ${storage}`);
      if ((t.kind === 'bool') !== facts.isBool) say(`DDL boolean CHECK: ${facts.isBool}`);
      if ((t.kind === 'date') !== facts.isDate) say(`DDL date CHECK: ${facts.isDate}`);
      if ((t.kind === 'time') !== facts.isTime) say(`DDL time CHECK: ${facts.isTime}`);
      if ((t.kind === 'timestamp') !== facts.isTimestamp) say(`DDL timestamp CHECK: ${facts.isTimestamp}`);
      if ((t.kind === 'enum') !== (facts.enumValues !== null)) say(`DDL value list: ${facts.enumValues}`);
      if (t.kind === 'enum' && JSON.stringify(t.values) !== JSON.stringify(facts.enumValues))
        say(`values ${t.values.join(',')} but the table accepts ${facts.enumValues?.join(',')}`);

      const subject = subjects.get(column.name);
      if ((t.kind === 'ref' || t.kind === 'code') && !subject) say('has no foreign key in the DDL');
      if (subject?.kind === 'code' && !(t.kind === 'code' && t.list === subject.list))
        say(`the foreign key names the ${subject.list} list`);
      if (subject?.kind === 'ref' && !(t.kind === 'ref' && subject.targets.includes(t.target)))
        say(`the foreign key allows ${subject.targets.join(' or ')}`);

      if (facts.maxLength !== null) {
        if (t.kind !== 'key' && t.kind !== 'text') say(`DDL limits the length to ${facts.maxLength}`);
        else if (t.max > facts.maxLength) say(`max ${t.max} but the DDL stops at ${facts.maxLength}`);
      } else if (t.kind === 'key') say('a key without the DDL length CHECK');

      if (t.kind === 'int' || t.kind === 'real') {
        const min = facts.min;
        // `> n` is `>= n + 1` for a whole number; a decimal keeps `min: n` and adds a rule (below).
        const expectedMin =
          min === null ? undefined : min.exclusive && t.kind === 'int' ? min.value + 1 : min.value;
        // The spec may be stricter than the DDL (its plausible bounds, specs/bounds.ts), never looser:
        // SQLite's own refusal names no row or field a person could act on.
        if (expectedMin !== undefined && (t.min === undefined || t.min < expectedMin))
          say(`min ${t.min} is looser than the DDL's ${expectedMin}`);
        if (facts.max !== null && (t.max === undefined || t.max > facts.max))
          say(`max ${t.max} is looser than the DDL's ${facts.max}`);
        if (t.kind === 'real' && min?.exclusive) {
          const refused = (spec.rules ?? []).some(
            (rule) => rule({ [column.name]: min.value })?.path === column.name,
          );
          if (!refused) say(`no rule refuses ${min.value} (the DDL wants more than ${min.value})`);
        }
      }

      const mustBeGiven = ddl.notnull === 1 && ddl.dflt_value === null && column.generated === undefined;
      if ((column.required === true) !== mustBeGiven)
        say(`required is ${column.required === true} but NOT NULL=${ddl.notnull}, default=${ddl.dflt_value}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(TABLES)('%s: every multi-column CHECK has a rule', (table) => {
    const spec = specOfTable(table);
    const sql = tableSql(database.sqlite, table);
    const checks = multiColumnChecks(
      sql,
      tableInfo(database.sqlite, table).map((c) => c.name),
    );
    const exclusiveDecimals = spec.columns.filter(
      (c) => c.type.kind === 'real' && ddlFacts(sql, c.name).min?.exclusive === true,
    );
    expect(spec.rules?.length ?? 0, checks.join(' | ')).toBe(checks.length + exclusiveDecimals.length);
  });

  it('reads the enum CHECKs it compares (the parser itself is not blind)', () => {
    const facts = ddlFacts(tableSql(database.sqlite, 'production_entry'), 'shift_type');
    expect(facts.enumValues).toEqual(['SHIFT_1ST', 'SHIFT_2ND', 'SAT_OT', 'SUN_OT', 'OTHER']);
    expect(ddlFacts(tableSql(database.sqlite, 'production_entry'), 'timestamp').isTimestamp).toBe(true);
    expect(ddlFacts(tableSql(database.sqlite, 'downtime_entry'), 'downtime_duration_minutes')).toMatchObject({
      min: { value: 1, exclusive: false },
      max: 1440,
    });
    // units_passed <= units_inspected, and units_passed + units_defective <= units_inspected.
    expect(
      multiColumnChecks(tableSql(database.sqlite, 'quality_entry'), ['units_passed', 'units_inspected']),
    ).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------
// Rows through the schema and the store.

const CLIENT_C = 'CLIENT-C';
const ADMIN_SCOPE: Scope = { userId: ADMIN, username: 'admin', role: 'ADMIN', clients: 'ALL' };

/** A payload as a person would send it: no sync columns and none the workflows own. */
function payloadOf(spec: TableSpec, values: Row): Row {
  const writable = new Set(spec.columns.filter((c) => !c.readOnly && !c.hidden).map((c) => c.name));
  return Object.fromEntries(Object.entries(values).filter(([name]) => writable.has(name)));
}

/** One valid new row per table, on top of `seedTwoClients` (plus CLIENT-C, which has no settings yet). */
const BASE_ROWS: { readonly [T in DataTableName]: () => Row } = {
  client: () => ({ client_id: 'CLIENT-D', client_name: 'Client D', client_type: 'PIECE_RATE' }),
  app_user: () => ({ user_id: 'U-ANA', username: 'ana', role: 'LEADER', full_name: 'Ana Ruiz' }),
  user_client_access: () => ({ user_id: ADMIN, client_id: CLIENT_A }),
  employee: () => ({ employee_id: 'E-C', employee_name: 'Emp C', hourly_rate: 15.5 }),
  employee_client_assignment: () => ({ employee_id: 'E-A', client_id: CLIENT_B }),
  floating_pool: () => ({
    floating_pool_id: 'F-1-20260302',
    employee_id: 'F-1',
    status: 'ASSIGNED',
    assigned_to_client: CLIENT_A,
  }),
  client_config: () => ({ client_id: CLIENT_C, oee_target: 80, wip_aging_threshold_days: 5 }),
  shift: () => ({
    client_id: CLIENT_A,
    shift_type: 'OTHER',
    start_time: '06:00',
    end_time: '14:00',
    break_minutes: 30,
  }),
  product: () => ({ client_id: CLIENT_A, style_model: 'ROPER-BOOT', ideal_cycle_time: 0.25 }),
  defect_type: () => ({
    client_id: CLIENT_A,
    defect_code: 'ZZ_GLUE',
    defect_name: 'Glue stain',
    severity_default: 'MINOR',
  }),
  downtime_reason: () => ({ client_id: CLIENT_A, code: 'ZZ_POWER', label: 'Power cut' }),
  hold_reason: () => ({ client_id: CLIENT_A, code: 'ZZ_AUDIT', label: 'Customer audit' }),
  absence_type: () => ({ client_id: CLIENT_A, code: 'ZZ_JURY', label: 'Jury duty' }),
  work_order: () => ({
    work_order_id: 'WO-NEW',
    client_id: CLIENT_A,
    planned_quantity: 10,
    ideal_cycle_time: 0.5,
  }),
  job: () => ({ job_id: 'J-NEW', work_order_id: 'WO-A', client_id: CLIENT_A, quantity_ordered: 10 }),
  part_opportunities: () => ({ client_id: CLIENT_A, part_number: 'P-1', opportunities_per_unit: 47 }),
  production_entry: () => VALID_ROWS.production_entry(),
  downtime_entry: () => VALID_ROWS.downtime_entry(),
  hold_entry: () => VALID_ROWS.hold_entry(),
  attendance_entry: () => VALID_ROWS.attendance_entry(),
  coverage_entry: () => VALID_ROWS.coverage_entry(),
  quality_entry: () => VALID_ROWS.quality_entry(),
  defect_detail: () => VALID_ROWS.defect_detail(),
};

/** A row that breaks one CHECK: the rule must say so first, and SQLite must agree it is bad. */
interface RuleCase {
  table: DataTableName;
  /** Columns changed; `undefined` removes the column (so the DDL default applies). */
  change: Row;
  path: string;
  message: string;
  setup?: (sqlite: BetterSqlite3.Database) => void;
}

const RULE_CASES: RuleCase[] = [
  {
    table: 'production_entry',
    change: { units_produced: 10, units_defective: 11 },
    path: 'units_defective',
    message: 'units defective must not exceed units produced',
  },
  {
    table: 'production_entry',
    change: { employees_assigned: 10, employees_present: 11 },
    path: 'employees_present',
    message: 'employees present must not exceed employees assigned',
  },
  {
    table: 'hold_entry',
    change: { hold_date: '2026-03-04', resume_date: '2026-03-03' },
    path: 'resume_date',
    message: 'resume date must not be before the hold date',
  },
  {
    table: 'hold_entry',
    change: { hold_date: '2026-03-04', hold_time: '14:30', resume_date: '2026-03-04', resume_time: '09:00' },
    path: 'resume_time',
    message: 'resume time must not be before the hold time when the hold ends on the day it began',
  },
  {
    table: 'attendance_entry',
    change: { scheduled_hours: 8, absence_hours: 9 },
    path: 'absence_hours',
    message: 'absence hours must not exceed scheduled hours',
  },
  {
    table: 'attendance_entry',
    change: { covered_by_floating_employee_id: 'E-A' },
    path: 'covered_by_floating_employee_id',
    message: 'an employee cannot cover their own absence',
  },
  {
    table: 'coverage_entry',
    change: { absent_employee_id: 'F-1', floating_employee_id: 'F-1' },
    path: 'floating_employee_id',
    message: 'the floating employee must be someone other than the absent employee',
    // The absent side must be assigned to the client, or SQLite reports the key instead of the CHECK.
    setup: (sqlite) =>
      insertRow(sqlite, 'employee_client_assignment', {
        employee_id: 'F-1',
        client_id: CLIENT_A,
        ...syncValues(),
      }),
  },
  {
    table: 'quality_entry',
    change: { units_inspected: 100, units_passed: 101, units_defective: 0, total_defects_count: 0 },
    path: 'units_passed',
    message: 'units passed must not exceed units inspected',
  },
  {
    table: 'quality_entry',
    change: { units_inspected: 10, units_passed: 0, units_defective: 11, total_defects_count: 11 },
    path: 'units_defective',
    message: 'units defective must not exceed units inspected',
  },
  {
    table: 'quality_entry',
    change: { units_inspected: 100, units_passed: 60, units_defective: 50, total_defects_count: 50 },
    path: 'units_passed',
    message: 'units passed plus units defective must not exceed units inspected',
  },
  {
    table: 'quality_entry',
    change: { units_requiring_rework: 101 },
    path: 'units_requiring_rework',
    message: 'units requiring rework must not exceed units inspected',
  },
  {
    table: 'quality_entry',
    change: { units_requiring_repair: 101 },
    path: 'units_requiring_repair',
    message: 'units requiring repair must not exceed units inspected',
  },
  {
    table: 'quality_entry',
    change: { units_defective: 12, total_defects_count: 11 },
    path: 'total_defects_count',
    message: 'total defects must be at least units defective (each defective unit has a defect)',
  },
  {
    table: 'floating_pool',
    change: { status: 'AVAILABLE' },
    path: 'assigned_to_client',
    message:
      'an AVAILABLE floating employee has no client: leave the client blank or set the status to ASSIGNED',
  },
  {
    // A blank status is AVAILABLE on insert (the column's default).
    table: 'floating_pool',
    change: { status: undefined },
    path: 'assigned_to_client',
    message:
      'an AVAILABLE floating employee has no client: leave the client blank or set the status to ASSIGNED',
  },
  {
    table: 'client_config',
    change: { wip_aging_threshold_days: 10, wip_critical_threshold_days: 9 },
    path: 'wip_critical_threshold_days',
    message: 'WIP critical days must be at least the WIP aging days',
  },
  {
    table: 'client_config',
    change: { default_cycle_time_hours: 0 },
    path: 'default_cycle_time_hours',
    message: 'default cycle time must be more than 0 hours',
  },
  {
    table: 'shift',
    change: { start_time: '06:00', end_time: '06:00', break_minutes: 0 },
    path: 'end_time',
    message: 'the shift must end at a different time than it starts',
  },
  {
    // Crosses midnight: 22:00-06:00 is 480 minutes.
    table: 'shift',
    change: { start_time: '22:00', end_time: '06:00', break_minutes: 480 },
    path: 'break_minutes',
    message: 'the break must be shorter than the shift (480 minutes)',
  },
  {
    table: 'work_order',
    change: { ideal_cycle_time: 0 },
    path: 'ideal_cycle_time',
    message: 'ideal cycle time must be more than 0 hours',
  },
  {
    table: 'product',
    change: { ideal_cycle_time: 0 },
    path: 'ideal_cycle_time',
    message: 'ideal cycle time must be more than 0 hours',
  },
];

function withChange(base: Row, change: Row): Row {
  return Object.fromEntries(Object.entries({ ...base, ...change }).filter(([, v]) => v !== undefined));
}

/** The rules' issues as field and English message; each must also carry a rule code the catalogues word. */
function issuesOf(spec: TableSpec, row: Row): { path: string; message: string }[] {
  return (spec.rules ?? []).flatMap((rule) => {
    const issue = rule(row);
    if (!issue) return [];
    expect(asRuleCode(issue.code), issue.message).toBe(issue.code);
    return [{ path: issue.path, message: issue.message }];
  });
}

describe('rows through createSchema and the scoped store', () => {
  let database: OpenDatabase;
  let sqlite: BetterSqlite3.Database;
  beforeEach(() => {
    database = openDatabase(':memory:');
    sqlite = database.sqlite;
    seedTwoClients(sqlite);
    // A client without its settings yet, so client_config can be created.
    insertRow(sqlite, 'client', { client_id: CLIENT_C, client_name: 'Client C', ...syncValues() });
    // The absence the base coverage row covers (a coverage needs its absence recorded).
    addAbsenceRow(sqlite, 'E-A', CLIENT_A, '2026-03-02');
  });
  afterEach(async () => {
    await database.close();
  });

  const count = (table: string): number =>
    (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  function stored(spec: TableSpec, key: Row): Row | undefined {
    const where = spec.key.map((k) => `${k} = ?`).join(' AND ');
    return sqlite.prepare(`SELECT * FROM ${spec.table} WHERE ${where}`).get(...spec.key.map((k) => key[k])) as
      | Row
      | undefined;
  }

  function createsAsGiven(table: DataTableName): void {
    const spec = specOfTable(table);
    const parsed = createSchema(spec).safeParse(payloadOf(spec, BASE_ROWS[table]()));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const values = parsed.data ?? {};
    const before = count('audit_log');
    const created = new ScopedStore(sqlite, SYSTEM_SCOPE, () => NOW).create(spec, values);
    const row = stored(spec, created);
    expect(row).toBeDefined();
    expect(row).toMatchObject(values);
    expect(row).toMatchObject({ version: 1, created_at: NOW, deleted_at: null });
    expect(count('audit_log')).toBe(before + 1);
  }

  function generatesBlanks(table: DataTableName): void {
    const spec = specOfTable(table);
    const keyColumn = spec.key[0] ?? '';
    const blanks = Object.fromEntries(
      spec.columns.filter((c) => c.generated !== undefined).map((c) => [c.name, '']),
    );
    const parsed = createSchema(spec).parse(payloadOf(spec, { ...BASE_ROWS[table](), ...blanks }));
    const created = new ScopedStore(sqlite, ADMIN_SCOPE, () => NOW).create(spec, parsed);
    expect(String(created[keyColumn])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    for (const column of spec.columns) {
      if (column.generated === 'current_user') expect(created[column.name], column.name).toBe(ADMIN);
      if (column.generated === 'now') expect(created[column.name], column.name).toBe(NOW);
    }
  }

  it.each(TABLES)('%s: a valid row passes createSchema and the store stores it as given', createsAsGiven);
  it.each(ENTRY_TABLES)('%s: a blank id, recorder and recorded time are generated', generatesBlanks);

  it('covers every rule of every spec with a case below', () => {
    for (const table of TABLES) {
      const spec = specOfTable(table);
      const cases = RULE_CASES.filter((c) => c.table === table);
      for (const [index, rule] of (spec.rules ?? []).entries()) {
        const hit = cases.some((c) => rule(withChange(BASE_ROWS[table](), c.change)) !== null);
        expect(hit, `${table} rule #${index}`).toBe(true);
      }
    }
  });

  it.each(RULE_CASES.map((c) => [`${c.table}: ${c.path} (${c.message})`, c] as const))(
    '%s',
    (_name, ruleCase) => {
      const spec = specOfTable(ruleCase.table);
      ruleCase.setup?.(sqlite);
      const row = withChange(BASE_ROWS[ruleCase.table](), ruleCase.change);
      const expected = { path: ruleCase.path, message: ruleCase.message };

      // The rule alone, and no other rule, blames the field.
      expect(issuesOf(spec, row)).toEqual([expected]);

      // The schema lets it through (a rule spans fields); the store refuses it and writes nothing.
      const payload = createSchema(spec).parse(payloadOf(spec, row));
      const rows = count(ruleCase.table);
      const audits = count('audit_log');
      let caught: unknown;
      try {
        new ScopedStore(sqlite, SYSTEM_SCOPE, () => NOW).create(spec, payload);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect(caught).toMatchObject({ code: 'VALIDATION', issues: [expected] });
      expect(count(ruleCase.table)).toBe(rows);
      expect(count('audit_log')).toBe(audits);

      // SQLite itself refuses the same row: the rule mirrors a real CHECK, not an invented one.
      expect(() =>
        insertRow(sqlite, ruleCase.table, {
          ...(row as Record<string, string | number | null>),
          ...syncValues(),
        }),
      ).toThrow(/CHECK constraint failed/);
    },
  );

  it.each([
    'shift',
    'client_config',
    'downtime_reason',
    'hold_reason',
    'absence_type',
    'defect_type',
  ] as const)(
    '%s: every default row a new client gets is valid under the spec (so an export re-imports)',
    (table) => {
      const spec = specOfTable(table);
      const rows = sqlite.prepare(`SELECT * FROM ${table} WHERE client_id = ?`).all(CLIENT_A) as Row[];
      expect(rows.length).toBeGreaterThan(0);
      const schema = createSchema(spec);
      for (const row of rows) {
        const parsed = schema.safeParse(payloadOf(spec, row));
        expect(parsed.error?.issues ?? [], JSON.stringify(row)).toEqual([]);
        expect(issuesOf(spec, row)).toEqual([]);
      }
    },
  );

  // A blank cell in a NOT NULL column with a database default (is_resolved, status, …) keeps the default.
  it('a blank in a column with a database default keeps the default', () => {
    const spec = specOfTable('downtime_entry');
    const payload = createSchema(spec).parse(
      payloadOf(spec, { ...BASE_ROWS.downtime_entry(), is_resolved: '' }),
    );
    const created = new ScopedStore(sqlite, SYSTEM_SCOPE, () => NOW).create(spec, payload);
    expect(created.is_resolved).toBe(1);
  });
});
