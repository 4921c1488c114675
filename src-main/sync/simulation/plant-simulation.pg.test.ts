import { describe, expect, it } from 'vitest';
import { describeFigures, runPlantSimulation } from './plant-simulation.test-support';

/**
 * The plant simulation with real PC cores (5 SQLite PCs, 3 clients, a PostgreSQL hub): see
 * plant-simulation.test-support.ts. `npm test` runs a shorter run; `npm run sim -- --rounds 200
 * --seed N` the full one. FLOORKPI_PC_SIM_SEED / FLOORKPI_PC_SIM_ROUNDS replay or lengthen this one.
 */
const SEED = Number(process.env.FLOORKPI_PC_SIM_SEED ?? Date.now() % 1_000_000);
const ROUNDS = Number(process.env.FLOORKPI_PC_SIM_ROUNDS ?? 40);

describe('a plant of 5 real PCs and 3 clients, seeded', () => {
  it(`stays whole and equal at every quiet point (seed ${SEED}, ${ROUNDS} rounds)`, async () => {
    console.log(`PC sync simulation: seed ${SEED} (FLOORKPI_PC_SIM_SEED=${SEED} to replay)`);
    const figures = await runPlantSimulation({
      seed: SEED,
      rounds: ROUNDS,
      log: (line) => console.log(line),
    });
    console.log(describeFigures(figures));
    expect(figures.quietRounds).toBeGreaterThan(0);
    expect(figures.conflicts).toBeGreaterThan(0);
    expect(figures.droppedResponses).toBeGreaterThan(0);
    expect(figures.deletes).toBeGreaterThan(0);
  }, 600_000);
});
