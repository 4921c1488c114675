import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { HubDB } from '../../../src-hub/db/hub-schema';
import { PLANT_TABLES, rowIdOf, tableMeta } from '../../../src-hub/sync/table-meta';
import { asOwner } from '../../../src-hub/test-support/hub-rows.test-support';
import type { SyncRow } from '../../../src-shared/sync/protocol';
import { sqliteCompiler } from '../../db/compiled';
import { allRows, firstRow } from '../local-sql';
import type { EditTally } from './sim-edits.test-support';
import type { SimLedger, SimPc } from './sim-pc.test-support';

/** Columns that differ between copies by design: a PC's sign-in state, hashes only where a user may sign in. */
const NOT_COMPARED = new Set(['password_hash', 'failed_login_count', 'locked_until', 'last_login']);

interface HeldRow {
  client: string | null;
  row: SyncRow;
}

function comparable(columns: readonly string[], row: Readonly<Record<string, unknown>>): SyncRow {
  const out: SyncRow = {};
  for (const c of columns) {
    if (NOT_COMPARED.has(c)) continue;
    const v = row[c];
    out[c] = v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);
  }
  return out;
}

/** Every row of one of the PC's tables, named at run time (the tables the hub syncs). */
function pcRows(pc: SimPc, table: string): Record<string, unknown>[] {
  const tables = sqliteCompiler.$extendTables<Record<string, Record<string, unknown>>>();
  return allRows(pc.sqlite, tables.selectFrom(table).selectAll());
}

function clientOf(table: string, row: Readonly<Record<string, unknown>>): string | null {
  if (table === 'floating_pool') return (row.assigned_to_client as string | null) ?? null;
  return PLANT_TABLES.has(table as never) ? null : String(row.client_id);
}

/** What the checks counted, for the figures. */
export interface CheckFigures {
  hubRows: number;
  tombstones: number;
  conflicts: number;
}

/**
 * The invariants at a quiet point (every PC synced twice, nothing waiting): every copy equals the
 * hub within its scope; every write the hub acknowledged is there (or its tombstone) at that
 * version or later; every row a PC created is on the hub or kept in a conflict; no natural key held
 * twice; every conflict the hub recorded is on the PC that caused it exactly once (unless that PC's
 * disk was restored from a backup older than it). Throws on the first broken one.
 */
