import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './browser-host';

// CLI entry of the loopback browser host: `node out/main/browser-host.js [--db FILE] [--port N]`.
// stdout carries exactly one line (the URL), so scripts and tests can read it.

function defaultDbPath(): string {
  const dataHome = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'floorkpi', 'floorkpi.db');
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, not "${text}"`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const dbPath = values.db || process.env.FLOORKPI_DB || defaultDbPath();
  const host = await startBrowserHost({
    dbPath,
    coreWorkerFile: join(__dirname, 'core-worker.js'),
    // As the Electron shell does: a core that stopped cannot be served around, so say why and quit.
    onCoreDeath: (reason) => {
      console.error(`FloorKPI has to stop: the part that keeps the data stopped (${reason}).`);
      process.exit(1);
    },
    port: parsePort(values.port),
    // The bundle lives in out/main; the renderer build sits beside it.
    rendererDir: join(__dirname, '../renderer'),
  });
  process.stdout.write(`FloorKPI is running at ${host.url}\n`);

  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('FloorKPI could not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: npm start forwards the terminal's Ctrl+C, so a second signal may arrive mid-close.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`FloorKPI could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
