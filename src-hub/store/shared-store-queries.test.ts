import {
  type Compilable,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreDb, StoreRow } from '../../src-shared/store-sql/store-db';
import { postgresStoreDialect } from '../../src-shared/store-sql/store-dialect';
import { countQuery, distinctValuesQuery, pageQuery } from '../../src-shared/store-sql/store-list';
import { codeLookup, parentLookup } from '../../src-shared/store-sql/store-lookups';
import {
  insertRowQuery,
  keyProbeQuery,
  updateRowQuery,
  visibleKeyQuery,
} from '../../src-shared/store-sql/store-rows';
import type { StoreScope } from '../../src-shared/store-sql/store-scope';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import type { HubDatabase } from '../db/connect';
import { HUB_SCHEMA } from '../db/hub-schema';
import { pgliteHub } from '../test-support/pglite-hub.test-support';

/**
 * The store's query builders (src-shared/store-sql) are dialect-neutral: the same builders the
 * PC compiles for SQLite, compiled here with Kysely's PostgreSQL compiler and run on the hub's
 * schema in PGlite, return what the PC's store returns: a scope's rows only, searched, sorted,
 * paged, written and probed by key.
 */

const pgCompiler = new Kysely<StoreDb>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const dialect = postgresStoreDialect(HUB_SCHEMA);
const AT = '2026-03-02T08:00:00Z';
const leaderOfA: StoreScope = {
  userId: 'U-LEAD',
  admin: false,
  clients: { param: dialect.listParam(['A']) },
};
const plant: StoreScope = { userId: null, admin: true, clients: 'all' };
const workOrder = TABLE_SPECS.work_order;

let hub: HubDatabase;

async function rows<R>(query: Compilable<R>): Promise<R[]> {
  return (await hub.db.executeQuery(query.compile())).rows;
}

function synced(row: StoreRow): StoreRow {
  return { ...row, created_at: AT, updated_at: AT, server_version: 1 };
}

beforeAll(async () => {
  hub = await pgliteHub();
  for (const client of ['A', 'B']) {
    await rows(
      insertRowQuery(pgCompiler, 'client', synced({ client_id: client, client_name: `Client ${client}` })),
    );
    await rows(
      insertRowQuery(
        pgCompiler,
        'downtime_reason',
        synced({ client_id: client, code: 'MATERIAL', label: 'Material' }),
      ),
    );
  }
  const orders = [
    { work_order_id: 'WO-A1', client_id: 'A', style_model: 'boot' },
    { work_order_id: 'WO-A2', client_id: 'A', style_model: 'Apparel 50%' },
    { work_order_id: 'WO-A3', client_id: 'A', style_model: null },
    { work_order_id: 'WO-B1', client_id: 'B', style_model: 'boot' },
  ];
  for (const order of orders) {
    const [saved] = await rows(insertRowQuery(pgCompiler, 'work_order', synced(order)));
    // RETURNING gives the row as stored, the column default applied.
    expect(saved).toMatchObject({ ...order, status: 'ACTIVE', version: 1 });
  }
});
afterAll(() => hub.close());

