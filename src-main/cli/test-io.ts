import type { CliIo } from './command';

/** A CliIo that records output, for tests; `secret` answers the password prompt (null: no terminal). */
export function recordingIo(env: Record<string, string | undefined> = {}, secret: string | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    promptSecret: async () => secret,
    progress: (text) => err.push(`${text}\n`),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
