import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { CRUD_DOMAINS, type CrudDomain } from '../../src-shared/contract/domains';
import type { Result } from '../../src-shared/contract/index';
import type { Role } from '../../src-shared/domain/roles';
import { BREAKDOWN_KINDS } from '../../src-shared/kpi/dashboard';
import { DIMENSIONS } from '../../src-shared/kpi/dimensions';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { type Core, createCore } from '../core';
import { writeBackup } from '../db/backups/write-backup';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import type { Session } from '../session';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

/**
 * The world of the role-walk test (role-walk.test.ts): three clients A, B and C with a row of every
 * table each, users of every role signed in through `auth.login`, and for every channel a builder
 * of valid payloads aimed at one client. Built once through `createCore`; every case runs on a
 * copy of it, so a call that writes never disturbs the next one.
 */

export type Site = 'A' | 'B' | 'C';
export const SITES: readonly Site[] = ['A', 'B', 'C'];
export const CLIENT_C = 'CLIENT-C';
export const CLIENT_OF: Readonly<Record<Site, string>> = { A: CLIENT_A, B: CLIENT_B, C: CLIENT_C };

export type ActorName = 'ADMIN' | 'POWERUSER' | 'LEADER' | 'LEADER_AC' | 'OPERATOR';

/** A signed-in user the walk calls every channel as. `sites` is 'ALL' for ADMIN and POWERUSER. */
export interface Actor {
  name: ActorName;
  userId: string;
  username: string;
  role: Role;
  sites: 'ALL' | readonly Site[];
}

const PASSWORD = 'Role-walk-2026';

export const ACTORS: readonly Actor[] = [
  { name: 'ADMIN', userId: 'U-ADM', username: 'rw.admin', role: 'ADMIN', sites: 'ALL' },
  { name: 'POWERUSER', userId: 'U-PWR', username: 'rw.power', role: 'POWERUSER', sites: 'ALL' },
  { name: 'LEADER', userId: 'U-LDA', username: 'rw.leada', role: 'LEADER', sites: ['A'] },
  { name: 'LEADER_AC', userId: 'U-LDAC', username: 'rw.leadac', role: 'LEADER', sites: ['A', 'C'] },
  { name: 'OPERATOR', userId: 'U-OPA', username: 'rw.opa', role: 'OPERATOR', sites: ['A'] },
];

/**
 * Users who are not actors: the operators of B and C (whose rows are "entered by them"), B's
 * leader, and a leader of every client (whose access rows the userAccess cases change: taking one
 * of three clients keeps the role's client rule, which taking an operator's only client would not).
 */
const OTHER_USERS = [
  { userId: 'U-OPB', username: 'rw.opb', fullName: 'Bravo Operator', role: 'OPERATOR', sites: ['B'] },
  { userId: 'U-OPC', username: 'rw.opc', fullName: 'Charlie Operator', role: 'OPERATOR', sites: ['C'] },
  { userId: 'U-LDB', username: 'rw.leadb', fullName: 'Bravo Leader', role: 'LEADER', sites: ['B'] },
  { userId: 'U-LDX', username: 'rw.leadx', fullName: 'Every Leader', role: 'LEADER', sites: ['A', 'B', 'C'] },
] as const;

export const OPERATOR_OF: Readonly<Record<Site, string>> = { A: 'U-OPA', B: 'U-OPB', C: 'U-OPC' };

export function clientsOf(actor: Actor): 'ALL' | ReadonlySet<string> {
  return actor.sites === 'ALL' ? 'ALL' : new Set(actor.sites.map((s) => CLIENT_OF[s]));
}

/**
 * How a case aims: at one site's rows (`plain`), at rows that site's operator entered (`own`), at
 * the caller's own user (`self`), at everything (`all`, lists without a client filter), or (`noop`)
 * at a call that turns out to have nothing to write.
 */
export type VariantTag = 'plain' | 'own' | 'self' | 'all' | 'noop';
export interface Variant {
  site: Site | null;
  tag: VariantTag;
  /** A channel-specific choice, e.g. the breakdown kind of `kpi.breakdown`. */
  option?: string;
}

export function variantLabel(v: Variant): string {
  const base = v.tag === 'plain' ? (v.site ?? '-') : `${v.site ?? '-'}/${v.tag}`;
  return v.option ? `${base}/${v.option}` : base;
}

/** One call to make: the payload, the client it aims at (null: none), and set-up to run first. */
export interface Call {
  payload: unknown;
  client: string | null;
  /** Runs on the case's database before the snapshot (e.g. removes the row a create would add). */
  arrange?: (sqlite: BetterSqlite3.Database) => void;
}

export interface BuildContext {
  sqlite: BetterSqlite3.Database;
  actor: Actor | null;
  /** A new unique number for ids of rows a call creates. */
  fresh(): number;
}

export interface ChannelFixture {
  variants: readonly Variant[];
  build(ctx: BuildContext, variant: Variant): Call;
}

// ---------------------------------------------------------------------------------------------
// Per-table payloads of the CRUD channels.

type Values = Record<string, unknown>;

interface TableFixture {
  /** The existing row of a site that get/update/delete aim at (entered by an administrator). */
  key(site: Site): Values;
  /** The row of the same table the site's operator entered, when the table has one. */
  ownKey?(site: Site): Values;
  /** A valid new row of a site. */
  create(site: Site, n: number): Values;
  /** The client a create aims at: the row's client unless the table has none. */
  createClient?(site: Site): string | null;
  /** Valid changes for an update. */
  changes: Values;
  /** For a table without client_id: how a list asks for one site's rows. */
  listFilter?(site: Site): Values;
  /** The client whose row `key` names, for a table without client_id (null: no client's). */
  rowClient?(site: Site): string | null;
  /** Runs before a create, e.g. to free the one-per-client key. */
  arrangeCreate?(sqlite: BetterSqlite3.Database, site: Site): void;
}

