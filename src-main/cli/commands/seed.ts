import { AppError } from '../../../src-shared/contract/errors';
import { enumWord } from '../../../src-shared/i18n/enum-words';
import { isIsoDate } from '../../../src-shared/tables/formats';
import { openDatabase } from '../../db/open';
import { existingData, MAX_SCALE, type SeedSummary, seedDemo } from '../../seed/seed-demo';
import { CliError, type Command, cliError } from '../command';
import { type CliText, cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { dbPathOption, stringOption } from '../options';

/** A whole-number option within bounds, or its default when absent. */
function wholeOption(value: string | null, name: string, fallback: number, min: number, max: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw cliError('wholeNumber', { name, min, max, value });
  return n;
}

/** The human-readable report: rows per table and the demo sign-ins. */
function report(file: string, summary: SeedSummary, seconds: number, text: CliText): string {
  const { seed, scale, days, from, to } = summary;
  const lines = [
    text.say('seeded', { file, seed, scale, seconds: seconds.toFixed(1) }),
    text.say('seededPlant', { clients: summary.clients.length, days, from, to }),
    '',
    text.say('rowsPerTable'),
  ];
  const width = Math.max(...Object.keys(summary.counts).map((t) => t.length)) + 2;
  for (const [table, n] of Object.entries(summary.counts))
    lines.push(`  ${table.padEnd(width)}${text.number(n).padStart(10)}`);
  if (summary.clients.length <= 5) {
    lines.push('', text.say('clientsHeading'));
    for (const c of summary.clients) lines.push(`  ${c.id.padEnd(13)}${c.character}`);
  }
  lines.push('', text.say('signIns', { password: summary.password }));
  // English names roles by their codes (what --role takes); Spanish by their words.
  const role = (code: string) =>
    text.language === 'en' ? code : (enumWord(text.language, 'role', code) ?? code);
  const roleWidth = Math.max(...summary.users.map((u) => role(u.role).length)) + 2;
  for (const u of summary.users)
    lines.push(
      `  ${u.username.padEnd(13)}${role(u.role).padEnd(Math.max(11, roleWidth))}${u.clients.join(', ') || text.words.allClients}`.trimEnd(),
    );
  return `${lines.join('\n')}\n`;
}

/** `seed --demo`: fills a new database with the demo plant (DATA.md § Demo data). */
export const seedCommand: Command = {
  words: ['seed'],
  summary: {
    en: 'Fill a new database with demo data (5 clients, 60 days) and print the demo sign-ins',
    es: 'Llena una base nueva con datos de demostración (5 clientes, 60 días) e imprime los usuarios',
  },
  options: {
    db: {
      type: 'string',
      value: 'FILE',
      description: {
        en: 'database file, new or empty (default: $FLOORKPI_DB)',
        es: 'archivo de la base de datos, nuevo o vacío (por omisión: $FLOORKPI_DB)',
      },
    },
    demo: {
      type: 'boolean',
      description: {
        en: 'write the demo plant (the only kind of seed)',
        es: 'escribe la planta de demostración (la única opción)',
      },
      required: true,
    },
    seed: {
      type: 'string',
      value: 'N',
      description: {
        en: 'random seed: the same seed gives the same data (default 1)',
        es: 'semilla aleatoria: la misma semilla da los mismos datos (por omisión 1)',
      },
    },
    scale: {
      type: 'string',
      value: 'K',
      description: {
        en: `K × the plant: 5K clients, 100K employees, up to a year; above 10, K/10 years of 50 clients (1-${MAX_SCALE}, default 1)`,
        es: `K × la planta: 5K clientes, 100K empleados, hasta un año; por encima de 10, K/10 años de 50 clientes (1-${MAX_SCALE}, por omisión 1)`,
      },
    },
    now: {
      type: 'string',
      value: 'DATE',
      description: {
        en: 'the last demo day (default: today), for repeatable data',
        es: 'el último día de la demostración (por omisión: hoy), para datos repetibles',
      },
    },
    json: {
      type: 'boolean',
      description: { en: 'print the summary as JSON', es: 'imprime el resumen como JSON' },
    },
  },
  details: {
    en: [
      'The demo days are the working days (Monday to Friday) ending today. Progress goes to stderr.',
      'Examples:',
      '  npm run --silent cli -- seed --db demo.db --demo',
      '  npm run --silent cli -- seed --db load.db --demo --scale 10 --seed 7',
    ].join('\n'),
    es: [
      'Los días de la demostración son los días laborales (lunes a viernes) que terminan hoy. El avance',
      'se escribe en stderr.',
      'Ejemplos:',
      '  npm run --silent cli -- seed --db demo.db --demo',
      '  npm run --silent cli -- seed --db carga.db --demo --scale 10 --seed 7',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    if (values.demo !== true) throw cliError('seedNeedsDemo');
    const seed = wholeOption(stringOption(values, 'seed'), 'seed', 1, 0, 2_147_483_647);
    const scale = wholeOption(stringOption(values, 'scale'), 'scale', 1, 1, MAX_SCALE);
    const now = stringOption(values, 'now');
    if (now !== null && !isIsoDate(now)) throw cliError('badDate', { name: 'now', value: now });
    const database = openDatabase(file, { create: true });
    try {
      const found = existingData(database.sqlite);
      if (found) throw cliError('seedHasData', { file, clients: found.clients, users: found.users });
      const started = performance.now();
      const summary = await seedDemo(database.sqlite, {
        seed,
        scale,
        now: now === null ? undefined : `${now}T12:00:00Z`,
        onProgress: (step) => io.progress(text.say(step.key, step.values)),
      });
      const seconds = (performance.now() - started) / 1000;
      io.out(
        values.json === true
          ? `${JSON.stringify({ file, ...summary }, null, 2)}\n`
          : report(file, summary, seconds, text),
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(appErrorText(error, text));
      throw error;
    } finally {
      await database.close();
    }
  },
};
