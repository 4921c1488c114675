import type { CliIo } from './command';

/**
 * A CliIo that records output, for tests; `secret` answers the password prompt and `line` any
 * other question (null: no terminal). The questions asked are recorded on stderr, as a terminal shows them.
 */
export function recordingIo(
  env: Record<string, string | undefined> = {},
  secret: string | null = null,
  line: string | null = null,
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    promptSecret: async () => secret,
    promptLine: async (question) => {
      err.push(question);
      return line;
    },
    progress: (text) => err.push(`${text}\n`),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