describe('the store query builders on PostgreSQL', () => {
  it('lists only the scope’s rows, with the total, in the store’s order', async () => {
    const page = await rows(
      pageQuery(pgCompiler, dialect, leaderOfA, workOrder, {}, { limit: 2, offset: 0 }),
    );
    expect(page.map((r) => r.work_order_id)).toEqual(['WO-A1', 'WO-A2']);
    const [count] = await rows(countQuery(pgCompiler, dialect, leaderOfA, workOrder, {}));
    expect(Number(count?.n)).toBe(3);
    const all = await rows(pageQuery(pgCompiler, dialect, plant, workOrder, {}, { limit: 10, offset: 0 }));
    expect(all.map((r) => r.work_order_id)).toEqual(['WO-A1', 'WO-A2', 'WO-A3', 'WO-B1']);
  });

  it('searches case-blind with the pattern’s own _ and % taken literally, matches lists, sorts blanks last', async () => {
    const page = { limit: 10, offset: 0 };
    const found = await rows(
      pageQuery(pgCompiler, dialect, leaderOfA, workOrder, { text: 'apparel 50%' }, page),
    );
    expect(found.map((r) => r.work_order_id)).toEqual(['WO-A2']);
    expect(await rows(pageQuery(pgCompiler, dialect, leaderOfA, workOrder, { text: 'l_5' }, page))).toEqual(
      [],
    );
    const listed = await rows(
      pageQuery(
        pgCompiler,
        dialect,
        leaderOfA,
        workOrder,
        { equals: { work_order_id: ['WO-A3', 'WO-B1'] } },
        page,
      ),
    );
    expect(listed.map((r) => r.work_order_id)).toEqual(['WO-A3']);
    const sorted = await rows(
      pageQuery(
        pgCompiler,
        dialect,
        leaderOfA,
        workOrder,
        { sort: [{ column: 'style_model', direction: 'asc' }] },
        page,
      ),
    );
    expect(sorted.map((r) => r.style_model)).toEqual(['Apparel 50%', 'boot', null]);
    const clientB = await rows(
      pageQuery(
        pgCompiler,
        dialect,
        plant,
        workOrder,
        { clients: { param: dialect.listParam(['B']) } },
        page,
      ),
    );
    expect(clientB.map((r) => r.work_order_id)).toEqual(['WO-B1']);
  });

  it('suggests the scope’s spellings in use, most used first', async () => {
    const values = await rows(
      distinctValuesQuery(pgCompiler, dialect, plant, workOrder, 'style_model', {}, 5),
    );
    expect(values.map((r) => [r.value, Number(r.uses)])).toEqual([
      ['boot', 2],
      ['Apparel 50%', 1],
    ]);
    const mine = await rows(
      distinctValuesQuery(pgCompiler, dialect, leaderOfA, workOrder, 'style_model', {}, 5),
    );
    expect(mine.map((r) => [r.value, Number(r.uses)])).toEqual([
      ['Apparel 50%', 1],
      ['boot', 1],
    ]);
  });

  it('updates a row only at its version, bumps it, and soft-deletes it out of every list', async () => {
    const key = { work_order_id: 'WO-A1' };
    const stale = await hub.db.executeQuery(
      updateRowQuery(pgCompiler, workOrder, key, { style_model: 'late edit' }, 7).compile(),
    );
    expect(Number(stale.numAffectedRows)).toBe(0);
    await rows(updateRowQuery(pgCompiler, workOrder, key, { style_model: 'shoe', updated_at: AT }, 1));
    await rows(updateRowQuery(pgCompiler, workOrder, key, { deleted_at: AT }));
    const [probe] = await rows(keyProbeQuery(pgCompiler, workOrder, key));
    expect(probe).toMatchObject({ style_model: 'shoe', version: 3 });
    expect(probe?.deleted_at).not.toBeNull();
    const page = await rows(
      pageQuery(pgCompiler, dialect, leaderOfA, workOrder, {}, { limit: 10, offset: 0 }),
    );
    expect(page.map((r) => r.work_order_id)).toEqual(['WO-A2', 'WO-A3']);
    await rows(updateRowQuery(pgCompiler, workOrder, key, { deleted_at: null }));
  });

  it('sees another client’s row by key only as absent, in checks and lookups', async () => {
    expect(
      await rows(visibleKeyQuery(pgCompiler, dialect, leaderOfA, workOrder, { work_order_id: 'WO-B1' })),
    ).toEqual([]);
    expect(
      await rows(visibleKeyQuery(pgCompiler, dialect, leaderOfA, workOrder, { work_order_id: 'WO-A2' })),
    ).toHaveLength(1);
    const parent = { table: 'work_order', key: 'work_order_id', hasWorkOrder: true };
    expect(await rows(parentLookup(pgCompiler, dialect, leaderOfA, parent, 'WO-B1'))).toEqual([]);
    expect(await rows(parentLookup(pgCompiler, dialect, plant, parent, 'WO-B1'))).toEqual([
      { client_id: 'B', work_order_id: 'WO-B1' },
    ]);
    const code = (clientId: string) =>
      codeLookup(pgCompiler, dialect, leaderOfA, 'downtime_reason', 'code', { clientId, code: 'MATERIAL' });
    expect(await rows(code('A'))).toHaveLength(1);
    expect(await rows(code('B'))).toEqual([]);
  });
});
