import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedRequestOf, ResponseOf } from '../../src-shared/contract';
import type { PaperSize, ReportRequest } from '../../src-shared/reports/report-request';
import { type ReadConnection, readThrough } from '../db/read-connection';
import { startWorker } from '../host/start-worker';
import type { BuiltReport } from '../reports/build-report';
import type { Scope } from '../tenancy/scope';
import { RpcClient } from '../workers/rpc-client';
import { type KpiChannel, runKpiRequest } from './kpi-requests';

/** What a report needs besides the request: the plant's paper and the generation time (ISO). */
export interface ReportJob {
  request: ReportRequest;
  paper: PaperSize;
  now: string;
}

/** Answers KPI requests; the core asks it instead of running the engine on its own thread. */
export interface KpiReader {
  run<K extends KpiChannel>(scope: Scope, channel: K, input: ParsedRequestOf<K>): Promise<ResponseOf<K>>;
  /** Builds a report from the same engine, telling `progress` how far it has got. */
  report(
    scope: Scope,
    job: ReportJob,
    progress?: (done: number, total: number) => void,
  ): Promise<BuiltReport>;
  close(): Promise<void>;
}

/** A scope as it crosses a thread: the client set becomes a list. */
export interface WireScope {
  userId: string | null;
  username: string;
  role: Scope['role'];
  clients: 'ALL' | string[];
}

export function toWire(scope: Scope): WireScope {
  return { ...scope, clients: scope.clients === 'ALL' ? 'ALL' : [...scope.clients] };
}

export function fromWire(scope: WireScope): Scope {
  return { ...scope, clients: scope.clients === 'ALL' ? 'ALL' : new Set(scope.clients) };
}

/** The KPI worker's methods (../workers/rpc.ts): one per KPI channel, typed by the contract. */
export type KpiMethods = {
  [K in KpiChannel]: { request: { scope: WireScope; input: ParsedRequestOf<K> }; reply: ResponseOf<K> };
};

/** Every method of the KPI worker: the KPI channels and the report builder. */
export type KpiWorkerMethods = {
  [K in KpiChannel | 'report.build']: K extends KpiChannel
    ? KpiMethods[K]
    : { request: { scope: WireScope; job: ReportJob; ticket: number }; reply: BuiltReport };
};

/** What the KPI worker tells unasked: how far the report of a ticket has got. */
export interface KpiEvents {
  'report-progress': { ticket: number; done: number; total: number };
}

/** Builds a report on a read connection (the worker's, or the caller's inline). */
export async function runReportJob(
  db: ReadConnection,
  scope: Scope,
  job: ReportJob,
  progress?: (done: number, total: number) => void,
): Promise<BuiltReport> {
  // Loaded on the first report: PDF and Excel writers are not needed for the core's start.
  const { buildReport } = await import('../reports/build-report');
  return buildReport(db, scope, job.request, { paper: job.paper, now: new Date(job.now), progress });
}

/** Runs requests on the calling thread (tests, the CLI): same code, no thread hop. */
export function inlineKpiReader(sqlite: BetterSqlite3.Database): KpiReader {
  const db = readThrough(sqlite);
  return {
    run: async (scope, channel, input) => runKpiRequest(db, scope, channel, input),
    report: (scope, job, progress) => runReportJob(db, scope, job, progress),
    close: async () => {},
  };
}

/**
 * Runs requests in a worker thread on its own read-only connection (WAL lets it read while the
 * core writes), so a year-long dashboard never delays a line leader's save.
 */
export function workerKpiReader(workerFile: string, dbPath: string): KpiReader {
  const worker = startWorker(workerFile, { dbPath });
  worker.unref();
  // A report's progress events, by the ticket its call carries.
  const listeners = new Map<number, (done: number, total: number) => void>();
  let nextTicket = 1;
  const client = new RpcClient<KpiWorkerMethods, Record<never, never>, KpiEvents>(worker, {
    name: 'KPI worker',
    stoppedReason: 'The KPI worker stopped.',
    onEvent: (name, data) => {
      if (name !== 'report-progress') return;
      const event = data as KpiEvents['report-progress'];
      listeners.get(event.ticket)?.(event.done, event.total);
    },
  });
  return {
    // KpiWorkerMethods[K] is KpiMethods[K] for a KPI channel; TypeScript cannot see through the
    // conditional type for a generic K, so the reply is named for what it is.
    run: <K extends KpiChannel>(scope: Scope, channel: K, input: ParsedRequestOf<K>) =>
      client.call(channel, { scope: toWire(scope), input } as KpiWorkerMethods[K]['request']) as Promise<
        ResponseOf<K>
      >,
    async report(scope, job, progress) {
      const ticket = nextTicket++;
      if (progress) listeners.set(ticket, progress);
      try {
        return await client.call('report.build', { scope: toWire(scope), job, ticket });
      } finally {
        listeners.delete(ticket);
      }
    },
    close: () => client.stop(0),
  };
}
