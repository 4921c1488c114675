import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addHubUser } from '../../../src-hub/admin/hub-users';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { ADMIN as ADMIN_LOCAL, seedTwoClients } from '../../db/db.test-support';
import { createClient } from '../../services/clients/client-service';
import { ScopedStore } from '../../tenancy/scoped-store';
import { checkPlant } from './sim-check.test-support';
import { newTally, pick, randomEdit, seededRandom } from './sim-edits.test-support';
import { SimHub } from './sim-hub.test-support';
import { type SimLedger, SimPc } from './sim-pc.test-support';

export interface SimOptions {
  seed: number;
  rounds: number;
  log?: (line: string) => void;
}

/** The run's figures, printed by the test and by `npm run sim`. */
export interface SimFigures {
  seed: number;
  rounds: number;
  quietRounds: number;
  hubRows: number;
  created: number;
  edits: number;
  deletes: number;
  tombstones: number;
  conflicts: number;
  resolutions: number;
  droppedResponses: number;
  restarts: number;
  restores: number;
  reenrolments: number;
  refusedEdits: Record<string, number>;
  seconds: number;
}

const ADMIN = { username: 'plant-admin', password: 'plant-admin-pass', userId: 'U-HUBADMIN' };
const PASSWORD = 'leader-pass-1';
const LEADERS = [
  { userId: 'U-LA', username: 'lead-a', clients: ['CLIENT-A'] },
  { userId: 'U-LB', username: 'lead-b', clients: ['CLIENT-B'] },
  { userId: 'U-LAC', username: 'lead-ac', clients: ['CLIENT-A', 'CLIENT-C'] },
];

/** The office PC held the plant before the hub existed: two clients seeded, a third made in the app. */
function seedOffice(pc: SimPc): void {
  seedTwoClients(pc.sqlite);
  // Made by the PC's own administrator (the hub's arrives with the first sync).
  const store = new ScopedStore(pc.sqlite, {
    userId: ADMIN_LOCAL,
    username: 'admin',
    role: 'ADMIN',
    clients: 'ALL',
  });
  createClient(store, { client_id: 'CLIENT-C', client_name: 'Client C' });
  store.create(TABLE_SPECS.employee, { employee_id: 'E-C', employee_name: 'Emp C' });
  store.create(TABLE_SPECS.employee_client_assignment, { employee_id: 'E-C', client_id: 'CLIENT-C' });
  store.create(TABLE_SPECS.work_order, {
    work_order_id: 'WO-C',
    client_id: 'CLIENT-C',
    planned_quantity: 1000,
  });
}

/**
 * The plant simulation with real PC cores (docs/sync.md § Tests): 5 PCs — each a SQLite file with
 * the real store and sync client — and 3 clients against a PostgreSQL hub. Each round the PCs edit
 * offline, some sync (an answer now and then lost after the hub committed), the service may restart,
 * a PC may be backed up or restored from its old backup (and enrolled again). Rounds that end quiet
 * (every PC synced twice, nothing waiting) are checked by `checkPlant`. Seeded: a seed replays a run.
 */
