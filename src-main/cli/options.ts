import { type Command, cliError, type OptionSpec, type ParsedValues } from './command';
import { type CliText, cliText } from './i18n/cli-words';
import { placeholderIn } from './i18n/placeholders';

/** `--db FILE`, which every command takes; `dbPathOption` reads it. */
export const DB_OPTION: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description: {
    en: 'database file (default: $FLOORKPI_DB)',
    es: 'archivo de la base de datos (por omisión: $FLOORKPI_DB)',
  },
};

/** `--as`: the user whose clients a read (KPIs, a report) covers, as that user would see them. */
export const AS_USER_OPTION: OptionSpec = {
  type: 'string',
  value: 'USER',
  description: {
    en: 'username or user id whose clients are in scope',
    es: 'nombre o ID del usuario cuyos clientes se incluyen',
  },
  required: true,
};

/** Reads a string option, or null when absent. */
export function stringOption(values: ParsedValues, name: string): string | null {
  const value = values[name];
  return typeof value === 'string' ? value : null;
}

/** Reads a required string option, failing with the option's name. */
export function requireOption(values: ParsedValues, name: string): string {
  const value = stringOption(values, name);
  if (value === null || value.trim() === '') throw cliError('optionRequired', { name });
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
  if (!path) throw cliError('noDatabase');
  return path;
}

/** The usage text printed by `--help`. */
export function helpText(command: Command, text: CliText = cliText('en')): string {
  const lines = [
    `${text.words.usage}: npm run --silent cli -- ${command.words.join(' ')} [${text.words.optionsPlaceholder}]`,
    '',
    command.summary[text.language],
    '',
    `${text.words.options}:`,
  ];
  const entries = Object.entries(command.options).map(([name, spec]) => {
    const flag = `--${name}${spec.value ? ` ${placeholderIn(text.language, spec.value)}` : ''}`;
    const notes = [spec.required ? text.words.required : '', spec.multiple ? text.words.repeatable : '']
      .filter(Boolean)
      .join(', ');
    return [flag, `${spec.description[text.language]}${notes ? ` (${notes})` : ''}`] as const;
  });
  entries.push(['--help', text.words.showHelp]);
  const width = Math.max(...entries.map(([flag]) => flag.length)) + 2;
  for (const [flag, said] of entries) lines.push(`  ${flag.padEnd(width)}${said}`);
  if (command.details) lines.push('', command.details[text.language]);
  return `${lines.join('\n')}\n`;
}
