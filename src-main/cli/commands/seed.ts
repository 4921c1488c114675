import { AppError } from '../../../src-shared/contract/errors';
import { isIsoDate } from '../../../src-shared/tables/formats';
import { openDatabase } from '../../db/open';
import { existingData, MAX_SCALE, type SeedSummary, seedDemo } from '../../seed/seed-demo';
import { CliError, type Command } from '../command';
import { dbPathOption, stringOption } from '../options';

/** A whole-number option within bounds, or its default when absent. */
function wholeOption(value: string | null, name: string, fallback: number, min: number, max: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new CliError(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

/** The human-readable report: rows per table and the demo sign-ins. */
function report(file: string, summary: SeedSummary, seconds: number): string {
  const lines = [
    `Seeded demo data into ${file} (seed ${summary.seed}, scale ${summary.scale}) in ${seconds.toFixed(1)} s:`,
    `${summary.clients.length} clients, ${summary.days} working days from ${summary.from} to ${summary.to}.`,
    '',
    'Rows per table:',
  ];
  const width = Math.max(...Object.keys(summary.counts).map((t) => t.length)) + 2;
  for (const [table, n] of Object.entries(summary.counts))
    lines.push(`  ${table.padEnd(width)}${n.toLocaleString('en-US').padStart(10)}`);
  if (summary.clients.length <= 5) {
    lines.push('', 'Clients:');
    for (const c of summary.clients) lines.push(`  ${c.id.padEnd(13)}${c.character}`);
  }
  lines.push('', `Demo sign-ins (every user's password: ${summary.password}):`);
  for (const u of summary.users)
    lines.push(
      `  ${u.username.padEnd(13)}${u.role.padEnd(11)}${u.clients.join(', ') || 'all clients'}`.trimEnd(),
    );
  return `${lines.join('\n')}\n`;
}

/** `seed --demo`: fills a new database with the demo plant (DATA.md § Demo data). */
export const seedCommand: Command = {
  words: ['seed'],
  summary: 'Fill a new database with demo data (5 clients, 60 days) and print the demo sign-ins',
  options: {
    db: { type: 'string', value: 'FILE', description: 'database file, new or empty (default: $FLOORKPI_DB)' },
    demo: { type: 'boolean', description: 'write the demo plant (the only kind of seed)', required: true },
    seed: {
      type: 'string',
      value: 'N',
      description: 'random seed: the same seed gives the same data (default 1)',
    },
    scale: {
      type: 'string',
      value: 'K',
      description: `K × the plant: 5K clients, 100K employees, up to a year; above 10, K/10 years of 50 clients (1-${MAX_SCALE}, default 1)`,
    },
    now: {
      type: 'string',
      value: 'DATE',
      description: 'the last demo day (default: today), for repeatable data',
    },
    json: { type: 'boolean', description: 'print the summary as JSON' },
  },
  details: [
    'The demo days are the working days (Monday to Friday) ending today. Progress goes to stderr.',
    'Examples:',
    '  npm run --silent cli -- seed --db demo.db --demo',
    '  npm run --silent cli -- seed --db load.db --demo --scale 10 --seed 7',
  ].join('\n'),
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    if (values.demo !== true) throw new CliError('--demo is required (the demo plant is the only seed)');
    const seed = wholeOption(stringOption(values, 'seed'), 'seed', 1, 0, 2_147_483_647);
    const scale = wholeOption(stringOption(values, 'scale'), 'scale', 1, 1, MAX_SCALE);
    const now = stringOption(values, 'now');
    if (now !== null && !isIsoDate(now))
      throw new CliError(`--now must be a real date like 2026-06-30 (got "${now}")`);
    const database = openDatabase(file, { create: true });
    try {
      const found = existingData(database.sqlite);
      if (found)
        throw new CliError(
          `${file} already has data (${found.clients} clients, ${found.users} users); use a new file`,
        );
      const started = performance.now();
      const summary = await seedDemo(database.sqlite, {
        seed,
        scale,
        now: now === null ? undefined : `${now}T12:00:00Z`,
        onProgress: (m) => io.progress(m),
      });
      const seconds = (performance.now() - started) / 1000;
      io.out(
        values.json === true
          ? `${JSON.stringify({ file, ...summary }, null, 2)}\n`
          : report(file, summary, seconds),
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};
