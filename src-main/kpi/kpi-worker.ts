import { parentPort, workerData } from 'node:worker_threads';
import { openReadConnection } from '../db/read-connection';
import { type MethodHandlers, serveRpc } from '../workers/rpc-server';
import { fromWire, type KpiEvents, type KpiMethods, type KpiWorkerMethods, runReportJob } from './kpi-reader';
import { type KpiChannel, runKpiRequest } from './kpi-requests';

// The KPI engine's thread: a read-only connection of its own, answering one request at a time.

const port = parentPort;
if (!port) throw new Error('kpi-worker must run inside a worker_threads Worker');
const dbPath = (workerData as { dbPath?: unknown } | null)?.dbPath;
if (typeof dbPath !== 'string') throw new Error('kpi-worker started without a dbPath');
// The core checked this file's integrity a moment ago, before starting this worker.
const db = openReadConnection(dbPath);

const answer =
  <K extends KpiChannel>(channel: K) =>
  ({ scope, input }: KpiMethods[K]['request']) =>
    runKpiRequest(db, fromWire(scope), channel, input);

const methods: MethodHandlers<KpiWorkerMethods> = {
  'kpi.report': answer('kpi.report'),
  'kpi.dashboard': answer('kpi.dashboard'),
  'kpi.trend': answer('kpi.trend'),
  'kpi.breakdown': answer('kpi.breakdown'),
  'kpi.compare': answer('kpi.compare'),
  'report.build': ({ scope, job, ticket }) =>
    runReportJob(db, fromWire(scope), job, (done, total) =>
      server.emit('report-progress', { ticket, done, total }),
    ),
};

const server = serveRpc<KpiWorkerMethods, Record<never, never>, KpiEvents>(
  port,
  methods,
  {},
  {
    internalMessage: 'The KPI engine failed; nothing was changed. The error was logged.',
  },
);
