import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, PUBLIC_CHANNELS, type Result } from '../../src-shared/contract';
import { CRUD_DOMAINS, type CrudDomain } from '../../src-shared/contract/domains';
import type { Role } from '../../src-shared/domain/roles';
import {
  ACTORS,
  type Actor,
  buildWorld,
  type CaseOutcome,
  CaseRunner,
  CHANNEL_FIXTURES,
  type ChannelFixture,
  CLIENT_OF,
  clientsOf,
  ownersOf,
  removeWorld,
  type Variant,
  variantLabel,
  type World,
} from './role-walk.test-support';

/**
 * The role walk: every channel of the contract, called without a session and by a user of every
 * role (ADMIN, POWERUSER, a LEADER of A, a LEADER of A and C, an OPERATOR of A), aimed at clients A,
 * B and C. The expected answer comes from the role table below (DATA.md § Roles, written out here),
 * never from the code's own permission rules. For every case:
 *   1. allowed → ok (and a write wrote); forbidden → FORBIDDEN; no session → UNAUTHENTICATED unless public;
 *   2. a refused call leaves every table, audit_log included, as it was;
 *   3. an answer to a LEADER or OPERATOR holds no string found only in other clients' rows (an error
 *      may repeat what the caller sent), a list holds only rows the caller may see, and a KPI over
 *      "all my clients" equals the KPI over those clients named.
 * A channel added to the contract without a case in role-walk.test-support.ts fails its test.
 */

// ---------------------------------------------------------------------------------------------
// DATA.md § Roles, as the test reads it.

const EVERYONE: readonly Role[] = ['ADMIN', 'POWERUSER', 'LEADER', 'OPERATOR'];
const LEADER_UP: readonly Role[] = ['ADMIN', 'POWERUSER', 'LEADER'];
const PLANT: readonly Role[] = ['ADMIN', 'POWERUSER'];
const ADMIN: readonly Role[] = ['ADMIN'];

type Kind = 'entry' | 'hold' | 'planning' | 'settings' | 'reference' | 'client' | 'user' | 'access';
type Action = 'read' | 'create' | 'update' | 'delete';

/**
 * Who may do what, per kind of table. Client limits come on top: LEADER and OPERATOR act only on
 * their clients. Row limits: an OPERATOR deletes only entries they entered; a non-admin reads only
 * their own user.
 */
const ROLE_TABLE: Readonly<Record<Kind, Readonly<Record<Action, readonly Role[]>>>> = {
  // Production, downtime, attendance, coverage, quality, defects: operators enter and correct them.
  entry: { read: EVERYONE, create: EVERYONE, update: EVERYONE, delete: EVERYONE },
  // Operators request holds; approving, changing and removing them is a leader's.
  hold: { read: EVERYONE, create: EVERYONE, update: LEADER_UP, delete: LEADER_UP },
  // Work orders, jobs, shift calendar: leaders edit their clients'.
  planning: { read: EVERYONE, create: LEADER_UP, update: LEADER_UP, delete: LEADER_UP },
  // Targets (client_config): leaders edit their clients'; the row itself comes and goes with the client.
  settings: { read: EVERYONE, create: ADMIN, update: LEADER_UP, delete: ADMIN },
  // Products, part opportunities, reason and defect lists, employees, assignments, floating pool.
  reference: { read: EVERYONE, create: PLANT, update: PLANT, delete: PLANT },
  client: { read: EVERYONE, create: ADMIN, update: ADMIN, delete: ADMIN },
  // Users: only ADMIN administers them; everyone else (POWERUSER too) reads only their own account.
  user: { read: EVERYONE, create: ADMIN, update: ADMIN, delete: ADMIN },
  access: { read: ADMIN, create: ADMIN, update: ADMIN, delete: ADMIN },
};

const KIND_OF: Readonly<Record<CrudDomain, Kind>> = {
  clients: 'client',
  clientSettings: 'settings',
  shifts: 'planning',
  products: 'reference',
  partOpportunities: 'reference',
  defectTypes: 'reference',
  downtimeReasons: 'reference',
  holdReasons: 'reference',
  absenceTypes: 'reference',
  users: 'user',
  userAccess: 'access',
  employees: 'reference',
  employeeAssignments: 'reference',
  floatingPool: 'reference',
  workOrders: 'planning',
  jobs: 'planning',
  production: 'entry',
  downtime: 'entry',
  holds: 'hold',
  attendance: 'entry',
  coverage: 'entry',
  quality: 'entry',
  defects: 'entry',
};

