import type { Language } from '../../src-shared/i18n/locale';
import { cliText, type SentenceKey, type Values } from './i18n/cli-words';

/** A text of the CLI in every language: one missing is a compile error. */
export type Words = Readonly<Record<Language, string>>;

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
  description: Words;
  /** Shown in the usage line, e.g. FILE (a placeholder; the option names themselves are the contract). */
  value?: string;
  required?: boolean;
}

export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One CLI command: its words (`['user', 'add']`), its options, and what it does. */
export interface Command {
  words: readonly string[];
  /** One line for the command list and the top of its --help. */
  summary: Words;
  options: Record<string, OptionSpec>;
  /** Extra lines for --help: examples, what the command writes. */
  details?: Words;
  run(values: ParsedValues, io: CliIo): Promise<number>;
}

/** A sentence of the CLI's catalogue and its values, worded in the reader's language when printed. */
export interface Said {
  key: SentenceKey;
  values?: Values;
}

/**
 * A failure the user can fix: printed as `error: message` with exit code 2, no stack. Made from a
 * catalogue sentence (`Said`) it is worded in the reader's language; `message` is its English.
 */
export class CliError extends Error {
  readonly said: Said | undefined;
  constructor(message: string | Said) {
    super(typeof message === 'string' ? message : cliText('en').say(message.key, message.values));
    this.name = 'CliError';
    this.said = typeof message === 'string' ? undefined : message;
  }

  /** The failure in a language's words: the catalogue sentence, else the message as it came. */
  textIn(language: Language): string {
    return this.said ? cliText(language).say(this.said.key, this.said.values) : this.message;
  }
}

/** A usage error worded from the catalogue: `cliError('badPort')`. */
export function cliError(key: SentenceKey, values?: Values): CliError {
  return new CliError(values ? { key, values } : { key });
}