const c = (site: Site) => CLIENT_OF[site];

/** A one-row production CSV for a site's client and work order. */
const csvFor = (site: Site) =>
  `client_id,work_order_id,shift_date,shift_type,units_produced\n${CLIENT_OF[site]},WO-${site},2026-02-17,SHIFT_1ST,50\n`;

function codeList(prefix: string): TableFixture {
  return {
    key: (s) => ({ client_id: c(s), code: `${prefix}_${s}` }),
    create: (s, n) => ({ client_id: c(s), code: `RWN_${n}`, label: `New code ${n}` }),
    changes: { label: 'Changed label' },
  };
}

const TABLES: Readonly<Record<CrudDomain, TableFixture>> = {
  clients: {
    key: (s) => ({ client_id: c(s) }),
    create: (_s, n) => ({ client_id: `RWNEW-${n}`, client_name: `New client ${n}` }),
    createClient: () => null,
    changes: { location: 'Hall 9' },
  },
  clientSettings: {
    key: (s) => ({ client_id: c(s) }),
    create: (s) => ({ client_id: c(s), oee_target: 80 }),
    changes: { oee_target: 81 },
    // One row per client, made with the client: free the key so the create can succeed.
    arrangeCreate: (sqlite, s) => {
      sqlite.prepare('DELETE FROM client_config WHERE client_id = ?').run(c(s));
    },
  },
  shifts: {
    key: (s) => ({ client_id: c(s), shift_type: 'SHIFT_1ST' }),
    // OTHER has no calendar row by default.
    create: (s) => ({
      client_id: c(s),
      shift_type: 'OTHER',
      start_time: '08:00',
      end_time: '16:00',
      break_minutes: 30,
    }),
    changes: { break_minutes: 45 },
  },
  products: {
    key: (s) => ({ client_id: c(s), style_model: `STYLE-${s}` }),
    create: (s, n) => ({ client_id: c(s), style_model: `STN-${n}`, description: 'New style' }),
    changes: { description: 'Changed style' },
  },
  partOpportunities: {
    key: (s) => ({ client_id: c(s), part_number: `PART-${s}` }),
    create: (s, n) => ({ client_id: c(s), part_number: `PN-${n}`, opportunities_per_unit: 4 }),
    changes: { notes: 'Changed part' },
  },
  defectTypes: {
    key: (s) => ({ client_id: c(s), defect_code: `RWDEF_${s}` }),
    create: (s, n) => ({ client_id: c(s), defect_code: `RWN_${n}`, defect_name: `New defect ${n}` }),
    changes: { description: 'Changed defect' },
  },
  downtimeReasons: codeList('RWDT'),
  holdReasons: codeList('RWHOLD'),
  absenceTypes: codeList('RWABS'),
  users: {
    key: (s) => ({ user_id: OPERATOR_OF[s] }),
    // users.create is the admin channel (adminChannels), built below; never called with this.
    create: () => ({}),
    changes: { full_name: 'Changed name' },
    listFilter: (s) => ({ equals: { user_id: OPERATOR_OF[s] } }),
    rowClient: () => null,
  },
  userAccess: {
    key: (s) => ({ user_id: 'U-LDX', client_id: c(s) }),
    // A user who has no access to that client yet.
    create: (s) => ({ user_id: s === 'B' ? 'U-LDA' : 'U-LDB', client_id: c(s) }),
    changes: {},
  },
  employees: {
    key: (s) => ({ employee_id: `E-${s}` }),
    create: (_s, n) => ({ employee_id: `EMPN-${n}`, employee_name: `New employee ${n}` }),
    createClient: () => null,
    changes: { department: 'Cutting' },
    listFilter: (s) => ({ equals: { employee_id: `E-${s}` } }),
    rowClient: (s) => c(s),
  },
  employeeAssignments: {
    key: (s) => ({ employee_id: `E-${s}`, client_id: c(s) }),
    create: (s) => ({ employee_id: 'E-FREE', client_id: c(s) }),
    changes: {},
  },
  floatingPool: {
    key: (s) => ({ floating_pool_id: `FP-${s}` }),
    create: (s, n) => ({
      floating_pool_id: `FPN-${n}`,
      employee_id: 'F-1',
      status: 'ASSIGNED',
      assigned_to_client: c(s),
    }),
    changes: { notes: 'Changed pool note' },
    listFilter: (s) => ({ equals: { assigned_to_client: c(s) } }),
    rowClient: (s) => c(s),
  },
  workOrders: {
    key: (s) => ({ work_order_id: `WO-${s}` }),
    create: (s, n) => ({ work_order_id: `WON-${n}`, client_id: c(s), planned_quantity: 100 }),
    changes: { notes: 'Changed order' },
  },
  jobs: {
    key: (s) => ({ job_id: `J-${s}` }),
    create: (s, n) => ({
      job_id: `JN-${n}`,
      work_order_id: `WO-${s}`,
      client_id: c(s),
      quantity_ordered: 10,
    }),
    changes: { notes: 'Changed job' },
  },
  production: {
    key: (s) => ({ production_entry_id: `PE-${s}` }),
    ownKey: (s) => ({ production_entry_id: `PE-${s}-OP` }),
    create: (s, n) => ({
      production_entry_id: `PEN-${n}`,
      work_order_id: `WO-${s}`,
      client_id: c(s),
      shift_date: '2026-03-06',
      shift_type: 'SHIFT_1ST',
      units_produced: 10,
    }),
    changes: { notes: 'Changed production' },
  },
  downtime: {
    key: (s) => ({ downtime_entry_id: `DT-${s}` }),
    ownKey: (s) => ({ downtime_entry_id: `DT-${s}-OP` }),
    create: (s, n) => ({
      downtime_entry_id: `DTN-${n}`,
      work_order_id: `WO-${s}`,
      client_id: c(s),
      shift_date: '2026-03-06',
      downtime_reason: 'EQUIPMENT_FAILURE',
      downtime_duration_minutes: 15,
    }),
    changes: { resolution_notes: 'Changed downtime' },
  },
  holds: {
    key: (s) => ({ hold_entry_id: `H-${s}-PEND` }),
    ownKey: (s) => ({ hold_entry_id: `H-${s}-OP` }),
    create: (s, n) => ({
      hold_entry_id: `HN-${n}`,
      work_order_id: `WO-${s}`,
      client_id: c(s),
      hold_date: '2026-03-06',
      hold_reason: 'QUALITY_ISSUE',
    }),
    changes: { hold_notes: 'Changed hold' },
  },
  attendance: {
    key: (s) => ({ attendance_entry_id: `AT-${s}` }),
    ownKey: (s) => ({ attendance_entry_id: `AT-${s}-OP` }),
    create: (s, n) => ({
      attendance_entry_id: `ATN-${n}`,
      employee_id: `E-${s}`,
      client_id: c(s),
      shift_date: '2026-03-07',
      shift_type: 'SHIFT_1ST',
      scheduled_hours: 8,
      actual_hours: 8,
      is_absent: 0,
    }),
    changes: { notes: 'Changed attendance' },
  },
  coverage: {
    key: (s) => ({ coverage_entry_id: `CV-${s}` }),
    ownKey: (s) => ({ coverage_entry_id: `CV-${s}-OP` }),
    create: (s, n) => ({
      coverage_entry_id: `CVN-${n}`,
      absent_employee_id: `E-${s}`,
      floating_employee_id: 'F-1',
      client_id: c(s),
      shift_date: '2026-03-21',
      shift_type: 'SHIFT_1ST',
    }),
    changes: { notes: 'Changed coverage' },
  },
  quality: {
    key: (s) => ({ quality_entry_id: `Q-${s}` }),
    ownKey: (s) => ({ quality_entry_id: `Q-${s}-OP` }),
    create: (s, n) => ({
      quality_entry_id: `QN-${n}`,
      work_order_id: `WO-${s}`,
      client_id: c(s),
      shift_date: '2026-03-06',
      units_inspected: 10,
      units_passed: 10,
    }),
    changes: { notes: 'Changed inspection' },
  },
  defects: {
    key: (s) => ({ defect_detail_id: `DD-${s}` }),
    ownKey: (s) => ({ defect_detail_id: `DD-${s}-OP` }),
    create: (s, n) => ({
      defect_detail_id: `DDN-${n}`,
      quality_entry_id: `Q-${s}`,
      client_id: c(s),
      defect_description: 'New defect',
    }),
    changes: { defect_description: 'Changed defect' },
  },
};