/** Channels that are not one table's CRUD: who may call them (client limits still apply). */
const WORKFLOW: Readonly<Record<string, readonly Role[]>> = {
  'holds.approve': LEADER_UP,
  'holds.approveResume': LEADER_UP,
  'holds.rejectResume': LEADER_UP,
  'holds.cancel': LEADER_UP,
  // Anyone on the client may ask to resume a held order.
  'holds.requestResume': EVERYONE,
  'entries.verify': LEADER_UP,
  // Writes attendance rows, which operators enter.
  'attendance.markAllPresent': EVERYONE,
  'users.create': ADMIN,
  'users.setPassword': ADMIN,
  'users.setAccess': ADMIN,
  // Anyone signed in says they are still at the screen, and reads the plant's session limit.
  'auth.keepAlive': EVERYONE,
  'plantSettings.get': EVERYONE,
  'plantSettings.update': ADMIN,
  // Everyone keeps drafts of their own unsaved rows, for their own clients.
  'drafts.list': EVERYONE,
  'drafts.put': EVERYONE,
  'drafts.delete': EVERYONE,
  // A reference-data edit: refused to other roles even when the template would add nothing.
  'defectTypes.applyTemplate': PLANT,
  'clients.create': ADMIN,
  // Every role reads its clients' dashboards and KPIs.
  'kpi.report': EVERYONE,
  'kpi.dashboard': EVERYONE,
  'kpi.trend': EVERYONE,
  'kpi.breakdown': EVERYONE,
  'kpi.compare': EVERYONE,
  // Every role prints its clients' reports; the plant summary (every client) is ADMIN and POWERUSER's.
  'reports.generate': EVERYONE,
  // The morning job's folder and results: administrators, who set it up.
  'reports.schedule': ADMIN,
  // Import adds entry rows, which every role enters; preview checks the same; export reads.
  'csv.preview': EVERYONE,
  'csv.import': EVERYONE,
  'csv.export': EVERYONE,
  // Reads what the caller's clients' quality entries already call their operations.
  'quality.operations': EVERYONE,
  // Updates: every signed-in user sees the status and may restart into a ready update; the Admin
  // screen's roles may check; only an administrator may change the feed.
  'updates.status': EVERYONE,
  'updates.check': LEADER_UP,
  'updates.setFeed': ADMIN,
  'updates.restart': EVERYONE,
  'updates.reportUnsaved': EVERYONE,
  // Backups hold every client's data; a restore rewrites everyone's history.
  'backups.list': ADMIN,
  'backups.create': ADMIN,
  'backups.restore': ADMIN,
};

/** Channels without sign-in, and what they answer whoever calls. */
const PUBLIC: Readonly<Record<string, Expected>> = {
  'system.info': 'ok',
  'system.ping': 'ok',
  'auth.login': 'ok',
  'auth.logout': 'ok',
  'auth.me': 'ok',
  // The plant already has users: the first-start admin creation is closed.
  'auth.setupFirstAdmin': 'FORBIDDEN',
  // Likewise the demo plant is offered only to an empty database.
  'setup.loadDemo': 'FORBIDDEN',
  // There is a database, and a usable one: neither first-start creation nor recovery is open.
  'database.create': 'FORBIDDEN',
  'database.recover': 'FORBIDDEN',
};

type Expected = 'ok' | 'FORBIDDEN';

function inScope(actor: Actor, clientId: string): boolean {
  const scope = clientsOf(actor);
  return scope === 'ALL' || scope.has(clientId);
}

function expectedOutcome(channel: string, actor: Actor, variant: Variant, outcome: CaseOutcome): Expected {
  const fixed = PUBLIC[channel];
  if (fixed) return fixed;
  const [domain, op] = channel.split('.') as [CrudDomain, string];
  const kind: Kind | undefined = KIND_OF[domain];
  const action: Action = op === 'list' || op === 'get' ? 'read' : (op as Action);
  const roles = WORKFLOW[channel] ?? (kind ? ROLE_TABLE[kind][action] : []);
  if (!roles.includes(actor.role)) return 'FORBIDDEN';
  if (channel === 'reports.generate' && variant.option === 'plant' && !PLANT.includes(actor.role))
    return 'FORBIDDEN';
  if (kind === 'entry' && action === 'delete' && actor.role === 'OPERATOR' && variant.tag !== 'own')
    return 'FORBIDDEN';
  if (kind === 'user' && op === 'get' && actor.role !== 'ADMIN') {
    const target = (outcome.payload as { user_id?: string }).user_id;
    if (target !== actor.userId) return 'FORBIDDEN';
  }
  if (outcome.client !== null && !inScope(actor, outcome.client)) return 'FORBIDDEN';
  return 'ok';
}

