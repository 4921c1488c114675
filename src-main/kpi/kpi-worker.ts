import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../src-shared/contract/errors';
import { openReadConnection } from '../db/read-connection';
import { fromWire, type KpiWorkerReply, type KpiWorkerRequest } from './kpi-reader';
import { type KpiRequestKind, type KpiRequests, runKpiRequest } from './kpi-requests';

// The KPI engine's thread: a read-only connection of its own, answering one request at a time.

const port = parentPort;
if (!port) throw new Error('kpi-worker must run inside a worker_threads Worker');
const dbPath = (workerData as { dbPath?: unknown } | null)?.dbPath;
if (typeof dbPath !== 'string') throw new Error('kpi-worker started without a dbPath');
// The core checked this file's integrity a moment ago, before starting this worker.
const database = openReadConnection(dbPath);

port.on('message', (request: KpiWorkerRequest) => {
  let reply: KpiWorkerReply;
  try {
    const data = runKpiRequest(
      database,
      fromWire(request.scope),
      request.kind,
      request.query as KpiRequests[KpiRequestKind],
    );
    reply = { id: request.id, ok: true, data };
  } catch (error) {
    if (error instanceof AppError) reply = { id: request.id, ok: false, error: error.toShape() };
    else {
      console.error('kpi-worker: request failed', error);
      reply = {
        id: request.id,
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'The KPI engine failed; nothing was changed. The error was logged.',
        },
      };
    }
  }
  port.postMessage(reply);
});
