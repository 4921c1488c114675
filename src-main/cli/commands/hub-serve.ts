import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveHub } from '../../../src-hub/server/serve';
import { type Command, cliError } from '../command';
import { cliText } from '../i18n/cli-words';
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
  summary: {
    en: 'Run the plant hub service (until stopped with Ctrl+C or SIGTERM)',
    es: 'Ejecuta el servicio del servidor de planta (hasta Ctrl+C o SIGTERM)',
  },
  options: {
    pg: PG_OPTION,
    port: {
      type: 'string',
      value: 'PORT',
      description: { en: 'TCP port (0: any free port)', es: 'puerto TCP (0: cualquier puerto libre)' },
      required: true,
    },
    host: {
      type: 'string',
      value: 'HOST',
      description: {
        en: 'address to listen on (default: 127.0.0.1)',
        es: 'dirección en la que escucha (por omisión: 127.0.0.1)',
      },
    },
    cert: {
      type: 'string',
      value: 'FILE',
      description: {
        en: 'PEM certificate: serve HTTPS (with --key)',
        es: 'certificado PEM: sirve por HTTPS (con --key)',
      },
    },
    key: {
      type: 'string',
      value: 'FILE',
      description: { en: 'PEM private key of --cert', es: 'clave privada PEM de --cert' },
    },
    connections: {
      type: 'string',
      value: 'N',
      description: {
        en: 'PostgreSQL connections (default: 10)',
        es: 'conexiones a PostgreSQL (por omisión: 10)',
      },
    },
    log: {
      type: 'boolean',
      description: {
        en: 'log one line per request on stdout',
        es: 'escribe una línea por solicitud en stdout',
      },
    },
    updates: {
      type: 'string',
      value: 'DIR',
      description: {
        en: 'serve the app releases in DIR at /updates/ (latest.yml, installers, blockmaps)',
        es: 'sirve las versiones de la aplicación de DIR en /updates/ (latest.yml, instaladores, blockmaps)',
      },
    },
  },
  details: {
    es: [
      'Escucha en 127.0.0.1 salvo que --host diga otra cosa: use --host 0.0.0.0 (y un certificado) para',
      'que las PC de la planta lo alcancen. Corre con el rol floorkpi_app: el usuario de --pg debe ser',
      'floorkpi_app (vea "hub init") o un rol que pueda hacer SET ROLE a él.',
      '',
      'Ejemplo:',
      '  npm run --silent cli -- hub serve --pg $FLOORKPI_HUB_PG --port 8443 --host 0.0.0.0 \\',
      '    --cert /etc/floorkpi/hub.crt --key /etc/floorkpi/hub.key',
    ].join('\n'),
    en: [
      'Listens on 127.0.0.1 unless --host says otherwise: give --host 0.0.0.0 (and a certificate) for',
      'the PCs of the plant to reach it. Runs as the role floorkpi_app: the login of --pg must be',
      'floorkpi_app itself (see "hub init") or a role that may SET ROLE to it.',
      '',
      'Example:',
      '  npm run --silent cli -- hub serve --pg $FLOORKPI_HUB_PG --port 8443 --host 0.0.0.0 \\',
      '    --cert /etc/floorkpi/hub.crt --key /etc/floorkpi/hub.key',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const port = Number(stringOption(values, 'port'));
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw cliError('badPort');
    const connections = Number(stringOption(values, 'connections') ?? '10');
    if (!Number.isInteger(connections) || connections < 1) throw cliError('badConnections');
    const certFile = stringOption(values, 'cert');
    const keyFile = stringOption(values, 'key');
    if ((certFile === null) !== (keyFile === null)) throw cliError('certAndKey');
    const tls = certFile && keyFile ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : null;
    const updatesOption = stringOption(values, 'updates');
    const updatesDir = updatesOption === null ? null : resolve(updatesOption);
    if (updatesDir !== null && !isFolder(updatesDir)) throw cliError('notAFolder', { path: updatesDir });
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
      io.out(`${text.say('hubListening', { url: running.url })}\n`);
      if (updatesDir) io.out(`${text.say('hubUpdates', { path: updatesDir, url: running.url })}\n`);
      const signal = await stopSignal();
      await running.close();
      io.out(`${text.say('hubStopped', { signal })}\n`);
      return 0;
    } finally {
      await hub.close();
    }
  },
};
