import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { PullResponse, SyncRow } from '../../src-shared/sync/protocol';
import type { TableSpec } from '../../src-shared/tables/column';
import { nowUtc } from '../../src-shared/tables/formats';
import { specOf, TABLE_SPECS } from '../../src-shared/tables/registry';
import { sqliteCompiler as q } from '../db/compiled';
import { inTransaction } from '../db/statement-cache';
import { refreshRollupsInTransaction } from '../tenancy/store-rollups';
import { differs, localRows, writeHubRow } from './apply-row';
import { allRows, firstRow, runWrite } from './local-sql';
import { keyOf } from './outbox';
import { saveCursors } from './sync-state';

/** What applying pulled pages did (summed over a round's pages). */
export interface ApplySummary {
  received: number;
  applied: number;
  /** Rows skipped because this PC still has unsent changes to them (pushed next round). */
  keptLocal: number;
  /** Rows the PC could not take (a clash with a row held here): listed as conflicts. */
  clashes: number;
  removedClients: string[];
}

/** Rows whose local copies are read together (one statement per table in the chunk). */
const CHUNK = 250;
/**
 * How long one step writes before it commits and lets the thread serve others. Longer than an
 * import's 20 ms steps (one transaction held open): each step here ends with a COMMIT, whose
 * fsync costs about as much as 20 ms of writing on a busy disk.
 */
const STEP_MS = 40;

/** Where a step stopped and what it did, merged into the page's summary only once it committed. */
interface Step {
  end: number;
  counts: Omit<ApplySummary, 'removedClients'>;
}

/** The keys (`table:key_json`) of rows with unsent changes here, read again only when the outbox moved. */
class PendingKeys {
  #mark = '';
  #keys = new Set<string>();

  read(sqlite: BetterSqlite3.Database): ReadonlySet<string> {
    const now = firstRow(
      sqlite,
      q
        .selectFrom('sync_outbox')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('mutation_id').as('last')]),
    );
    const mark = `${now?.n ?? 0}:${now?.last ?? 0}`;
    if (mark !== this.#mark) {
      this.#keys = new Set(
        allRows(sqlite, q.selectFrom('sync_outbox').select(['table_name', 'key_json'])).map(
          (r) => `${r.table_name}:${r.key_json}`,
        ),
      );
      this.#mark = mark;
    }
    return this.#keys;
  }
}

/**
 * Applies one pulled page in steps of about 20 ms: each step is its own write transaction (BEGIN
 * IMMEDIATE … COMMIT, foreign keys checked at its COMMIT) that reads the local copies of a chunk of
 * rows at once, per table, writes the rows that are new or newer back to back (one prepared upsert
 * per table and set of columns, each with its audit entry marked as from the hub). The page's last
 * step brings the rollups its rows made stale up to date before it commits (the store's own
 * upkeep); until then the stale marks, committed with the rows, make the KPI engine read those
 * days from the raw rows, so every committed state gives the same KPIs. Between steps
 * the thread serves other calls, which may write too: a row they changed meanwhile waits in the
 * outbox and the next step leaves it alone. The page's cursors are saved with its last step, so a
 * page cut short (a crash, an error) is pulled again and its applied rows are found equal. A step
 * whose COMMIT finds a row's parent missing (it comes later in the page) is redone with more rows.
 */
export async function applyPageInSteps(
  sqlite: BetterSqlite3.Database,
  page: PullResponse,
  summary: ApplySummary,
  onStep?: (rowsDone: number) => void,
  sizes: { stepMs: number; chunk: number } = { stepMs: STEP_MS, chunk: CHUNK },
): Promise<void> {
  const pending = new PendingKeys();
  const total = page.changes.length;
  let start = 0;
  let first = true;
  while (first || start < total) {
    let step: Step | null = null;
    let atLeast = start + 1;
    while (!step) {
      try {
        step = runStep(sqlite, page, pending, { start, atLeast, first, ...sizes });
      } catch (error) {
        // A row whose parent comes later in the page: the step is redone up to twice as far.
        if (!isForeignKeyError(error) || atLeast >= total) throw error;
        atLeast = Math.min(total, start + 2 * Math.max(sizes.chunk, atLeast - start));
      }
    }
    summary.received += step.counts.received;
    summary.applied += step.counts.applied;
    summary.keptLocal += step.counts.keptLocal;
    summary.clashes += step.counts.clashes;
    if (first) summary.removedClients.push(...page.removedClients);
    first = false;
    start = step.end;
    onStep?.(start);
    if (start < total) await new Promise((resolve) => setImmediate(resolve));
  }
}

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** One step's transaction: rows from `start` on, at least up to `atLeast`, for about `stepMs`. */
function runStep(
  sqlite: BetterSqlite3.Database,
  page: PullResponse,
  pending: PendingKeys,
  at: { start: number; atLeast: number; first: boolean; stepMs: number; chunk: number },
): Step {
  const total = page.changes.length;
  const step: Step = { end: at.start, counts: { received: 0, applied: 0, keptLocal: 0, clashes: 0 } };
  const work = (): Step => {
    sqlite.pragma('defer_foreign_keys = ON');
    if (at.first)
      for (const client of [...page.removedClients, ...page.resyncClients]) dropClient(sqlite, client);
    const unsent = pending.read(sqlite);
    const began = performance.now();
    let index = at.start;
    while (index < total && (index < at.atLeast || performance.now() - began < at.stepMs)) {
      const chunk = page.changes.slice(index, index + at.chunk);
      applyChunk(sqlite, chunk, unsent, step.counts);
      index += chunk.length;
    }
    step.end = index;
    if (index >= total) {
      const cursors = { ...page.cursors };
      for (const client of page.resyncClients) cursors[client] = 0;
      for (const client of page.removedClients) delete cursors[client];
      saveCursors(sqlite, cursors, page.plantCursor, page.scope);
    }
    return step;
  };
  // The rollups its rows marked stale are recomputed (the store's upkeep) before the page's last
  // COMMIT, once per page: recomputing after every 20 ms step would sum each day's cells again
  // for every step that touched it or the 30 days before it. Until then the marks, committed
  // with the rows, make the engine read those days from the raw rows: the KPIs are the same.
  return inTransaction(sqlite, () => {
    const done = work();
    if (done.end >= total) refreshRollupsInTransaction(sqlite);
    return done;
  });
}

