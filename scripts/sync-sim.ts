import { parseArgs } from 'node:util';
import {
  describeFigures,
  runPlantSimulation,
} from '../src-main/sync/simulation/plant-simulation.test-support';

/**
 * `npm run sim -- --rounds 200 --seed N` (inside its own PostgreSQL cluster): the plant simulation
 * with real PC cores at full length, with its figures. `npm test` runs a shorter one
 * (src-main/sync/simulation/plant-simulation.pg.test.ts). Exits 1 when an invariant breaks.
 */
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '200' }, seed: { type: 'string' } },
});
const seed = Number(values.seed ?? Date.now() % 1_000_000);
const rounds = Number(values.rounds);
console.log(`PC sync simulation: seed ${seed}, ${rounds} rounds (--seed ${seed} replays it)`);
runPlantSimulation({ seed, rounds, log: (line) => console.log(line) }).then(
  (figures) => console.log(describeFigures(figures)),
  (error: unknown) => {
    console.error(`seed ${seed}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
