// First, before the modules below load: the lowest CPU priority, so that neither loading them nor
// a 1 GB check slows the sign-in and the first dashboard on a busy 2-core PC.
import './lowest-priority';
import { parentPort, workerData } from 'node:worker_threads';
import { type MaintenanceReply, type MaintenanceRequest, runMaintenanceJob } from './maintenance';

// The upkeep thread: the background integrity check at start and the backups, on connections of
// its own, one job at a time, so the core thread keeps answering while a large file is read.

const port = parentPort;
if (!port) throw new Error('maintenance-worker must run inside a worker_threads Worker');
const dbPath = (workerData as { dbPath?: unknown } | null)?.dbPath;
if (typeof dbPath !== 'string') throw new Error('maintenance-worker started without a dbPath');

port.on('message', (request: MaintenanceRequest) => {
  let reply: MaintenanceReply;
  try {
    reply = { id: request.id, ok: true, value: runMaintenanceJob(dbPath, request.job) };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
