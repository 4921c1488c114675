import type { Kysely } from 'kysely';
import type { HubDB } from '../db/hub-schema';
import { createHubServer } from './hub-server';

export interface ServeOptions {
  db: Kysely<HubDB>;
  host: string;
  /** 0 picks a free port (tests); the URL tells which. */
  port: number;
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  log?: boolean;
  /** A folder of app releases to serve at `/updates/`. */
  updatesDir?: string | null;
}

export interface RunningHub {
  url: string;
  close(): Promise<void>;
}

/** Starts the hub's HTTP(S) service on `host:port`. */
export async function serveHub(options: ServeOptions): Promise<RunningHub> {
  const app = await createHubServer({
    db: options.db,
    tls: options.tls ?? null,
    log: options.log ?? false,
    updatesDir: options.updatesDir ?? null,
  });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `${options.tls ? 'https' : 'http'}://${host}:${port}`, close: () => app.close() };
}