export async function runPlantSimulation(options: SimOptions): Promise<SimFigures> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const rand = seededRandom(options.seed);
  const dir = mkdtempSync(join(tmpdir(), 'floorkpi-pc-sim-'));
  const hub = await SimHub.start(ADMIN);
  const ledger: SimLedger = { acknowledged: new Map(), conflictOwner: new Map(), dropped: 0 };
  const tally = newTally();
  const pcs: SimPc[] = [];
  const figures = { quietRounds: 0, restores: 0, hubRows: 0, tombstones: 0, conflicts: 0 };
  try {
    const office = new SimPc(
      'office',
      join(dir, 'office.db'),
      ADMIN,
      { userId: ADMIN.userId, username: ADMIN.username, role: 'ADMIN', clients: 'ALL' },
      hub.post,
      ledger,
    );
    pcs.push(office);
    seedOffice(office);
    await office.join();
    await office.sync();
    for (const leader of LEADERS)
      await addHubUser(hub.pg.hub.db, { ...leader, password: PASSWORD, role: 'LEADER' });
    const [la, lb, lac] = LEADERS;
    if (!la || !lb || !lac) throw new Error('leaders');
    for (const [name, leader] of [
      ['line-a', la],
      ['line-a2', la],
      ['line-b', lb],
      ['lines-ac', lac],
    ] as const) {
      const pc = new SimPc(
        name,
        join(dir, `${name}.db`),
        { username: leader.username, password: PASSWORD },
        {
          userId: leader.userId,
          username: leader.username,
          role: 'LEADER',
          clients: new Set(leader.clients),
        },
        hub.post,
        ledger,
      );
      pcs.push(pc);
      await pc.join();
      await pc.sync();
    }

    for (let round = 1; round <= options.rounds; round += 1) {
      for (const pc of pcs) {
        const edits = Math.floor(rand() * 4);
        for (let n = 0; n < edits; n += 1) randomEdit(rand, pc, round, n, tally);
        pc.loseNext = rand() < 0.1;
      }
      // One after the other, so a seed replays the same run (the order the hub takes concurrent
      // pushes in would change who wins; sync.pg.test.ts and the hub's simulation push at once).
      const online = pcs.filter(() => rand() < 0.6);
      for (const pc of online) await pc.sync();
      if (rand() < 0.05) await hub.restart();
      // A nightly backup of a PC whose changes are all on the hub; later its disk dies and the
      // backup comes back (older rows, an older outbox, mutation ids the hub has seen).
      const synced = pcs.filter((pc) => pc.pending() === 0);
      if (synced.length > 0 && rand() < 0.06) pick(rand, synced).takeBackup(round);
      const restorable = pcs.filter((pc) => pc.backup && pc.backup.round < round && pc.pending() === 0);
      if (restorable.length > 0 && rand() < 0.04) {
        const pc = pick(rand, restorable);
        await pc.restore();
        figures.restores += 1;
        log(`round ${round}: ${pc.name} restored from its backup of round ${pc.backup?.round}`);
      }
      if (rand() < 0.3 || round === options.rounds) {
        await quiesce(pcs);
        const checked = await checkPlant(hub.pg.hub.db, pcs, ledger, tally);
        Object.assign(figures, checked);
        figures.quietRounds += 1;
      }
    }
    return {
      seed: options.seed,
      rounds: options.rounds,
      quietRounds: figures.quietRounds,
      hubRows: figures.hubRows,
      created: tally.created.size,
      edits: tally.edits,
      deletes: tally.deletes,
      tombstones: figures.tombstones,
      conflicts: figures.conflicts,
      resolutions: tally.resolutions,
      droppedResponses: ledger.dropped,
      restarts: hub.restarts,
      restores: figures.restores,
      reenrolments: pcs.reduce((n, pc) => n + pc.reenrolments, 0),
      refusedEdits: Object.fromEntries(tally.refused),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    for (const pc of pcs) await pc.database.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every PC syncs until none has anything waiting, then twice more: each holds the others' last changes. */
async function quiesce(pcs: readonly SimPc[]): Promise<void> {
  for (const pc of pcs) pc.loseNext = false;
  for (let pass = 0; pass < 8 && pcs.some((pc) => pc.pending() > 0); pass += 1)
    for (const pc of pcs) await pc.sync();
  for (let pass = 0; pass < 2; pass += 1) for (const pc of pcs) await pc.sync();
  const waiting = pcs.filter((pc) => pc.pending() > 0).map((pc) => `${pc.name}: ${pc.pending()}`);
  if (waiting.length > 0) throw new Error(`not quiet after syncing: ${waiting.join(', ')}`);
}

/** The figures as one line each, for the log. */
export function describeFigures(f: SimFigures): string {
  return [
    `seed ${f.seed}: ${f.rounds} rounds (${f.quietRounds} checked at a quiet point) in ${f.seconds} s`,
    `rows on the hub ${f.hubRows} (${f.tombstones} tombstones); created ${f.created}, edits ${f.edits}, deletes ${f.deletes}`,
    `conflicts ${f.conflicts} (resolved on a PC ${f.resolutions}); dropped responses ${f.droppedResponses}; hub restarts ${f.restarts}`,
    `PCs restored from a backup ${f.restores}, enrolled again ${f.reenrolments}`,
    `edits the store refused: ${JSON.stringify(f.refusedEdits)}`,
  ].join('\n');
}
