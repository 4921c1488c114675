import { type Kysely, sql } from 'kysely';
import { ALL_CLIENT_ROLES, isRole } from '../../src-shared/domain/roles';
import {
  DEFAULT_PULL_LIMIT,
  type PulledChange,
  type PullRequest,
  type PullResponse,
} from '../../src-shared/sync/protocol';
import type { DataTableName } from '../../src-shared/tables/registry';
import type { DynamicRow, HubDB } from '../db/hub-schema';
import { type HubTransaction, inHubTransaction } from '../db/hub-transaction';
import { authenticateDevice, type DeviceContext } from './device-auth';
import { dynamic, rowsOf } from './row-io';
import { toSyncRow } from './row-shape';
import { PLANT_TABLES, rowIdOf, type TableMeta, type TableMetaMap, tableMeta } from './table-meta';

/**
 * One page of a pull (docs/sync.md § Pull), in one REPEATABLE READ snapshot: the plant's stream
 * first (users, employees, the floating pool), then each client's, each row whose server version is
 * above the PC's cursor and at or below the stream's committed counter, tombstones included.
 * A page never splits a stream's order (its cursor is the last version it holds), and it carries
 * the current state of any parent its rows refer to that the PC would otherwise only get later
 * (a work order edited after its production was entered), so every page applies on its own.
 */

interface Found {
  meta: TableMeta;
  row: DynamicRow;
  serverVersion: number;
}

interface Stream {
  /** A client id, or null for the plant's stream. */
  id: string | null;
  cursor: number;
  clock: number;
}

/** The tables whose rows a stream holds (the floating pool in both: by its assignment). */
function streamTables(tables: TableMetaMap, stream: string | null): TableMeta[] {
  return [...tables.values()].filter((m) =>
    stream === null ? PLANT_TABLES.has(m.table) : !PLANT_TABLES.has(m.table) || m.table === 'floating_pool',
  );
}

/** A query of one table restricted to one stream's rows. */
function streamQuery(trx: HubTransaction, meta: TableMeta, stream: string | null) {
  const table: string = meta.table;
  const query = dynamic(trx).selectFrom(table);
  if (meta.table === 'floating_pool')
    return stream === null
      ? query.where('assigned_to_client', 'is', null)
      : query.where('assigned_to_client', '=', stream);
  return stream === null ? query : query.where('client_id', '=', stream);
}

/** The highest version a page of at most `budget` rows of the stream reaches. */
async function pageEnd(
  trx: HubTransaction,
  tables: TableMeta[],
  stream: Stream,
  budget: number,
): Promise<number> {
  const [first, ...rest] = tables.map((meta) =>
    streamQuery(trx, meta, stream.id)
      .select('server_version')
      .where('server_version', '>', stream.cursor)
      .where('server_version', '<=', stream.clock),
  );
  if (!first) return stream.clock;
  const union = rest.reduce((all, q) => all.unionAll(q), first);
  const beyond = await dynamic(trx)
    .selectFrom(union.as('u'))
    .select('u.server_version')
    .orderBy('u.server_version')
    .offset(budget)
    .limit(1)
    .executeTakeFirst();
  // Versions are unique within a stream, so everything below the first one left out fits.
  return beyond ? Number(beyond.server_version) - 1 : stream.clock;
}

async function readStream(
  trx: HubTransaction,
  tables: TableMetaMap,
  stream: Stream,
  budget: number,
): Promise<{ found: Found[]; end: number }> {
  const metas = streamTables(tables, stream.id);
  const end = await pageEnd(trx, metas, stream, budget);
  const found: Found[] = [];
  for (const meta of metas) {
    const rows = await streamQuery(trx, meta, stream.id)
      .selectAll()
      .where('server_version', '>', stream.cursor)
      .where('server_version', '<=', end)
      .execute();
    for (const row of rows) found.push({ meta, row, serverVersion: Number(row.server_version) });
  }
  found.push(...(await parentsAfter(trx, tables, stream, end, found)));
  return { found, end };
}

