import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../src-shared/contract/errors';
import { localIsoDate } from '../../src-shared/domain/plant-clock';
import type { Role } from '../../src-shared/domain/roles';
import { nowUtc } from '../../src-shared/tables/formats';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { sqliteCompiler as db } from '../db/compiled';
import { firstRow, storeCompiler } from '../db/store-compiler';
import { refreshStaleRollups } from '../rollups/rollup-refresh';
import { createClient } from '../services/clients/client-service';
import { buildClientRows } from './build-client';
import { buildPlant } from './build-plant';
import { isoDate, workingDaysEndingAt } from './dates';
import { demoClients, demoDays } from './demo-plan';
import { Random } from './random';
import type { SeedContext } from './seed-context';
import { CLIENT_TABLES } from './seed-types';
import {
  clientStaff,
  DEMO_PASSWORD,
  type DemoUser,
  demoUsers,
  hashDemoPassword,
  writeDemoUsers,
} from './seed-users';
import { SeedWriter } from './seed-writer';

/** One step of the seed, for progress lines in the reader's language (src-main/cli/i18n). */
export type SeedStep =
  | { key: 'seedStepPlant'; values: { clients: number; employees: number; users: number } }
  | {
      key: 'seedStepClient';
      values: {
        client: string;
        n: number;
        of: number;
        orders: number;
        production: number;
        attendance: number;
      };
    }
  | { key: 'seedStepRollups'; values: { clients: number } };

export interface SeedOptions {
  /** Same seed (and `now`) → the same plant, byte for byte. Default 1. */
  seed?: number;
  /**
   * K × the demo plant: 5K clients, 100K employees, up to a year of working days; above 10, the 50
   * clients of scale 10 over K / 10 years (demo-plan.ts). Default 1.
   */
  scale?: number;
  /** The moment the demo ends at (default: the wall clock). Its date is the last demo day. */
  now?: Date | string;
  /** Called between the steps of a long seed (one line per client). */
  /** Each step as it is done, as a sentence key and its values: the caller words it (CLI: --lang). */
  onProgress?: (step: SeedStep) => void;
}

export interface SeedSummary {
  seed: number;
  scale: number;
  /** First and last demo day (working days, Monday to Friday). */
  from: string;
  to: string;
  days: number;
  clients: { id: string; name: string; character: string }[];
  /** Rows per table after the seed, the audit log included. */
  counts: Record<string, number>;
  users: { username: string; role: Role; clients: string[] }[];
  password: string;
}

/** The seed connection's page cache while it writes (KiB): 1 GiB, returned to the OS when it ends. */
const SEED_CACHE_KIB = 1024 * 1024;

/** The largest `--scale`: the 50 clients of scale 10 over ten years (the bench's `--scale 100`). */
export const MAX_SCALE = 100;

/** The clients and users a database already has (deleted ones included), or null when it has none. */
export function existingData(sqlite: BetterSqlite3.Database): { clients: number; users: number } | null {
  const count = (table: 'client' | 'app_user') =>
    Number(
      firstRow(
        sqlite,
        db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')),
      )?.n ?? 0,
    );
  const found = { clients: count('client'), users: count('app_user') };
  return found.clients > 0 || found.users > 0 ? found : null;
}

/** Refuses a database that already has clients or users: demo data goes into a new file only. */
export function assertEmptyDatabase(sqlite: BetterSqlite3.Database): void {
  const found = existingData(sqlite);
  if (found) {
    throw new AppError(
      'CONFLICT',
      `This database already has data (${found.clients} clients, ${found.users} users); use a new file for demo data.`,
    );
  }
}

function checkedOptions(options: SeedOptions): { seed: number; scale: number; now: Date } {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new AppError('VALIDATION', 'seed: must be a whole number of 0 or more');
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE)
    throw new AppError('VALIDATION', `scale: must be a whole number from 1 to ${MAX_SCALE}`);
  const now = options.now === undefined ? new Date() : new Date(options.now);
  if (Number.isNaN(now.getTime())) throw new AppError('VALIDATION', 'now: must be a date and time');
  return { seed, scale, now };
}

/** Rows per data table and in the audit log (table names from the static registry). */
export function countRows(sqlite: BetterSqlite3.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of [...Object.keys(TABLE_SPECS), 'audit_log']) {
    const count = firstRow(
      sqlite,
      storeCompiler.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')),
    );
    counts[table] = Number(count?.n ?? 0);
  }
  return counts;
}

