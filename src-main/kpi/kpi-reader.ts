import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedRequestOf, ResponseOf } from '../../src-shared/contract';
import { readThrough } from '../db/read-connection';
import { startWorker } from '../host/start-worker';
import type { Scope } from '../tenancy/scope';
import { RpcClient } from '../workers/rpc-client';
import { type KpiChannel, runKpiRequest } from './kpi-requests';

/** Answers KPI requests; the core asks it instead of running the engine on its own thread. */
export interface KpiReader {
  run<K extends KpiChannel>(scope: Scope, channel: K, input: ParsedRequestOf<K>): Promise<ResponseOf<K>>;
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

/** Runs requests on the calling thread (tests, the CLI): same code, no thread hop. */
export function inlineKpiReader(sqlite: BetterSqlite3.Database): KpiReader {
  const db = readThrough(sqlite);
  return {
    run: async (scope, channel, input) => runKpiRequest(db, scope, channel, input),
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
  const client = new RpcClient<KpiMethods>(worker, {
    name: 'KPI worker',
    stoppedReason: 'The KPI worker stopped.',
  });
  return {
    run: (scope, channel, input) => client.call(channel, { scope: toWire(scope), input }),
    close: () => client.stop(0),
  };
}