/**
 * The parents (in the same stream) of the page's rows whose current version lies beyond the page:
 * without them the page would hold a child whose parent the PC does not have yet.
 */
async function parentsAfter(
  trx: HubTransaction,
  tables: TableMetaMap,
  stream: Stream,
  end: number,
  page: readonly Found[],
): Promise<Found[]> {
  const inStream = new Set(streamTables(tables, stream.id).map((m) => m.table));
  const seen = new Set(page.map((f) => `${f.meta.table}:${rowIdOf(f.meta, f.row)}`));
  const added: Found[] = [];
  let frontier: readonly Found[] = page;
  while (frontier.length > 0 && end < stream.clock) {
    const wanted = new Map<string, { meta: TableMeta; refColumns: readonly string[]; keys: DynamicRow[] }>();
    for (const child of frontier) {
      for (const fk of child.meta.parents) {
        const parent = tables.get(fk.table);
        if (!parent || !inStream.has(fk.table)) continue;
        const values = fk.columns.map((c) => child.row[c]);
        if (values.some((v) => v === null || v === undefined)) continue;
        const id = `${fk.table}:${fk.refColumns.join(',')}`;
        const entry = wanted.get(id) ?? { meta: parent, refColumns: fk.refColumns, keys: [] };
        entry.keys.push(Object.fromEntries(fk.refColumns.map((c, i) => [c, values[i]])));
        wanted.set(id, entry);
      }
    }
    const next: Found[] = [];
    for (const { meta, refColumns, keys } of wanted.values()) {
      const tuple = (alias?: string) =>
        sql`(${sql.join(refColumns.map((c) => sql.ref(alias ? `${alias}.${c}` : c)))})`;
      const rows = await streamQuery(trx, meta, stream.id)
        .selectAll()
        .where('server_version', '>', end)
        .where('server_version', '<=', stream.clock)
        .where(
          sql<boolean>`${tuple()} IN (SELECT ${sql.join(refColumns.map((c) => sql.ref(`k.${c}`)))}
            FROM ${rowsOf(meta.table, keys)} AS k)`,
        )
        .execute();
      for (const row of rows) {
        const id = `${meta.table}:${rowIdOf(meta, row)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        next.push({ meta, row, serverVersion: Number(row.server_version) });
      }
    }
    added.push(...next);
    frontier = next;
  }
  return added;
}

/**
 * Password hashes travel only to PCs where their user may sign in: the PC's own user, ADMIN and
 * POWERUSER accounts (every client), and users with access to one of the PC's clients. Other users
 * arrive without a hash: tenant rows name them (recorded by, approved by), so the PC needs the row.
 */
async function hashReaders(
  trx: HubTransaction,
  device: DeviceContext,
): Promise<(row: DynamicRow) => boolean> {
  if (device.scope.all) return () => true;
  const access = await trx
    .selectFrom('user_client_access')
    .select('user_id')
    .distinct()
    .where('deleted_at', 'is', null)
    .execute();
  const allowed = new Set([device.userId, ...access.map((a) => a.user_id)]);
  return (row) => {
    const role = typeof row.role === 'string' && isRole(row.role) ? row.role : null;
    return allowed.has(String(row.user_id)) || (role !== null && ALL_CLIENT_ROLES.has(role));
  };
}

/** Users whose hash may have come or gone with this page: those of its access rows, or all of them. */
async function refreshedUsers(
  trx: HubTransaction,
  tables: TableMetaMap,
  found: readonly Found[],
  everyone: boolean,
): Promise<Found[]> {
  const meta = tables.get('app_user');
  if (!meta) return [];
  const inPage = new Set(found.filter((f) => f.meta.table === 'app_user').map((f) => String(f.row.user_id)));
  const ids = [
    ...new Set(found.filter((f) => f.meta.table === 'user_client_access').map((f) => String(f.row.user_id))),
  ].filter((id) => !inPage.has(id));
  if (!everyone && ids.length === 0) return [];
  let query = trx.selectFrom('app_user').selectAll();
  if (!everyone) query = query.where('user_id', 'in', ids);
  const rows = await query.execute();
  return rows
    .filter((row) => !inPage.has(row.user_id))
    .map((row) => ({ meta, row: { ...row }, serverVersion: row.server_version }));
}

export interface PullAuth {
  secret: string;
}

/** Answers one pull request with one page of changes. */
export async function pullChanges(
  db: Kysely<HubDB>,
  request: PullRequest,
  auth: PullAuth,
): Promise<PullResponse> {
  const tables = await tableMeta(db);
  const budget = request.limit ?? DEFAULT_PULL_LIMIT;
  const response = await inHubTransaction(
    db,
    { role: 'app', deviceId: request.deviceId, snapshot: true },
    async (trx) => {
      const device = await authenticateDevice(trx, request.deviceId, auth.secret, { lock: false });
      const clocks = await trx
        .selectFrom('tenant_clock')
        .select(['client_id', 'version', 'horizon'])
        .where('client_id', 'in', (eb) => eb.selectFrom('client').select('client_id'))
        .orderBy('client_id')
        .execute();
      const visible = device.scope.all
        ? clocks
        : clocks.filter((c) => device.scope.clients.includes(c.client_id));
      const inScope = new Set(visible.map((c) => c.client_id));
      const removedClients = Object.keys(request.cursors)
        .filter((c) => !inScope.has(c))
        .sort();
      const resyncClients = visible
        .filter((c) => {
          const cursor = request.cursors[c.client_id] ?? 0;
          return cursor > 0 && cursor < c.horizon;
        })
        .map((c) => c.client_id);

      let left = budget;
      // A client to resync is pulled again from 0 once the PC has dropped it.
      let more = resyncClients.length > 0;
      const found: Found[] = [];
      const plant = await trx.selectFrom('plant_clock').select('version').executeTakeFirstOrThrow();
      let plantCursor = request.plantCursor;
      if (plantCursor < plant.version) {
        const page = await readStream(
          trx,
          tables,
          { id: null, cursor: plantCursor, clock: plant.version },
          left,
        );
        found.push(...page.found);
        left -= page.found.length;
        plantCursor = page.end;
      }
      const plantPending = plantCursor < plant.version;
      more ||= plantPending;
      const cursors: Record<string, number> = {};
      for (const clock of visible) {
        const cursor = request.cursors[clock.client_id] ?? 0;
        cursors[clock.client_id] = cursor;
        if (resyncClients.includes(clock.client_id) || cursor >= clock.version) continue;
        // The plant's rows come first: client rows name its users and employees.
        if (plantPending || left <= 0) {
          more = true;
          continue;
        }
        const page = await readStream(
          trx,
          tables,
          { id: clock.client_id, cursor, clock: clock.version },
          left,
        );
        found.push(...page.found);
        left -= page.found.length;
        cursors[clock.client_id] = page.end;
        if (page.end < clock.version) more = true;
      }
      found.push(...(await refreshedUsers(trx, tables, found, removedClients.length > 0)));
      const mayRead = await hashReaders(trx, device);
      found.sort((a, b) => a.meta.rank - b.meta.rank || a.serverVersion - b.serverVersion);
      const changes: PulledChange[] = found.map((f) => {
        const row = toSyncRow(f.meta, f.row);
        if (f.meta.table === 'app_user' && !mayRead(f.row)) row.password_hash = null;
        return { table: f.meta.table satisfies DataTableName, row, serverVersion: f.serverVersion };
      });
      return {
        changes,
        cursors,
        plantCursor,
        more,
        scope: device.scope,
        removedClients,
        resyncClients,
      };
    },
  );
  await inHubTransaction(db, { role: 'app', deviceId: request.deviceId }, (trx) =>
    trx
      .updateTable('device')
      .set({ last_pull_at: sql<string>`now()` })
      .where('device_id', '=', request.deviceId)
      .execute(),
  );
  return response;
}