/** The current version of a row (each case reads it, since allowed writes of earlier cases are undone). */
export function versionOf(sqlite: BetterSqlite3.Database, table: string, key: Values): number {
  const names = Object.keys(key);
  const row = sqlite
    .prepare(`SELECT version FROM ${table} WHERE ${names.map((n) => `${n} = ?`).join(' AND ')}`)
    .get(...names.map((n) => key[n])) as { version: number } | undefined;
  if (!row) throw new Error(`fixture has no ${table} row ${JSON.stringify(key)}`);
  return row.version;
}

const PLAIN: readonly Variant[] = SITES.map((site) => ({ site, tag: 'plain' }));
const ONLY: readonly Variant[] = [{ site: null, tag: 'plain' }];

function crudFixtures(domain: CrudDomain): Record<string, ChannelFixture> {
  const table = CRUD_DOMAINS[domain];
  const spec = TABLE_SPECS[table];
  const t = TABLES[domain];
  const site = (v: Variant): Site => v.site ?? 'A';
  const keyOf = (ctx: BuildContext, v: Variant): Values => {
    if (v.tag === 'self') return { user_id: ctx.actor?.userId ?? 'U-ADM' };
    if (v.tag === 'own' && t.ownKey) return t.ownKey(site(v));
    return t.key(site(v));
  };
  const rowClient = (v: Variant): string | null => {
    if (v.tag === 'self') return null;
    return spec.tenant ? c(site(v)) : (t.rowClient?.(site(v)) ?? null);
  };
  const byKey: Variant[] = [...PLAIN];
  if (t.ownKey) byKey.push({ site: 'A', tag: 'own' });
  if (domain === 'users') byKey.push({ site: null, tag: 'self' });
  return {
    [`${domain}.list`]: {
      variants: [...PLAIN, { site: null, tag: 'all' }],
      build: (_ctx, v) => {
        if (v.tag === 'all' || !v.site) return { payload: {}, client: null };
        if (spec.tenant) return { payload: { clientIds: [c(v.site)] }, client: c(v.site) };
        // A table without client_id has no client filter: ask for the site's rows by field.
        return { payload: t.listFilter?.(v.site) ?? {}, client: null };
      },
    },
    [`${domain}.get`]: {
      variants: byKey,
      build: (ctx, v) => ({ payload: keyOf(ctx, v), client: rowClient(v) }),
    },
    [`${domain}.create`]: {
      variants: PLAIN,
      build: (ctx, v) => {
        const s = site(v);
        const arrange = t.arrangeCreate;
        return {
          payload: t.create(s, ctx.fresh()),
          client: t.createClient ? t.createClient(s) : c(s),
          ...(arrange ? { arrange: (sqlite: BetterSqlite3.Database) => arrange(sqlite, s) } : {}),
        };
      },
    },
    [`${domain}.update`]: {
      variants: byKey,
      build: (ctx, v) => {
        const key = keyOf(ctx, v);
        return {
          payload: { key, version: versionOf(ctx.sqlite, table, key), changes: t.changes },
          client: rowClient(v),
        };
      },
    },
    [`${domain}.delete`]: {
      variants: byKey,
      build: (ctx, v) => {
        const key = keyOf(ctx, v);
        return { payload: { key, version: versionOf(ctx.sqlite, table, key) }, client: rowClient(v) };
      },
    },
  };
}

