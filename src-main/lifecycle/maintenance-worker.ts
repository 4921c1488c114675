import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { type MaintenanceReply, type MaintenanceRequest, runMaintenanceJob } from './maintenance';

// The upkeep thread: the background integrity check at start and the backups, on connections of
// its own, one job at a time, so the core thread keeps answering while a large file is read.

// Lowest CPU priority: a 1 GB check must not slow the first dashboard on a busy 2-core PC. On
// Linux a priority set from a thread is that thread's alone; elsewhere it would be the whole
// app's, so it is left as it is there.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here (a container's policy): the check still runs, at normal priority.
  }
}

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