function writePlant(
  writer: SeedWriter,
  plant: ReturnType<typeof buildPlant>,
  users: readonly DemoUser[],
  hash: string,
): void {
  const { store } = writer;
  writer.putAll(TABLE_SPECS.employee, plant.employee);
  for (const { at, row } of plant.client) writer.at(at, () => createClient(store, row));
  writer.putAll(TABLE_SPECS.employee_client_assignment, plant.employee_client_assignment);
  const first = plant.client[0]?.at ?? '';
  writer.at(first, () => writeDemoUsers(store, users, hash));
  const admin = users.find((u) => u.role === 'ADMIN')?.userId ?? null;
  writer.putAll(
    TABLE_SPECS.floating_pool,
    plant.floating_pool.map(({ at, row }) => ({ at, row: { ...row, assigned_by_user_id: admin } })),
  );
}

/**
 * Fills an empty database with the demo plant (DATA.md § Demo data) through the scoped store, in
 * one transaction: a failed seed leaves the file as empty as it was. Asynchronous only because the
 * demo users' passwords are hashed (scrypt) before the transaction starts.
 */
export async function seedDemo(
  sqlite: BetterSqlite3.Database,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const { seed, scale, now } = checkedOptions(options);
  assertEmptyDatabase(sqlite);
  const progress = options.onProgress ?? (() => undefined);
  const clients = demoClients(scale);
  const users = demoUsers(clients);
  const hash = await hashDemoPassword();
  // Without --now the demo ends today on the plant's clock, so "Today" on the dashboard has data.
  const lastDay = options.now === undefined ? localIsoDate(now) : isoDate(now);
  const days = workingDaysEndingAt(lastDay, demoDays(scale));
  const nowIso = nowUtc(now);
  const root = new Random(seed);
  const writer = new SeedWriter(sqlite, nowIso);
  // One transaction writes the whole plant: with SQLite's default 2 MB page cache, each row of a
  // large plant (scale 100: several GB) reads its index pages back from the WAL. The cache is the
  // connection's, not the file's: it is restored afterwards and changes nothing that is written.
  const cacheSize = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma(`cache_size = -${SEED_CACHE_KIB}`);
  try {
    writeSeed();
  } finally {
    sqlite.pragma(`cache_size = ${Number(cacheSize)}`);
  }
  function writeSeed(): void {
    if (sqlite.inTransaction) throw new Error('seedDemo must not run inside another transaction');
    // The whole seed is one batch, the outermost transaction (BEGIN IMMEDIATE): the clients' rows
    // only add rows, as an import does, so each reference is looked up once and no row takes a
    // savepoint (the same checks, the same rows; half the seed's time). Not a batch nested in a
    // transaction: that batch is a SAVEPOINT, and under an open savepoint SQLite keeps every page
    // the seed changes in its in-memory statement journal and walks that list at the end of each
    // statement, so the seed's time grew with the square of its size (scale 100 stalled at 5 of
    // its 50 clients, 91 % of its time in memjrnlTruncate).
    writer.store.batch(() => {
      // Again inside the transaction: another caller may have written while the passwords were hashed.
      assertEmptyDatabase(sqlite);
      progress({
        key: 'seedStepPlant',
        values: { clients: clients.length, employees: clients.length * 20, users: users.length },
      });
      writePlant(writer, buildPlant(clients, days[0] ?? isoDate(now), root.fork('plant')), users, hash);
      writeClients();
      // Summed once, here, to count the clients for the progress line (the batch's own refresh at
      // COMMIT then finds nothing stale).
      progress({ key: 'seedStepRollups', values: { clients: refreshStaleRollups(sqlite) } });
    });
  }
  function writeClients(): void {
    clients.forEach((client, i) => {
      const ctx: SeedContext = {
        client,
        days,
        nowIso,
        staff: clientStaff(users, client.id),
        random: root.fork(client.id),
      };
      const rows = buildClientRows(ctx);
      for (const table of CLIENT_TABLES) writer.putAll(TABLE_SPECS[table], rows[table]);
      progress({
        key: 'seedStepClient',
        values: {
          client: client.id,
          n: i + 1,
          of: clients.length,
          orders: rows.work_order.length,
          production: rows.production_entry.length,
          attendance: rows.attendance_entry.length,
        },
      });
    });
  }
  return {
    seed,
    scale,
    from: days[0] ?? '',
    to: days[days.length - 1] ?? '',
    days: days.length,
    clients: clients.map((c) => ({ id: c.id, name: c.name, character: c.profile.character })),
    counts: countRows(sqlite),
    users: users.map((u) => ({ username: u.username, role: u.role, clients: u.clients })),
    password: DEMO_PASSWORD,
  };
}