function holdStep(which: 'PEND' | 'HELD' | 'RESUME', extra: Values = {}): ChannelFixture {
  return {
    variants: PLAIN,
    build: (ctx, v) => {
      const s = v.site ?? 'A';
      const key = { hold_entry_id: `H-${s}-${which}` };
      return {
        payload: { key, version: versionOf(ctx.sqlite, 'hold_entry', key), ...extra },
        client: c(s),
      };
    },
  };
}

/** The KPI channels read the caller's clients' data: one client asked for, or all of them. */
function kpiFixture(extra: Values, options: readonly string[] = [], optionField = ''): ChannelFixture {
  const range = { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-31' };
  const all: Variant[] =
    options.length > 0
      ? options.map((option) => ({ site: null, tag: 'all', option }))
      : [{ site: null, tag: 'all' }];
  return {
    variants: [...PLAIN, ...all],
    build: (_ctx, v) => {
      const chosen = v.option ? { [optionField]: v.option } : {};
      if (!v.site) return { payload: { ...range, ...extra, ...chosen }, client: null };
      return { payload: { clientIds: [c(v.site)], ...range, ...extra, ...chosen }, client: c(v.site) };
    },
  };
}

/** A draft body as a grid keeps it: one new production row for `client`. */
function draftBody(client: string) {
  return {
    domain: 'production',
    location: {
      screen: 'production',
      client,
      preset: 'today',
      custom: { from: '2026-03-02', to: '2026-03-02' },
      shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
    },
    rows: [{ key: null, version: null, texts: { work_order_id: 'WO-1', units_produced: '12' } }],
  };
}

/** A draft of `userId` for `client`, written straight to the copy (the case's set-up). */
function insertDraft(sqlite: BetterSqlite3.Database, userId: string, key: string, client: string): void {
  sqlite
    .prepare(
      `INSERT INTO user_draft (user_id, draft_key, client_id, summary, row_count, payload, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, '2026-03-02T08:00:00.000Z')`,
    )
    .run(userId, key, client, `Production for ${client}`, JSON.stringify(draftBody(client)));
}

const actorOrAdmin = (ctx: BuildContext) => ctx.actor ?? (ACTORS[0] as Actor);

/** Every channel's payloads. The test fails for a channel of the contract that is missing here. */
export const CHANNEL_FIXTURES: Readonly<Record<string, ChannelFixture>> = {
  ...Object.assign({}, ...(Object.keys(CRUD_DOMAINS) as CrudDomain[]).map(crudFixtures)),
  'system.info': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'system.ping': { variants: ONLY, build: () => ({ payload: { echo: 'hello' }, client: null }) },
  'auth.login': {
    variants: ONLY,
    // Signs in again as the caller (or, without a session, as the administrator).
    build: (ctx) => ({ payload: { username: actorOrAdmin(ctx).username, password: PASSWORD }, client: null }),
  },
  'auth.logout': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'auth.me': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'auth.keepAlive': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'plantSettings.get': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  // A user's own drafts: keeping one names its client (refused outside the scope).
  'drafts.list': {
    variants: ONLY,
    build: (ctx) => ({
      payload: {},
      client: null,
      // Drafts of every client, kept by the caller: a LEADER or OPERATOR is offered only their clients'.
      arrange: (sqlite) => {
        for (const s of SITES) insertDraft(sqlite, ctx.actor?.userId ?? 'U-ADM', `rw-${s}`, c(s));
      },
    }),
  },
  'drafts.put': {
    variants: PLAIN,
    build: (_ctx, v) => {
      const s = v.site ?? 'A';
      return {
        payload: {
          key: `rw-put-${s}`,
          clientId: c(s),
          summary: `Production for ${c(s)}`,
          body: draftBody(c(s)),
        },
        client: c(s),
      };
    },
  },
  'drafts.delete': {
    variants: ONLY,
    build: (ctx) => ({
      payload: { key: 'rw-delete' },
      client: null,
      arrange: (sqlite) => insertDraft(sqlite, ctx.actor?.userId ?? 'U-ADM', 'rw-delete', c('A')),
    }),
  },
  'plantSettings.update': {
    variants: ONLY,
    build: (ctx) => {
      const row = ctx.sqlite.prepare('SELECT version FROM plant_settings WHERE setting_id = 1').get() as
        | { version: number }
        | undefined;
      return { payload: { version: row?.version ?? 0, session_idle_minutes: 45 }, client: null };
    },
  },
  'auth.setupFirstAdmin': {
    variants: ONLY,
    build: (ctx) => ({
      payload: { username: `rw.first${ctx.fresh()}`, password: PASSWORD, fullName: 'Second First Admin' },
      client: null,
    }),
  },
  'setup.loadDemo': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  // The core answers updates.* only where the app cannot update itself (the shell owns the updater).
  'updates.status': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'updates.check': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'updates.setFeed': {
    variants: ONLY,
    build: () => ({ payload: { url: 'http://plant-hub:8470/updates/' }, client: null }),
  },
  'updates.restart': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'updates.reportUnsaved': { variants: ONLY, build: () => ({ payload: { rows: 2 }, client: null }) },
  'database.create': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'database.recover': {
    variants: ONLY,
    build: (ctx) => {
      const backup = writeBackup(ctx.sqlite, ctx.sqlite.name, 'manual');
      return { payload: { name: backup.name }, client: null };
    },
  },
  'backups.list': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'backups.create': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'backups.restore': {
    variants: ONLY,
    build: (ctx) => {
      const backup = writeBackup(ctx.sqlite, ctx.sqlite.name, 'manual');
      return {
        payload: { name: backup.name },
        client: null,
        // A change after the backup, so a restore has something to undo.
        arrange: (sqlite) =>
          void sqlite.prepare("UPDATE client SET client_name = client_name || ' (later)'").run(),
      };
    },
  },
  'users.create': {
    variants: PLAIN,
    build: (ctx, v) => {
      const n = ctx.fresh();
      const s = v.site ?? 'A';
      return {
        payload: {
          user_id: `U-NEW${n}`,
          username: `rw.new${n}`,
          full_name: `New operator ${n}`,
          role: 'OPERATOR',
          clients: [c(s)],
          password: PASSWORD,
        },
        client: c(s),
      };
    },
  },
  'users.setPassword': {
    variants: [...PLAIN, { site: null, tag: 'self' }],
    build: (ctx, v) => ({
      payload: {
        user_id: v.tag === 'self' ? actorOrAdmin(ctx).userId : OPERATOR_OF[v.site ?? 'A'],
        password: 'Changed-pass-2026',
      },
      client: null,
    }),
  },
  'users.setAccess': {
    variants: PLAIN,
    build: (ctx, v) => {
      const userId = OPERATOR_OF[v.site ?? 'A'];
      return {
        payload: {
          user_id: userId,
          version: versionOf(ctx.sqlite, 'app_user', { user_id: userId }),
          role: 'OPERATOR',
          clients: [c(v.site ?? 'A')],
        },
        client: null,
      };
    },
  },
  'defectTypes.applyTemplate': {
    // `noop`: the client already has the whole template, so nothing would be written.
    variants: [...PLAIN, { site: 'A', tag: 'noop' }],
    build: (_ctx, v) => {
      const s = v.site ?? 'A';
      return {
        payload: { client_id: c(s), template: v.tag === 'noop' ? 'textile_apparel' : 'electronics' },
        client: c(s),
      };
    },
  },
  'holds.approve': holdStep('PEND'),
  'holds.requestResume': holdStep('HELD', { resume_date: '2026-03-05', resume_time: '10:00' }),
  'holds.approveResume': holdStep('RESUME'),
  'holds.rejectResume': holdStep('RESUME'),
  'holds.cancel': holdStep('PEND'),
  'attendance.markAllPresent': {
    variants: PLAIN,
    build: (_ctx, v) => {
      const s = v.site ?? 'A';
      return {
        payload: { client_id: c(s), shift_date: '2026-03-09', shift_type: 'SHIFT_1ST' },
        client: c(s),
      };
    },
  },
  // Import and preview answer out-of-scope rows as rejected rows (with the row number), not as
  // FORBIDDEN; that path is tested in src-main/csv. Here: the role rule on an in-scope file.
  'csv.preview': {
    variants: [{ site: 'A', tag: 'plain' }],
    build: () => ({ payload: { table: 'production_entry', text: csvFor('A') }, client: c('A') }),
  },
  'csv.import': {
    variants: [{ site: 'A', tag: 'plain' }],
    build: () => ({ payload: { table: 'production_entry', text: csvFor('A') }, client: c('A') }),
  },
  'csv.export': {
    variants: PLAIN,
    build: (_ctx, v) => ({
      payload: { table: 'production_entry', clientIds: [c(v.site ?? 'A')] },
      client: c(v.site ?? 'A'),
    }),
  },
  'kpi.report': kpiFixture({ by: 'work_order' }, DIMENSIONS, 'by'),
  'kpi.dashboard': kpiFixture({}),
  'kpi.trend': kpiFixture({ kpi: 'efficiency', by: 'day' }),
  'kpi.breakdown': kpiFixture({ kind: 'downtime_by_reason' }, BREAKDOWN_KINDS, 'kind'),
  'kpi.compare': kpiFixture({ kpi: 'oee' }),
  // A client's daily report (Excel: the walk's cheapest file), and the plant summary (no client).
  'reports.generate': {
    variants: [...PLAIN, { site: null, tag: 'all', option: 'plant' }],
    build: (_ctx, v) =>
      v.site
        ? {
            payload: { kind: 'daily', format: 'xlsx', clientId: c(v.site), from: '2026-03-02' },
            client: c(v.site),
          }
        : { payload: { kind: 'plant', format: 'xlsx', from: '2026-03-01', to: '2026-03-31' }, client: null },
  },
  'reports.schedule': { variants: ONLY, build: () => ({ payload: {}, client: null }) },
  'quality.operations': {
    // One client asked for, or (no client) all of the caller's: B's operation must never reach A's users.
    variants: [...PLAIN, { site: null, tag: 'all' }],
    build: (_ctx, v) =>
      v.site ? { payload: { clientIds: [c(v.site)] }, client: c(v.site) } : { payload: {}, client: null },
  },
  'entries.verify': {
    // Production for every client; attendance and quality in and out of scope.
    variants: [
      ...PLAIN,
      ...(['A', 'B'] as const).flatMap((site) =>
        ['attendance_entry', 'quality_entry'].map((option) => ({ site, tag: 'plain' as const, option })),
      ),
    ],
    build: (ctx, v) => {
      const s = v.site ?? 'A';
      const table = v.option ?? 'production_entry';
      const key: Record<string, string> =
        table === 'attendance_entry'
          ? { attendance_entry_id: `AT-${s}` }
          : table === 'quality_entry'
            ? { quality_entry_id: `Q-${s}` }
            : { production_entry_id: `PE-${s}` };
      return { payload: { table, key, version: versionOf(ctx.sqlite, table, key) }, client: c(s) };
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Building the world and running cases on copies of it.

function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`fixture: ${what} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** Every table's rows in rowid order, as one string: equal strings mean equal content. */
export function dumpDatabase(sqlite: BetterSqlite3.Database): string {
  const tables = sqlite
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) dump[name] = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  return JSON.stringify(dump);
}

export interface World {
  dir: string;
  template: Buffer;
  templateDump: string;
  sessions: ReadonlyMap<ActorName, Session>;
  /** For each actor limited to some clients: the strings only other clients' rows hold. */
  foreign: ReadonlyMap<ActorName, ReadonlySet<string>>;
}

/**
 * Signs a user in through `auth.login` and keeps the session under the fixture's own key (the
 * core draws a new key at every sign-in; the fixture's calls name their actor by a fixed key).
 */
async function signInAt(core: Core, key: string, username: string): Promise<Session> {
  let drawn: string | undefined;
  const answer = await core.dispatch(key, 'auth.login', { username, password: PASSWORD }, (k) => {
    drawn = k;
  });
  must(answer, `login ${username}`);
  const session = drawn === undefined ? null : core.deps.sessions.get(drawn);
  if (!session) throw new Error(`no session for ${username}`);
  core.deps.sessions.set(key, session);
  return session;
}

async function seedWorld(core: Core): Promise<Map<ActorName, Session>> {
  const sqlite = core.deps.database.sqlite;
  seedTwoClients(sqlite);
  const system = new ScopedStore(sqlite, SYSTEM_SCOPE);
  await createUser(system, {
    user_id: 'U-ADM',
    username: 'rw.admin',
    full_name: 'Role Walk Admin',
    role: 'ADMIN',
    clients: [],
    password: PASSWORD,
  });
  const as = (key: string) => (channel: string, payload: unknown) =>
    core.dispatch(key, channel, payload).then((r) => must(r, `${key} ${channel} ${JSON.stringify(payload)}`));
  await signInAt(core, 'fx-admin', 'rw.admin');
  const admin = as('fx-admin');

  // Client C, made through the channels (A and B come from seedTwoClients).
  await admin('clients.create', { client_id: CLIENT_C, client_name: 'Charlie Cloth' });
  await admin('clients.update', {
    key: { client_id: CLIENT_A },
    version: versionOf(sqlite, 'client', { client_id: CLIENT_A }),
    changes: { client_name: 'Alpha Apparel', client_email: 'plant@alpha.example' },
  });
  await admin('clients.update', {
    key: { client_id: CLIENT_B },
    version: versionOf(sqlite, 'client', { client_id: CLIENT_B }),
    changes: { client_name: 'Bravo Boots', client_email: 'plant@bravo.example' },
  });
  await admin('employees.create', { employee_id: 'E-C', employee_name: 'Emp C' });
  await admin('employees.create', { employee_id: 'E-FREE', employee_name: 'Unassigned Emp' });
  await admin('employeeAssignments.create', { employee_id: 'E-C', client_id: CLIENT_C });
  await admin('workOrders.create', { work_order_id: 'WO-C', client_id: CLIENT_C, planned_quantity: 1000 });
  await admin('jobs.create', {
    job_id: 'J-C',
    work_order_id: 'WO-C',
    client_id: CLIENT_C,
    part_number: 'P-1',
    quantity_ordered: 1000,
  });
  await admin('quality.create', {
    quality_entry_id: 'Q-C',
    work_order_id: 'WO-C',
    client_id: CLIENT_C,
    shift_date: '2026-03-01',
  });

  // Users of every role, hashed in parallel.
  const users = [
    ...ACTORS.filter((a) => a.name !== 'ADMIN').map((a) => ({
      userId: a.userId,
      username: a.username,
      fullName: `Role Walk ${a.name}`,
      role: a.role,
      sites: a.sites === 'ALL' ? [] : a.sites,
    })),
    ...OTHER_USERS,
  ];
  await Promise.all(
    users.map((u) =>
      createUser(system, {
        user_id: u.userId,
        username: u.username,
        full_name: u.fullName,
        email: `${u.username}@plant.example`,
        role: u.role,
        clients: u.sites.map((s) => CLIENT_OF[s]),
        password: PASSWORD,
      }),
    ),
  );
  for (const u of OTHER_USERS.filter((o) => o.role === 'OPERATOR'))
    await signInAt(core, `fx-${u.userId}`, u.username);
  const sessions = new Map<ActorName, Session>();
  for (const actor of ACTORS)
    sessions.set(actor.name, await signInAt(core, `fx-actor-${actor.name}`, actor.username));
  core.deps.sessions.set(`fx-${OPERATOR_OF.A}`, sessions.get('OPERATOR') as Session);

  const dates: Record<Site, string> = { A: '2026-03-02', B: '2026-03-03', C: '2026-03-04' };
  for (const s of SITES) {
    const client = CLIENT_OF[s];
    const operator = as(`fx-${OPERATOR_OF[s]}`);
    await admin('products.create', {
      client_id: client,
      style_model: `STYLE-${s}`,
      description: `Style ${s}`,
    });
    await admin('partOpportunities.create', {
      client_id: client,
      part_number: `PART-${s}`,
      opportunities_per_unit: 5,
    });
    await admin('defectTypes.create', {
      client_id: client,
      defect_code: `RWDEF_${s}`,
      defect_name: `Role walk defect ${s}`,
    });
    await admin('downtimeReasons.create', { client_id: client, code: `RWDT_${s}`, label: `Stop ${s}` });
    await admin('holdReasons.create', { client_id: client, code: `RWHOLD_${s}`, label: `Hold ${s}` });
    await admin('absenceTypes.create', { client_id: client, code: `RWABS_${s}`, label: `Absence ${s}` });
    await admin('floatingPool.create', {
      floating_pool_id: `FP-${s}`,
      employee_id: 'F-1',
      status: 'ASSIGNED',
      assigned_to_client: client,
      notes: `Lent to ${s}`,
    });
    await admin('workOrders.update', {
      key: { work_order_id: `WO-${s}` },
      version: versionOf(sqlite, 'work_order', { work_order_id: `WO-${s}` }),
      changes: { po_number: `PO-SECRET-${s}`, style_model: `STYLE-${s}` },
    });
    // Entries: one by the administrator, one by the client's operator (`-OP`).
    for (const [write, suffix] of [
      [admin, ''],
      [operator, '-OP'],
    ] as const) {
      await write('production.create', {
        production_entry_id: `PE-${s}${suffix}`,
        work_order_id: `WO-${s}`,
        job_id: `J-${s}`,
        client_id: client,
        shift_date: dates[s],
        units_produced: 100,
        notes: `Production ${s}${suffix}`,
      });
      await write('downtime.create', {
        downtime_entry_id: `DT-${s}${suffix}`,
        work_order_id: `WO-${s}`,
        client_id: client,
        shift_date: dates[s],
        downtime_reason: `RWDT_${s}`,
        downtime_duration_minutes: 30,
      });
      await write('attendance.create', {
        attendance_entry_id: `AT-${s}${suffix}`,
        employee_id: `E-${s}`,
        client_id: client,
        shift_date: dates[s],
        shift_type: suffix ? 'SHIFT_2ND' : 'SHIFT_1ST',
        scheduled_hours: 9,
        actual_hours: 0,
        is_absent: 1,
        absence_type: `RWABS_${s}`,
        absence_hours: 9,
      });
      await write('coverage.create', {
        coverage_entry_id: `CV-${s}${suffix}`,
        absent_employee_id: `E-${s}`,
        floating_employee_id: 'F-1',
        client_id: client,
        shift_date: dates[s],
        shift_type: suffix ? 'SHIFT_2ND' : 'SHIFT_1ST',
      });
      if (suffix)
        await write('quality.create', {
          quality_entry_id: `Q-${s}-OP`,
          work_order_id: `WO-${s}`,
          client_id: client,
          shift_date: dates[s],
          // A spelling only this client uses: the operations list must not carry it to another.
          operation_checked: `Lasting ${s}`,
          units_inspected: 20,
          units_passed: 19,
        });
      await write('defects.create', {
        defect_detail_id: `DD-${s}${suffix}`,
        quality_entry_id: `Q-${s}`,
        client_id: client,
        defect_type: `RWDEF_${s}`,
        defect_description: `Defect ${s}${suffix}`,
      });
    }
    // Holds in each state the workflow steps start from.
    const hold = (id: string) => ({
      hold_entry_id: id,
      work_order_id: `WO-${s}`,
      client_id: client,
      hold_date: '2026-03-02',
      hold_time: '08:00',
      hold_reason: `RWHOLD_${s}`,
    });
    await operator('holds.create', hold(`H-${s}-OP`));
    await admin('holds.create', hold(`H-${s}-PEND`));
    for (const id of [`H-${s}-HELD`, `H-${s}-RESUME`]) {
      await admin('holds.create', hold(id));
      await admin('holds.approve', { key: { hold_entry_id: id }, version: 1 });
    }
    await admin('holds.requestResume', {
      key: { hold_entry_id: `H-${s}-RESUME` },
      version: versionOf(sqlite, 'hold_entry', { hold_entry_id: `H-${s}-RESUME` }),
      resume_date: '2026-03-04',
      // Given, not defaulted to the clock: a clock-read time in one client's row could match the
      // time a walk call stamps into another's, and the leak check would take it for leaked data.
      resume_time: '16:00',
    });
  }
  return sessions;
}

/** Builds the world once (through createCore and the channels) and keeps it as a byte image. */
export async function buildWorld(): Promise<World> {
  // A RAM disk where there is one: each copy's open and close would otherwise wait for fsync.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(join(base, 'floorkpi-role-walk-'));
  const core = createCore({ dbPath: join(dir, 'template.db'), host: 'test', create: true });
  try {
    const sessions = await seedWorld(core);
    const sqlite = core.deps.database.sqlite;
    const foreign = new Map<ActorName, ReadonlySet<string>>();
    for (const actor of ACTORS) {
      const scope = clientsOf(actor);
      if (scope !== 'ALL') foreign.set(actor.name, foreignOnlyStrings(sqlite, scope));
    }
    return { dir, template: sqlite.serialize(), templateDump: dumpDatabase(sqlite), sessions, foreign };
  } finally {
    await core.close();
  }
}

export function removeWorld(world: World): void {
  rmSync(world.dir, { recursive: true, force: true });
}

export const SESSION_KEY_OF = (actor: Actor | null) => (actor ? `as-${actor.name}` : 'anonymous');

export interface CaseOutcome {
  /** The case's database, open until the next case runs. */
  sqlite: BetterSqlite3.Database;
  result: Result<unknown>;
  payload: unknown;
  client: string | null;
  /** Whether the content of any table (audit_log included) differs from before the call. */
  changed: boolean;
}

/**
 * Runs cases on a copy of the world. A copy is reused while it still holds exactly the world's
 * content (reads and refused writes), and replaced after a call that changed it.
 */
export class CaseRunner {
  readonly #world: World;
  #core: Core | null = null;
  #path = '';
  #copies = 0;
  #dirty = false;
  #n = 0;
  /** The bytes of the current copy as opened. */
  #pristine: Buffer | null = null;

  constructor(world: World) {
    this.#world = world;
  }

  async #fresh(): Promise<Core> {
    if (this.#core && !this.#dirty) return this.#core;
    await this.#drop();
    this.#copies += 1;
    this.#path = join(this.#world.dir, `case-${this.#copies}.db`);
    writeFileSync(this.#path, this.#world.template);
    this.#core = createCore({ dbPath: this.#path, host: 'test' });
    this.#dirty = false;
    const sqlite = this.#core.deps.database.sqlite;
    // Once: a copy opened through createCore holds exactly the world (no migration rewrote it).
    if (this.#copies === 1 && dumpDatabase(sqlite) !== this.#world.templateDump)
      throw new Error('a copy of the world does not hold the world');
    this.#pristine = sqlite.serialize();
    return this.#core;
  }

  async #drop(): Promise<void> {
    if (!this.#core) return;
    await this.#core.close();
    this.#core = null;
    for (const suffix of ['', '-wal', '-shm']) {
      try {
        unlinkSync(`${this.#path}${suffix}`);
      } catch {
        // Already gone (no WAL was written).
      }
    }
  }

  get copies(): number {
    return this.#copies;
  }

  /** Builds the call on a clean copy, runs it as `actor` (null: no session) and snapshots around it. */
  async run(
    actor: Actor | null,
    channel: string,
    fixture: ChannelFixture,
    variant: Variant,
  ): Promise<CaseOutcome> {
    const core = await this.#fresh();
    const sqlite = core.deps.database.sqlite;
    const sessions = core.deps.sessions;
    sessions.delete(SESSION_KEY_OF(null));
    for (const a of ACTORS) sessions.set(SESSION_KEY_OF(a), this.#world.sessions.get(a.name) as Session);
    const call = fixture.build({ sqlite, actor, fresh: () => ++this.#n }, variant);
    // Set-up changes the copy: snapshot every table after it, and replace the copy afterwards.
    let before: string | null = null;
    if (call.arrange) {
      this.#dirty = true;
      call.arrange(sqlite);
      before = dumpDatabase(sqlite);
    }
    const result = await core.dispatch(SESSION_KEY_OF(actor), channel, call.payload);
    // A restore reopens the database: read the connection serving it now.
    const after = core.deps.database.sqlite;
    const changed = this.#changed(after, before, result.ok);
    return { sqlite: after, result, payload: call.payload, client: call.client, changed };
  }

  /**
   * Whether the call changed the copy's content. Equal bytes mean equal content, so a copy still
   * holding the bytes it was opened with is unchanged. Otherwise a refused call (or any call after
   * set-up) is judged by comparing every table's rows, audit_log included, with the snapshot; a
   * successful call that changed the bytes counts as a write. Either way the copy is replaced.
   */
  #changed(sqlite: BetterSqlite3.Database, before: string | null, succeeded: boolean): boolean {
    if (before === null && this.#pristine && sqlite.serialize().equals(this.#pristine)) return false;
    this.#dirty = true;
    if (succeeded && before === null) return true;
    return dumpDatabase(sqlite) !== (before ?? this.#world.templateDump);
  }

  /** A plain call on the current copy (for comparisons); the caller must only read. */
  async call(actor: Actor | null, channel: string, payload: unknown): Promise<Result<unknown>> {
    const core = await this.#fresh();
    const result = await core.dispatch(SESSION_KEY_OF(actor), channel, payload);
    this.#changed(core.deps.database.sqlite, null, result.ok);
    return result;
  }

  async close(): Promise<void> {
    await this.#drop();
  }
}

// ---------------------------------------------------------------------------------------------
// What belongs to which client, for the leak checks.

type Row = Record<string, unknown>;

/** The clients a row belongs to; empty for plant-level rows (admins, unassigned and floating staff). */
export function ownersOf(sqlite: BetterSqlite3.Database, table: string, row: Row): string[] {
  if (table === 'employee') {
    return sqlite
      .prepare<[unknown], { client_id: string }>(
        'SELECT client_id FROM employee_client_assignment WHERE employee_id = ? AND deleted_at IS NULL',
      )
      .all(row.employee_id)
      .map((r) => r.client_id);
  }
  if (table === 'app_user') {
    return sqlite
      .prepare<[unknown], { client_id: string }>(
        'SELECT client_id FROM user_client_access WHERE user_id = ? AND deleted_at IS NULL',
      )
      .all(row.user_id)
      .map((r) => r.client_id);
  }
  // A floating employee lent to a client (status ASSIGNED): that client's row; unassigned: plant-level.
  if (table === 'floating_pool')
    return typeof row.assigned_to_client === 'string' ? [row.assigned_to_client] : [];
  return typeof row.client_id === 'string' ? [row.client_id] : [];
}

/**
 * Whether a column holds the clock's reading at some write (created_at, updated_at, verified_at, …).
 * Such a value is no client's content: the caller's own write in the same second stamps the same
 * text, which once failed CI as a "leak" of another client's updated_at.
 */
function isClockStamp(column: string): boolean {
  // A user's last sign-in is stamped the same way; the walk's own sign-ins share its second.
  return column.endsWith('_at') || column === 'last_login' || column === 'locked_until';
}

/**
 * The strings (ids, names, notes, codes) that occur only in rows of clients outside
 * `scope`: none of them may reach a caller limited to `scope`.
 */
export function foreignOnlyStrings(sqlite: BetterSqlite3.Database, scope: ReadonlySet<string>): Set<string> {
  const foreign = new Set<string>();
  const other = new Set<string>();
  for (const table of Object.keys(TABLE_SPECS)) {
    for (const row of sqlite.prepare(`SELECT * FROM ${table}`).all() as Row[]) {
      const owners = ownersOf(sqlite, table, row);
      const isForeign = owners.length > 0 && owners.every((o) => !scope.has(o));
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string' || value.length < 3 || isClockStamp(column)) continue;
        (isForeign ? foreign : other).add(value);
      }
    }
  }
  for (const value of other) foreign.delete(value);
  return foreign;
}
