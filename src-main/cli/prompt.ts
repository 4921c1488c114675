import { createInterface } from 'node:readline';

/** Asks a question on an interactive terminal (the answer is shown as typed); null without a terminal. */
export function promptLine(question: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
  });
}

/** Asks for a secret on an interactive terminal without echoing it; null when stdin is not a terminal. */
export function promptSecret(question: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput?: (text: string) => void };
    process.stderr.write(question);
    // Suppress echo of typed characters while still letting readline handle editing keys.
    output._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
