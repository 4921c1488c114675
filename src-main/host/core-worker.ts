import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../../src-shared/contract';
import { createCore } from '../core';
import { type CoreWorkerData, type InvokeReply, isToWorker } from './worker-protocol';

// The core owns the database in this thread so a slow query never freezes the Electron main
// thread (and with it every window).

function readWorkerData(data: unknown): CoreWorkerData {
  const dbPath =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>).dbPath : undefined;
  if (typeof dbPath !== 'string' || dbPath === '') throw new Error('core-worker started without a dbPath');
  return { dbPath };
}

const port = parentPort;
if (!port) throw new Error('core-worker must run inside a worker_threads Worker');

// A throw here (e.g. a corrupt database) surfaces as the Worker's 'error' event in main,
// which shows it to the user and quits.
const core = createCore({
  dbPath: readWorkerData(workerData).dbPath,
  host: 'electron',
  kpiWorkerFile: join(__dirname, 'kpi-worker.js'),
});

port.on('message', (message: unknown) => {
  if (!isToWorker(message)) return;
  switch (message.type) {
    case 'invoke':
      void core
        .dispatch(message.sessionKey, message.channel, message.payload)
        .catch((error: unknown): Result<unknown> => {
          console.error('core-worker: dispatch failed', error);
          return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside FloorKPI.' } };
        })
        .then((result) => {
          const reply: InvokeReply = { type: 'result', id: message.id, result };
          port.postMessage(reply);
        });
      return;
    case 'end-session':
      core.deps.sessions.delete(message.sessionKey);
      return;
    case 'shutdown':
      void core.close().finally(() => port.close());
      return;
  }
});
