import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { queryParam } from '../db/compiled';
import { CLIENT_A, CLIENT_B, freshDb, insertRow, LEADER_A, NOW, syncValues } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { readThrough } from '../db/read-connection';
import { type Scope, SYSTEM_SCOPE } from './scope';
import { scopedTables, TENANT_TABLES, type TenantTable } from './scoped-tables';

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(() => database.close());

const orders = {
  reads: ['work_order'],
  select: sql<{ id: string }>`SELECT work_order_id AS id FROM work_order ORDER BY 1`,
} as const;

function ids(scope: Scope, requested?: readonly string[]): string[] {
  return readThrough(database.sqlite)
    .all(scopedTables(scope, requested).compile(orders))
    .map((r) => r.id);
}

const LEADER_B: Scope = { userId: 'U-B', username: 'lead.b', role: 'LEADER', clients: new Set([CLIENT_B]) };

describe('scoped tables', () => {
  it('covers exactly the tables whose spec says they belong to a client', () => {
    // Written out by hand: a table turned tenant (or not) in its spec must be named here and in TenantTable.
    const byHand: Record<TenantTable, true> = {
      client: true,
      user_client_access: true,
      employee_client_assignment: true,
      client_config: true,
      shift: true,
      product: true,
      defect_type: true,
      downtime_reason: true,
      hold_reason: true,
      absence_type: true,
      work_order: true,
      job: true,
      part_opportunities: true,
      production_entry: true,
      downtime_entry: true,
      hold_entry: true,
      attendance_entry: true,
      coverage_entry: true,
      quality_entry: true,
      defect_detail: true,
    };
    expect([...TENANT_TABLES].sort()).toEqual(Object.keys(byHand).sort());
  });

  it('gives a leader only their clients’ rows, and every client to an unrestricted scope', () => {
    expect(ids(LEADER_A)).toEqual(['WO-A']);
    expect(ids(LEADER_B)).toEqual(['WO-B']);
    expect(ids(SYSTEM_SCOPE)).toEqual(['WO-A', 'WO-B']);
    expect(ids(SYSTEM_SCOPE, [CLIENT_B])).toEqual(['WO-B']);
  });

  it('refuses a client outside the scope rather than answering "no rows"', () => {
    expect(() => ids(LEADER_A, [CLIENT_B])).toThrow(AppError);
  });

  it('hides soft-deleted rows unless the read asks for the tombstones', () => {
    insertRow(database.sqlite, 'work_order', {
      work_order_id: 'WO-A-GONE',
      client_id: CLIENT_A,
      deleted_at: NOW,
      ...syncValues(),
    });
    expect(ids(LEADER_A)).toEqual(['WO-A']);
    const withTombstones = readThrough(database.sqlite).all(
      scopedTables(LEADER_A).compile({
        reads: [{ table: 'work_order', tombstones: true }],
        select: sql<{ id: string }>`SELECT work_order_id AS id FROM work_order ORDER BY 1`,
      }),
    );
    expect(withTombstones.map((r) => r.id)).toEqual(['WO-A', 'WO-A-GONE']);
  });

  it('refuses a table the role may not read at all', () => {
    const read = { reads: ['user_client_access'], select: sql`SELECT 1 FROM user_client_access` } as const;
    expect(() => scopedTables(LEADER_A).compile(read)).toThrow(/may not view/);
    expect(() => scopedTables(SYSTEM_SCOPE).compile(read)).not.toThrow();
  });

  it('refuses a table read both with and without its tombstones', () => {
    expect(() =>
      scopedTables(LEADER_A).compile({
        reads: ['work_order', { table: 'work_order', tombstones: true }],
        select: sql`SELECT 1`,
      }),
    ).toThrow(/both/);
  });

  it('compiles a read once and binds each scope’s own clients into the shared text', () => {
    const build = () => ({
      reads: ['work_order'] as const,
      select: sql<{
        id: string;
      }>`SELECT work_order_id AS id FROM work_order WHERE work_order_id LIKE ${queryParam('like')}`,
    });
    const a = scopedTables(LEADER_A).compileOnce('test:shared', build, { like: 'WO-%' });
    const b = scopedTables(LEADER_B).compileOnce('test:shared', build, { like: 'WO-%' });
    expect(a.sql).toBe(b.sql);
    const db = readThrough(database.sqlite);
    expect(db.all(a).map((r) => r.id)).toEqual(['WO-A']);
    expect(db.all(b).map((r) => r.id)).toEqual(['WO-B']);
    // The role check runs on every call, not only when the text is compiled.
    const denied = { reads: ['user_client_access'] as const, select: sql`SELECT 1 FROM user_client_access` };
    scopedTables(SYSTEM_SCOPE).compileOnce('test:denied', () => denied, {});
    expect(() => scopedTables(LEADER_A).compileOnce('test:denied', () => denied, {})).toThrow(/may not view/);
  });

  it('refuses to share a read whose text holds a value', () => {
    const baked = () => ({
      reads: ['work_order'] as const,
      select: sql`SELECT 1 FROM work_order WHERE work_order_id = ${'WO-A'}`,
    });
    expect(() => scopedTables(LEADER_A).compileOnce('test:baked', baked, {})).toThrow(/not a queryParam/);
  });
});