/**
 * Applies a chunk of pulled rows in the page's order (parents first): the local copies of the
 * chunk's rows are read per table in one statement, then each row is taken when it is newer than
 * the PC's, or as new with other content (a password hash that arrived); never over a row with
 * unsent changes here (the push settles those).
 */
function applyChunk(
  sqlite: BetterSqlite3.Database,
  chunk: PullResponse['changes'],
  unsent: ReadonlySet<string>,
  counts: Step['counts'],
): void {
  const wanted = new Map<TableSpec, SyncRow[]>();
  const rows: { spec: TableSpec; row: SyncRow; id: string }[] = [];
  for (const change of chunk) {
    counts.received += 1;
    const spec = specOf(change.table);
    if (!spec) continue;
    const keyJson = JSON.stringify(keyOf(spec, change.row));
    if (unsent.has(`${change.table}:${keyJson}`)) {
      counts.keptLocal += 1;
      continue;
    }
    rows.push({ spec, row: change.row, id: keyJson });
    const list = wanted.get(spec);
    if (list) list.push(change.row);
    else wanted.set(spec, [change.row]);
  }
  const held = new Map<TableSpec, Map<string, Record<string, unknown>>>();
  for (const [spec, list] of wanted) {
    const found = new Map<string, Record<string, unknown>>();
    for (const local of localRows(sqlite, spec, list)) found.set(JSON.stringify(keyOf(spec, local)), local);
    held.set(spec, found);
  }
  for (const { spec, row, id } of rows) {
    const locals = held.get(spec);
    const local = locals?.get(id);
    if (local && (Number(local.version) > Number(row.version) || !differs(sqlite, spec, local, row)))
      continue;
    try {
      // A row that clashes with one held here (a username taken by another user id on this PC)
      // is listed for a person instead of stopping the page; its failed statement left nothing
      // behind (writeHubRow writes the row before its audit entry).
      const after = writeHubRow(sqlite, spec, row, local ?? null);
      // The same row again later in the chunk (a parent's current state, then its own change).
      if (after) locals?.set(id, after);
      counts.applied += 1;
    } catch (error) {
      counts.clashes += 1;
      recordPulledClash(sqlite, spec.table, keyOf(spec, row), local, row, error);
    }
  }
}

function recordPulledClash(
  sqlite: BetterSqlite3.Database,
  table: string,
  key: Record<string, string>,
  local: Record<string, unknown> | undefined,
  row: Record<string, unknown>,
  error: unknown,
): void {
  runWrite(
    sqlite,
    q.insertInto('sync_conflict').values({
      table_name: table,
      key_json: JSON.stringify(key),
      kind: 'pulled_clash',
      op: 'pull',
      local_row_json: JSON.stringify(local ?? {}),
      server_row_json: JSON.stringify(row),
      local_user_id: null,
      local_at: nowUtc(),
      message: error instanceof Error ? error.message : String(error),
      hub_conflict_id: null,
      mutation_id: null,
      detected_at: nowUtc(),
    }),
  );
}

/** Deletes every row of a client this PC may no longer hold, children first, and its unsent changes. */
export function dropClient(sqlite: BetterSqlite3.Database, clientId: string): void {
  const tenantTables = Object.values(TABLE_SPECS)
    .filter((spec) => spec.tenant)
    .reverse();
  for (const spec of tenantTables)
    runWrite(sqlite, sql`DELETE FROM ${sql.table(spec.table)} WHERE client_id = ${clientId}`);
  runWrite(sqlite, sql`DELETE FROM sync_outbox WHERE json_extract(row_json, '$.client_id') = ${clientId}`);
}
