import { parseArgs } from 'node:util';
import { DatabaseRefusedError } from '../db/open';
import { CliError, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';
import { helpText } from './options';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.words.join(' ').length)) + 2;
  const rows = COMMANDS.map((c) => `  ${c.words.join(' ').padEnd(width)}${c.summary}`);
  return [
    'FloorKPI command line',
    '',
    'Usage: npm run --silent cli -- <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Run a command with --help for its options.',
    '',
  ].join('\n');
}

function findCommand(args: readonly string[]): { command: Command; rest: string[] } | null {
  for (const command of [...COMMANDS].sort((a, b) => b.words.length - a.words.length)) {
    if (command.words.every((word, i) => args[i] === word))
      return { command, rest: args.slice(command.words.length) };
  }
  return null;
}

/** Runs one CLI invocation and returns its exit code: 0 success, 1 failure, 2 usage or input error. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === 'help') {
    io.out(overview());
    return args.length === 0 ? 2 : 0;
  }
  const found = findCommand(args);
  if (!found) {
    io.err(`error: unknown command "${args.filter((a) => !a.startsWith('-')).join(' ')}"\n\n${overview()}`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(helpText(command));
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
      if (spec.required && values[name] === undefined) throw new CliError(`--${name} is required`);
    }
    return await command.run(values, io);
  } catch (error) {
    if (error instanceof DatabaseRefusedError) {
      // A wrong path is the caller's to fix (2); a damaged or newer file is a failure (1).
      io.err(`error: ${error.message}\n`);
      return error.kind === 'damaged' || error.kind === 'newer' ? 1 : 2;
    }
    if (error instanceof CliError) {
      io.err(
        `error: ${error.message}\nRun "npm run --silent cli -- ${command.words.join(' ')} --help" for usage.\n`,
      );
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(
        `error: ${error.message}\nRun "npm run --silent cli -- ${command.words.join(' ')} --help" for usage.\n`,
      );
      return 2;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
