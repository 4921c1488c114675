import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../../src-shared/contract';
import { createCore } from '../core';
import type { HostKind } from '../core-deps';
import { serveRpc } from '../workers/rpc-server';
import type { CoreEvents, CoreMethods, CoreNotices, CoreWorkerData } from './worker-protocol';

// The core owns the database in this thread so a slow query or a long import never freezes the
// Electron main thread (and with it every window), nor the browser host's HTTP server.

const HOSTS: readonly HostKind[] = ['electron', 'browser'];

function readWorkerData(data: unknown): CoreWorkerData {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const { dbPath, host } = fields;
  if (typeof dbPath !== 'string' || dbPath === '') throw new Error('core-worker started without a dbPath');
  const kind = HOSTS.find((h) => h === host);
  if (!kind) throw new Error(`core-worker started for an unknown host: ${String(host)}`);
  return { dbPath, host: kind };
}

const port = parentPort;
if (!port) throw new Error('core-worker must run inside a worker_threads Worker');

// A file that cannot be served (missing, damaged, not FloorKPI's) does not stop the core: it
// starts in that state and the window shows first start or recovery. A throw here (a broken
// install) surfaces as the Worker's 'error' event in main, which shows it and quits.
const { dbPath, host } = readWorkerData(workerData);
const core = createCore({
  dbPath,
  host,
  kpiWorkerFile: join(__dirname, 'kpi-worker.js'),
  maintenanceWorkerFile: join(__dirname, 'maintenance-worker.js'),
  dailyBackups: true,
  reportSchedule: true,
  // Sent mid-call: the import keeps this thread busy, but messages leave at once.
  onProgress: (sessionKey, report) => server.emit('progress', { sessionKey, report }),
});

const server = serveRpc<CoreMethods, CoreNotices, CoreEvents>(
  port,
  {
    invoke: async ({ sessionKey, channel, payload }) => {
      let signedIn: string | undefined;
      const result = await core
        .dispatch(sessionKey, channel, payload, (key) => {
          signedIn = key;
        })
        .catch((error: unknown): Result<unknown> => {
          console.error('core-worker: dispatch failed', error);
          return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside FloorKPI.' } };
        });
      return signedIn === undefined ? { result } : { result, sessionKey: signedIn };
    },
  },
  {
    'end-session': ({ sessionKey }) => core.deps.sessions.delete(sessionKey),
    shutdown: () => void core.close().finally(() => port.close()),
  },
  { internalMessage: 'Something went wrong inside FloorKPI.' },
);
server.emit('ready', null);
