import type { Language } from '../../src-shared/i18n/locale';

/** Where a command writes; tests pass buffers, the real CLI passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for a secret on the terminal; null when there is no terminal to ask on. */
  promptSecret(question: string): Promise<string | null>;
  /** Asks a question on the terminal and returns the typed line; null when there is no terminal. */
  promptLine(question: string): Promise<string | null>;
  /** Progress lines for long work; the real CLI writes them to stderr so --json stays clean. */
  progress(text: string): void;
  /** The language of the words printed (`--lang`, FLOORKPI_LANG, LANG); English when not set. */
  language?: Language;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  description: string;
  /** Shown in the usage line, e.g. FILE. */
  value?: string;
  required?: boolean;
}

export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One CLI command: its words (`['user', 'add']`), its options, and what it does. */
export interface Command {
  words: readonly string[];
  summary: string;
  options: Record<string, OptionSpec>;
  /** Extra lines for --help: examples, what the command writes. */
  details?: string;
  run(values: ParsedValues, io: CliIo): Promise<number>;
}

/** A failure the user can fix: printed as `error: message` with exit code 2, no stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