export async function checkPlant(
  db: Kysely<HubDB>,
  pcs: readonly SimPc[],
  ledger: SimLedger,
  tally: EditTally,
): Promise<CheckFigures> {
  const tables = await tableMeta(db);
  const hub = new Map<string, HeldRow>();
  let tombstones = 0;
  const { conflicts, refused } = await asOwner(db, async (trx) => {
    for (const meta of tables.values()) {
      const rows = await trx
        .$extendTables<Record<string, Record<string, unknown>>>()
        .selectFrom(meta.table as string)
        .selectAll()
        .execute();
      for (const row of rows) {
        if (row.deleted_at !== null && row.deleted_at !== undefined) tombstones += 1;
        hub.set(`${meta.table}:${rowIdOf(meta, row)}`, {
          client: clientOf(meta.table, row),
          row: comparable(meta.columns, row),
        });
      }
    }
    return {
      conflicts: await trx
        .selectFrom('sync_conflict')
        .select(['conflict_id', 'table_name', 'row_id'])
        .execute(),
      refused: await trx
        .selectFrom('refused_mutation')
        .select(['table_name', 'row_id', 'code', 'message', 'pushed'])
        .execute(),
    };
  });

  // Every copy equals the hub within its scope.
  for (const pc of pcs) {
    const expected = new Map([...hub].filter(([, h]) => pc.holds(h.client)).map(([id, h]) => [id, h.row]));
    const held = new Map<string, SyncRow>();
    for (const meta of tables.values()) {
      for (const row of pcRows(pc, meta.table))
        held.set(`${meta.table}:${rowIdOf(meta, row)}`, comparable(meta.columns, row));
    }
    const wrong: string[] = [];
    for (const [id, row] of expected)
      if (!isDeepStrictEqual(held.get(id), row))
        wrong.push(`${id}: PC ${JSON.stringify(held.get(id) ?? null)} hub ${JSON.stringify(row)}`);
    for (const id of held.keys())
      if (!expected.has(id)) wrong.push(`${id}: on the PC, not on the hub in its scope`);
    if (wrong.length > 0)
      throw new Error(
        `${pc.name} differs from the hub in ${wrong.length} rows:\n${wrong.slice(0, 5).join('\n')}`,
      );
  }

  // No acknowledged write lost: present at its version or later (a tombstone counts).
  for (const [id, version] of ledger.acknowledged) {
    const row = hub.get(id);
    if (!row || Number(row.row.version) < version)
      throw new Error(
        `lost: ${id} acknowledged at version ${version}, hub holds ${row?.row.version ?? 'nothing'}`,
      );
  }
  const kept = new Set(conflicts.map((c) => `${c.table_name}:${c.row_id}`));
  for (const id of tally.created)
    if (!hub.has(id) && !kept.has(id))
      throw new Error(`lost: ${id} was created on a PC and is neither on the hub nor a conflict`);
  for (const r of refused)
    if (r.code !== 'NOT_FOUND' || !kept.has(`${r.table_name}:${r.row_id}`))
      throw new Error(
        `refused on the hub: ${r.code} ${r.table_name}:${r.row_id}: ${r.message} ${JSON.stringify(r.pushed)}`,
      );

  // No natural key held twice, on the hub or on any PC.
  const natural = (rows: Iterable<[string, SyncRow]>) => {
    const seen = new Map<string, string>();
    for (const [id, row] of rows) {
      let key: string | null = null;
      if (id.startsWith('app_user:')) key = `user:${String(row.username).toLowerCase()}`;
      else if (id.startsWith('attendance_entry:') && row.deleted_at === null)
        key = `attendance:${row.client_id}/${row.employee_id}/${row.shift_date}/${row.shift_type}`;
      if (key === null) continue;
      const other = seen.get(key);
      if (other) throw new Error(`duplicate natural key ${key}: ${other} and ${id}`);
      seen.set(key, id);
    }
  };
  natural([...hub].map(([id, h]) => [id, h.row]));
  for (const pc of pcs)
    natural(
      pcRows(pc, 'attendance_entry').map((r): [string, SyncRow] => [
        `attendance_entry:${String(r.attendance_entry_id)}`,
        comparable(Object.keys(r), r),
      ]),
    );

  // Every conflict recorded exactly once: the hub's are the ones its answers named, and each is on
  // the PC that caused it once.
  const hubIds = conflicts.map((c) => Number(c.conflict_id)).sort((a, b) => a - b);
  const named = [...ledger.conflictOwner.keys()].sort((a, b) => a - b);
  if (!isDeepStrictEqual(hubIds, named))
    throw new Error(`the hub recorded conflicts ${hubIds.length}, its answers named ${named.length}`);
  for (const pc of pcs) {
    const onPc = allRows(
      pc.sqlite,
      sqliteCompiler
        .selectFrom('sync_conflict')
        .select('hub_conflict_id as id')
        .where('hub_conflict_id', 'is not', null),
    ).map((r) => Number(r.id));
    if (new Set(onPc).size !== onPc.length) throw new Error(`${pc.name} lists a conflict twice`);
    const want = [...ledger.conflictOwner]
      .filter(([id, owner]) => owner === pc.name && !pc.lostConflicts.has(id))
      .map(([id]) => id)
      .sort((a, b) => a - b);
    const have = onPc.filter((id) => !pc.lostConflicts.has(id)).sort((a, b) => a - b);
    if (!isDeepStrictEqual(have, want))
      throw new Error(
        `${pc.name} lists conflicts [${have.join(',')}], the hub recorded [${want.join(',')}] for it`,
      );
    const clashes = firstRow(
      pc.sqlite,
      sqliteCompiler
        .selectFrom('sync_conflict')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'pulled_clash'),
    ) ?? { n: 0 };
    if (clashes.n > 0) throw new Error(`${pc.name} could not apply ${clashes.n} pulled rows (pulled_clash)`);
  }
  return { hubRows: hub.size, tombstones, conflicts: conflicts.length };
}
