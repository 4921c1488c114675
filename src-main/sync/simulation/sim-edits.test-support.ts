import { AppError } from '../../../src-shared/contract/errors';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { listConflicts } from '../conflicts';
import { resolveConflict } from '../resolve-conflict';
import type { SimPc } from './sim-pc.test-support';

/** mulberry32: small, seeded, good enough to pick edits; the same seed replays the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** The plant: each client's work order and employee (seeded on the office PC). */
export const SIM_CLIENTS = {
  'CLIENT-A': { order: 'WO-A', employee: 'E-A' },
  'CLIENT-B': { order: 'WO-B', employee: 'E-B' },
  'CLIENT-C': { order: 'WO-C', employee: 'E-C' },
} as const;
export type SimClient = keyof typeof SIM_CLIENTS;
const DATES = ['2026-03-02', '2026-03-03', '2026-03-04'];

/** What the PCs did, for the figures and the "nothing lost" check. */
export interface EditTally {
  created: Set<string>;
  edits: number;
  deletes: number;
  resolutions: number;
  /** Edits the store refused (a stale version, a duplicate attendance): the person sees an error. */
  refused: Map<string, number>;
}

export function newTally(): EditTally {
  return { created: new Set(), edits: 0, deletes: 0, resolutions: 0, refused: new Map() };
}

function live(pc: SimPc, table: string, clients: readonly string[]): { id: string; version: number }[] {
  const spec = TABLE_SPECS[table as keyof typeof TABLE_SPECS];
  const key = spec.key[0] ?? '';
  const rows = pc.sqlite
    .prepare(`SELECT ${key} AS id, version, client_id FROM ${table} WHERE deleted_at IS NULL`)
    .all() as { id: string; version: number; client_id: string }[];
  return rows.filter((r) => clients.includes(r.client_id));
}

/** The clients this PC may edit. */
function clientsOf(pc: SimPc): SimClient[] {
  return (Object.keys(SIM_CLIENTS) as SimClient[]).filter((c) => pc.holds(c));
}

/**
 * One offline edit on a PC through its real store: production and attendance rows made, changed
 * and deleted; work orders created under ids other PCs may also create (WO-SIM-CLIENT-A-1 on two
 * PCs: a clash when they disagree) and edited; sometimes an open conflict settled.
 */
export function randomEdit(rand: () => number, pc: SimPc, round: number, n: number, tally: EditTally): void {
  const clients = clientsOf(pc);
  const client = pick(rand, clients);
  const { order, employee } = SIM_CLIENTS[client];
  const tag = `${round}-${n}-${pc.name}`;
  const roll = rand();
  try {
    if (roll < 0.3) {
      const id = `PE-${tag}`;
      pc.store.create(TABLE_SPECS.production_entry, {
        production_entry_id: id,
        work_order_id: order,
        client_id: client,
        shift_date: pick(rand, DATES),
        shift_type: 'SHIFT_1ST',
        units_produced: 1 + Math.floor(rand() * 20),
        units_defective: 0,
        run_time_hours: 8,
        employees_assigned: 10,
      });
      tally.created.add(`production_entry:${id}`);
    } else if (roll < 0.48) {
      const rows = live(pc, 'production_entry', clients);
      if (rows.length === 0) return;
      const row = pick(rand, rows);
      pc.store.update(TABLE_SPECS.production_entry, { production_entry_id: row.id }, row.version, {
        units_produced: 1 + Math.floor(rand() * 20),
      });
      tally.edits += 1;
    } else if (roll < 0.58) {
      const table = rand() < 0.5 ? 'production_entry' : 'attendance_entry';
      const rows = live(pc, table, clients);
      if (rows.length === 0) return;
      const row = pick(rand, rows);
      const spec = TABLE_SPECS[table];
      pc.store.remove(spec, { [spec.key[0] ?? '']: row.id }, row.version);
      tally.deletes += 1;
    } else if (roll < 0.76) {
      const id = `AT-${tag}`;
      pc.store.create(TABLE_SPECS.attendance_entry, {
        attendance_entry_id: id,
        employee_id: employee,
        client_id: client,
        shift_date: pick(rand, DATES),
        shift_type: pick(rand, ['SHIFT_1ST', 'SHIFT_2ND']),
        scheduled_hours: 8,
        actual_hours: 1 + Math.floor(rand() * 8),
        is_absent: 0,
      });
      tally.created.add(`attendance_entry:${id}`);
    } else if (roll < 0.88) {
      // The same natural key on several PCs: one row when they agree, a conflict when they do not.
      const id = `WO-SIM-${client}-${Math.floor(rand() * 4)}`;
      if (pc.sqlite.prepare('SELECT 1 FROM work_order WHERE work_order_id = ?').get(id)) return;
      pc.store.create(TABLE_SPECS.work_order, {
        work_order_id: id,
        client_id: client,
        planned_quantity: 1000 * (1 + Math.floor(rand() * 2)),
      });
      tally.created.add(`work_order:${id}`);
    } else if (roll < 0.96) {
      const rows = live(pc, 'work_order', clients);
      if (rows.length === 0) return;
      const row = pick(rand, rows);
      pc.store.update(TABLE_SPECS.work_order, { work_order_id: row.id }, row.version, {
        planned_quantity: 1000 * (1 + Math.floor(rand() * 9)),
      });
      tally.edits += 1;
    } else {
      const open = listConflicts(pc.sqlite);
      if (open.length === 0) return;
      const conflict = pick(rand, open);
      const keep = pick(rand, ['hub', 'local', 'merge'] as const);
      resolveConflict(
        pc.sqlite,
        pc.store,
        conflict.conflictId,
        keep === 'merge'
          ? {
              keep,
              fields: Object.fromEntries(
                conflict.fields.map((f) => [f.field, rand() < 0.5 ? 'local' : 'hub']),
              ),
            }
          : { keep },
      );
      tally.resolutions += 1;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const reason = `${error.code}: ${error.message.replace(/[A-Z]+-[\w-]+|#?\d+/g, '…').slice(0, 60)}`;
    tally.refused.set(reason, (tally.refused.get(reason) ?? 0) + 1);
  }
}