// ---------------------------------------------------------------------------------------------
// Checks.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher of any of `strings` standing alone (not inside a longer id) in a JSON text. */
function leakMatcher(strings: ReadonlySet<string>): RegExp | null {
  if (strings.size === 0) return null;
  const alternatives = [...strings]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegExp(JSON.stringify(s).slice(1, -1)));
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, 'g');
}

/** Whether a listed row is one the caller may see (DATA.md: never a row of another client). */
function visibleTo(
  actor: Actor,
  table: string,
  row: Record<string, unknown>,
  sqlite: Database.Database,
): boolean {
  if (table === 'app_user') return actor.role === 'ADMIN' || row.user_id === actor.userId;
  const scope = clientsOf(actor);
  if (scope === 'ALL') return true;
  if (table === 'employee' && row.is_floating_pool === 1) return true;
  const owners = ownersOf(sqlite, table, row);
  // The floating pool is plant-level, but a row lent to a client is that client's row.
  if (table === 'floating_pool' && owners.length === 0) return true;
  return owners.some((o) => scope.has(o));
}

/** Channels that change data when they succeed (public channels are checked on their own). */
function writes(channel: string): boolean {
  const op = channel.split('.')[1] ?? '';
  if (
    channel in PUBLIC ||
    channel.startsWith('kpi.') ||
    channel === 'csv.preview' ||
    channel === 'csv.export' ||
    channel === 'quality.operations' ||
    // The shell keeps update settings in a file of its own; no table changes.
    channel.startsWith('updates.') ||
    // Counts the caller as active; a session is not data.
    channel === 'auth.keepAlive' ||
    // Writes a file beside the database, not the database.
    channel === 'backups.create' ||
    // Reports read: the file goes back to the caller.
    channel.startsWith('reports.')
  )
    return false;
  return op !== 'list' && op !== 'get';
}

const ok = (r: Result<unknown>) => (r.ok ? 'ok' : `${r.error.code} (${r.error.message})`);

// ---------------------------------------------------------------------------------------------

let world: World;
let runner: CaseRunner;
const matchers = new Map<string, RegExp | null>();
let cases = 0;
const started = Date.now();

beforeAll(async () => {
  world = await buildWorld();
  runner = new CaseRunner(world);
  for (const [name, strings] of world.foreign) matchers.set(name, leakMatcher(strings));
}, 60_000);

