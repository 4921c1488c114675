import { benchDb } from './bench-db';

/** Builds (or checks) the cached bench databases without running a case: `npx tsx bench/seed-only.ts [scales…]`. */
async function main(): Promise<void> {
  const scales = process.argv.slice(2).map(Number);
  for (const scale of scales.length > 0 ? scales : [1, 10]) {
    const db = await benchDb(scale);
    console.log(
      `scale ${scale}: ${db.file} (${db.built ? `built in ${(db.seedMs / 1000).toFixed(1)} s` : 'cached'})`,
    );
  }
}

void main();
