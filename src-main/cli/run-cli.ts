import { parseArgs } from 'node:util';
import { AppError } from '../../src-shared/contract/errors';
import { DatabaseRefusedError } from '../db/open';
import { CliError, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';
import { cliLanguage, splitLangFlag } from './i18n/cli-language';
import { type CliText, cliText } from './i18n/cli-words';
import { appErrorText, refusalText } from './i18n/failure-text';
import { helpText } from './options';

function overview(text: CliText): string {
  const width = Math.max(...COMMANDS.map((c) => c.words.join(' ').length)) + 2;
  const rows = COMMANDS.map((c) => `  ${c.words.join(' ').padEnd(width)}${c.summary[text.language]}`);
  return [
    text.words.title,
    '',
    `${text.words.usage}: npm run --silent cli -- <${text.words.commandPlaceholder}> [${text.words.optionsPlaceholder}] [--lang es|en]`,
    '',
    `${text.words.commands}:`,
    ...rows,
    '',
    text.words.commandHelp,
    '',
  ].join('\n');
}

/** Node's own words for a bad argument are English: the reader gets the catalogue's, naming the option. */
function parseArgsText(failure: TypeError & { code: unknown }, text: CliText): string {
  if (text.language === 'en') return failure.message;
  const option = /'(-[^' ]+)/.exec(failure.message)?.[1] ?? '';
  if (failure.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return text.say('unknownOption', { option });
  if (failure.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return text.say('optionValue', { option });
  return text.say('unexpectedArgument', { argument: /'([^']+)'/.exec(failure.message)?.[1] ?? '' });
}

function findCommand(args: readonly string[]): { command: Command; rest: string[] } | null {
  for (const command of [...COMMANDS].sort((a, b) => b.words.length - a.words.length)) {
    if (command.words.every((word, i) => args[i] === word))
      return { command, rest: args.slice(command.words.length) };
  }
  return null;
}

/** Runs one CLI invocation and returns its exit code: 0 success, 1 failure, 2 usage or input error. */
export async function runCli(allArgs: readonly string[], plainIo: CliIo): Promise<number> {
  const { lang, rest: args } = splitLangFlag(allArgs);
  const language = cliLanguage(lang, plainIo.env);
  const io: CliIo = { ...plainIo, language };
  const text = cliText(language);
  const error = (message: string) => `${text.words.error}: ${message}\n`;
  const usageHint = (command: Command) =>
    text.say('runForUsage', { command: `npm run --silent cli -- ${command.words.join(' ')} --help` });
  if (lang !== null && lang !== language) {
    io.err(error(text.say('badLang')));
    return 2;
  }
  if (args.length === 0 || args[0] === '--help' || args[0] === 'help') {
    io.out(overview(text));
    return args.length === 0 ? 2 : 0;
  }
  const found = findCommand(args);
  if (!found) {
    const words = args.filter((a) => !a.startsWith('-')).join(' ');
    io.err(`${error(text.say('unknownCommand', { command: words }))}\n${overview(text)}`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(helpText(command, text));
    return 0;
  }
  try {
    const options = Object.fromEntries(
      Object.entries(command.options).map(([name, spec]) => [
        name,
        { type: spec.type, multiple: spec.multiple ?? false },
      ]),
    );
    const { values } = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false });
    for (const [name, spec] of Object.entries(command.options)) {
      if (spec.required && values[name] === undefined)
        throw new CliError({ key: 'optionRequired', values: { name } });
    }
    return await command.run(values, io);
  } catch (failure) {
    if (failure instanceof DatabaseRefusedError) {
      // A wrong path is the caller's to fix (2); a damaged or newer file is a failure (1).
      io.err(error(refusalText(failure, text)));
      return failure.kind === 'damaged' || failure.kind === 'newer' ? 1 : 2;
    }
    if (failure instanceof CliError) {
      io.err(`${error(failure.textIn(language))}${usageHint(command)}\n`);
      return 2;
    }
    if (
      failure instanceof TypeError &&
      'code' in failure &&
      String(failure.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${error(parseArgsText(failure, text))}${usageHint(command)}\n`);
      return 2;
    }
    if (failure instanceof AppError) io.err(error(appErrorText(failure, text)));
    else io.err(error(failure instanceof Error ? failure.message : String(failure)));
    return 1;
  }
}
