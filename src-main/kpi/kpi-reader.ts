import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError, type AppErrorShape } from '../../src-shared/contract/errors';
import { readThrough } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';
import { type KpiRequestKind, type KpiRequests, type KpiResponses, runKpiRequest } from './kpi-requests';

/** Answers KPI requests; the core asks it instead of running the engine on its own thread. */
export interface KpiReader {
  run<K extends KpiRequestKind>(scope: Scope, kind: K, query: KpiRequests[K]): Promise<KpiResponses[K]>;
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

export interface KpiWorkerRequest {
  id: number;
  scope: WireScope;
  kind: KpiRequestKind;
  query: unknown;
}

export type KpiWorkerReply =
  | { id: number; ok: true; data: unknown }
  | { id: number; ok: false; error: AppErrorShape };

/** Runs requests on the calling thread (tests, the CLI): same code, no thread hop. */
export function inlineKpiReader(sqlite: BetterSqlite3.Database): KpiReader {
  return {
    run: async (scope, kind, query) => runKpiRequest(readThrough(sqlite), scope, kind, query),
    close: async () => {},
  };
}

/**
 * Runs requests in a worker thread on its own read-only connection (WAL lets it read while the
 * core writes), so a year-long dashboard never delays a line leader's save.
 */
export function workerKpiReader(workerFile: string, dbPath: string): KpiReader {
  const worker = new Worker(workerFile, { workerData: { dbPath } });
  worker.unref();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.on('message', (reply: KpiWorkerReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.data);
    else waiter.reject(new AppError(reply.error.code, reply.error.message, reply.error.issues));
  });
  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('The KPI worker stopped.')));
  return {
    run<K extends KpiRequestKind>(scope: Scope, kind: K, query: KpiRequests[K]): Promise<KpiResponses[K]> {
      const id = nextId++;
      return new Promise<KpiResponses[K]>((resolve, reject) => {
        pending.set(id, { resolve: (value) => resolve(value as KpiResponses[K]), reject });
        const request: KpiWorkerRequest = { id, scope: toWire(scope), kind, query };
        worker.postMessage(request);
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