afterAll(async () => {
  await runner?.close();
  if (world) removeWorld(world);
  console.log(
    `role walk: ${cases} (channel, caller, target) cases on ${runner?.copies ?? 0} database copies in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});

async function walkChannel(channel: string, fixture: ChannelFixture): Promise<string[]> {
  const problems: string[] = [];
  const isPublic = channel in PUBLIC;

  // Without a session.
  const first = fixture.variants[0] as Variant;
  const anonymous = await runner.run(null, channel, fixture, first);
  cases += 1;
  if (isPublic) {
    const want = PUBLIC[channel];
    const got = anonymous.result.ok ? 'ok' : anonymous.result.error.code;
    if (got !== want) problems.push(`no session: expected ${want}, got ${ok(anonymous.result)}`);
  } else {
    if (anonymous.result.ok || anonymous.result.error.code !== 'UNAUTHENTICATED')
      problems.push(`no session: expected UNAUTHENTICATED, got ${ok(anonymous.result)}`);
    if (anonymous.changed) problems.push('no session: the database changed');
  }

  for (const actor of ACTORS) {
    for (const variant of fixture.variants) {
      // ADMIN and POWERUSER see every client: B already aims them at a client other than A.
      if (actor.sites === 'ALL' && variant.site === 'C') continue;
      const label = `${actor.name} → ${variantLabel(variant)}`;
      const outcome = await runner.run(actor, channel, fixture, variant);
      cases += 1;
      const { result } = outcome;
      const want = expectedOutcome(channel, actor, variant, outcome);

      // 1. Allowed succeeds; forbidden is FORBIDDEN.
      if (want === 'ok' && !result.ok) problems.push(`${label}: expected ok, got ${ok(result)}`);
      if (want === 'FORBIDDEN' && (result.ok || result.error.code !== 'FORBIDDEN'))
        problems.push(`${label}: expected FORBIDDEN, got ${ok(result)}`);

      // 2. A refused call writes nothing.
      if (!result.ok && outcome.changed)
        problems.push(`${label}: refused with ${result.error.code} but the database changed`);

      // An allowed write that reports success must have written (a success that did nothing would
      // hide a refusal).
      if (result.ok && writes(channel) && variant.tag !== 'noop' && !outcome.changed)
        problems.push(`${label}: answered ok but wrote nothing`);

      // 3. Nothing of another client reaches a caller limited to some clients. An error message
      //    may repeat what the caller sent, nothing more.
      const matcher = matchers.get(actor.name);
      if (matcher) {
        const text = JSON.stringify(result.ok ? result.data : result.error);
        const sent = JSON.stringify(outcome.payload);
        const leaked = [...text.matchAll(matcher)]
          .map((m) => m[0])
          .filter((s) => result.ok || !sent.includes(s));
        if (leaked.length > 0)
          problems.push(`${label}: answer holds other clients' data: ${[...new Set(leaked)].join(', ')}`);
      }

      // A KPI over "all my clients" is exactly the KPI over the caller's clients named one by one:
      // no figure of another client is mixed into a total.
      const scope = clientsOf(actor);
      if (result.ok && channel.startsWith('kpi.') && variant.tag === 'all' && scope !== 'ALL') {
        const named = { ...(outcome.payload as object), clientIds: [...scope].sort() };
        const admin = await runner.call(ACTORS[0] as Actor, channel, named);
        if (!admin.ok || JSON.stringify(admin.data) !== JSON.stringify(result.data))
          problems.push(`${label}: the KPI differs from the same KPI over the caller's own clients`);
      }

      // 4. A list returns only rows the caller may see.
      const listed = channel.endsWith('.list') ? (channel.split('.')[0] ?? '') : '';
      if (result.ok && listed in CRUD_DOMAINS) {
        const table = CRUD_DOMAINS[channel.split('.')[0] as CrudDomain];
        const rows = (result.data as { rows: Record<string, unknown>[] }).rows;
        const stray = rows.filter((row) => !visibleTo(actor, table, row, outcome.sqlite));
        if (stray.length > 0)
          problems.push(`${label}: list returned ${stray.length} row(s) the caller may not see`);
      }
    }
  }
  return problems;
}

describe('role walk over every IPC channel', () => {
  it('has a role-table entry for every public channel, and only for those', () => {
    expect(Object.keys(PUBLIC).sort()).toEqual([...PUBLIC_CHANNELS].sort());
  });

  it('has expectations for every workflow channel that exists', () => {
    for (const channel of Object.keys(WORKFLOW)) expect(Object.keys(contract)).toContain(channel);
  });

  for (const channel of Object.keys(contract)) {
    it(`${channel}: every role, in and out of scope`, async () => {
      const fixture = CHANNEL_FIXTURES[channel];
      // A channel added to the contract without a case here fails this test.
      expect(fixture, `no role-walk case for ${channel}`).toBeDefined();
      if (!fixture) return;
      const [domain = '', op = ''] = channel.split('.');
      const crud = domain in KIND_OF && ['list', 'get', 'create', 'update', 'delete'].includes(op);
      expect(channel in PUBLIC || channel in WORKFLOW || crud, `no role-table entry for ${channel}`).toBe(
        true,
      );
      expect(await walkChannel(channel, fixture)).toEqual([]);
    });
  }

  it('walks targets of every client for each scoped role', () => {
    // Guards the fixture itself: the walk must include out-of-scope clients for scoped users.
    const scoped = ACTORS.filter((a) => a.sites !== 'ALL');
    expect(scoped.length).toBeGreaterThan(0);
    for (const actor of scoped) {
      const outside = Object.values(CLIENT_OF).filter((id) => !inScope(actor, id));
      expect(outside.length, actor.name).toBeGreaterThan(0);
      const matcher = matchers.get(actor.name);
      expect(matcher, actor.name).toBeTruthy();
      // The leak check knows client B's rows, and does not mistake client A's for them.
      const probe = (text: string) => [...text.matchAll(matcher as RegExp)].map((m) => m[0]);
      expect(probe('{"work_order_id":"WO-B","client_id":"CLIENT-B","notes":"Production B-OP"}')).toEqual([
        'WO-B',
        'CLIENT-B',
        'Production B-OP',
      ]);
      expect(probe('The work order WO-B is not in your clients.')).toEqual(['WO-B']);
      expect(probe('{"work_order_id":"WO-A","client_id":"CLIENT-A","po_number":"PO-SECRET-A"}')).toEqual([]);
    }
  });
});
