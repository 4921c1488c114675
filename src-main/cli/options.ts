import { CliError, type Command, type OptionSpec, type ParsedValues } from './command';
import { type CliText, cliText } from './i18n/cli-words';
import { summaryIn } from './i18n/command-summaries';

/** `--db FILE`, which every command takes; `dbPathOption` reads it. */
export const DB_OPTION: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description: 'database file (default: $FLOORKPI_DB)',
};

/** Reads a string option, or null when absent. */
export function stringOption(values: ParsedValues, name: string): string | null {
  const value = values[name];
  return typeof value === 'string' ? value : null;
}

/** Reads a required string option, failing with the option's name. */
export function requireOption(values: ParsedValues, name: string): string {
  const value = stringOption(values, name);
  if (value === null || value.trim() === '') throw new CliError(`--${name} is required`);
  return value;
}

/** Reads a repeatable option that also accepts comma lists: `--client A --client B` or `--clients A,B`. */
export function listOption(values: ParsedValues, name: string): string[] {
  const value = values[name];
  const raw = Array.isArray(value) ? value : [value];
  return raw
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The database file: `--db FILE`, else the `FLOORKPI_DB` environment variable. */
export function dbPathOption(
  values: ParsedValues,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const path = stringOption(values, 'db') ?? env.FLOORKPI_DB ?? null;
  if (!path) throw new CliError('no database: pass --db FILE or set FLOORKPI_DB');
  return path;
}

/** The usage text printed by `--help`. */
export function helpText(command: Command, text: CliText = cliText('en')): string {
  const lines = [
    `${text.words.usage}: npm run --silent cli -- ${command.words.join(' ')} [options]`,
    '',
    summaryIn(text.language, command.words, command.summary),
    '',
    `${text.words.options}:`,
  ];
  const entries = Object.entries(command.options).map(([name, spec]) => {
    const flag = `--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const notes = [spec.required ? text.words.required : '', spec.multiple ? text.words.repeatable : '']
      .filter(Boolean)
      .join(', ');
    return [flag, `${spec.description}${notes ? ` (${notes})` : ''}`] as const;
  });
  entries.push(['--help', text.words.showHelp]);
  const width = Math.max(...entries.map(([flag]) => flag.length)) + 2;
  for (const [flag, text] of entries) lines.push(`  ${flag.padEnd(width)}${text}`);
  if (command.details) lines.push('', command.details);
  return `${lines.join('\n')}\n`;
}
