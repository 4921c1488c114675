import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveHub } from '../../../src-hub/server/serve';
import { CliError, type Command } from '../command';
import { stringOption } from '../options';
import { hubDatabase, PG_OPTION } from './hub-options';

/** Resolves on the first SIGINT or SIGTERM: a service manager's stop, or Ctrl+C. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `hub serve`: the plant hub's HTTP(S) service, until stopped. */
export const hubServeCommand: Command = {
  words: ['hub', 'serve'],
  summary: 'Run the plant hub service (until stopped with Ctrl+C or SIGTERM)',
  options: {
    pg: PG_OPTION,
    port: { type: 'string', value: 'PORT', description: 'TCP port (0: any free port)', required: true },
    host: { type: 'string', value: 'HOST', description: 'address to listen on (default: 127.0.0.1)' },
    cert: { type: 'string', value: 'FILE', description: 'PEM certificate: serve HTTPS (with --key)' },
    key: { type: 'string', value: 'FILE', description: 'PEM private key of --cert' },
    connections: { type: 'string', value: 'N', description: 'PostgreSQL connections (default: 10)' },
    log: { type: 'boolean', description: 'log one line per request on stdout' },
    updates: {
      type: 'string',
      value: 'DIR',
      description: 'serve the app releases in DIR at /updates/ (latest.yml, installers, blockmaps)',
    },
  },
  details: [
    'Listens on 127.0.0.1 unless --host says otherwise: give --host 0.0.0.0 (and a certificate) for',
    'the PCs of the plant to reach it. Runs as the role floorkpi_app: the login of --pg must be',
    'floorkpi_app itself (see "hub init") or a role that may SET ROLE to it.',
    '',
    'Example:',
    '  npm run --silent cli -- hub serve --pg $FLOORKPI_HUB_PG --port 8443 --host 0.0.0.0 \\',
    '    --cert /etc/floorkpi/hub.crt --key /etc/floorkpi/hub.key',
  ].join('\n'),
  async run(values, io) {
    const port = Number(stringOption(values, 'port'));
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be 0 to 65535');
    const connections = Number(stringOption(values, 'connections') ?? '10');
    if (!Number.isInteger(connections) || connections < 1)
      throw new CliError('--connections must be 1 or more');
    const certFile = stringOption(values, 'cert');
    const keyFile = stringOption(values, 'key');
    if ((certFile === null) !== (keyFile === null)) throw new CliError('--cert and --key go together');
    const tls = certFile && keyFile ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : null;
    const updatesOption = stringOption(values, 'updates');
    const updatesDir = updatesOption === null ? null : resolve(updatesOption);
    if (updatesDir !== null && !isFolder(updatesDir))
      throw new CliError(`--updates: ${updatesDir} is not a folder`);
    const hub = hubDatabase(values, io.env, 'app', connections);
    try {
      const running = await serveHub({
        db: hub.db,
        host: stringOption(values, 'host') ?? '127.0.0.1',
        port,
        tls,
        log: values.log === true,
        updatesDir,
      });
      io.out(`FloorKPI hub listening on ${running.url}\n`);
      if (updatesDir) io.out(`Serving app updates from ${updatesDir} at ${running.url}/updates/\n`);
      const signal = await stopSignal();
      await running.close();
      io.out(`FloorKPI hub stopped (${signal}).\n`);
      return 0;
    } finally {
      await hub.close();
    }
  },
};
