import type { ProgressReport } from '../src-shared/contract/progress';
import { type OpenDatabase, openDatabase } from './db/open';
import { createDispatcher, type Dispatcher } from './dispatch';
import { allHandlers } from './handlers';
import { inlineKpiReader, type KpiReader, workerKpiReader } from './kpi/kpi-reader';
import { SessionStore } from './session';

export type HostKind = 'electron' | 'browser' | 'cli' | 'test';

/** What handlers receive: the open database, the sessions and which host serves them. */
export interface CoreDeps {
  database: OpenDatabase;
  sessions: SessionStore;
  host: HostKind;
  version: string;
  /** Where KPI requests run: a worker with its own read connection in the app, inline in tests. */
  kpi: KpiReader;
  /** Tells the caller behind `sessionKey` how far its long call has got (a no-op where nobody listens). */
  progress: ProgressSink;
}

export type ProgressSink = (sessionKey: string, report: ProgressReport) => void;

export interface CoreOptions {
  dbPath: string;
  host: HostKind;
  kpiWorkerFile?: string;
  onProgress?: ProgressSink;
}

export interface Core extends Dispatcher {
  deps: CoreDeps;
  close(): Promise<void>;
}

export const APP_VERSION = '0.1.0';

/** Opens the database and wires every channel's handler; both hosts and the tests start here. */
export function createCore(options: CoreOptions): Core {
  const database = openDatabase(options.dbPath);
  const sessions = new SessionStore();
  // An in-memory database cannot be shared with another thread's connection.
  const kpi =
    options.kpiWorkerFile && options.dbPath !== ':memory:'
      ? workerKpiReader(options.kpiWorkerFile, options.dbPath)
      : inlineKpiReader(database.sqlite);
  const progress: ProgressSink = options.onProgress ?? (() => {});
  const deps: CoreDeps = { database, sessions, host: options.host, version: APP_VERSION, kpi, progress };
  const dispatcher = createDispatcher(allHandlers, deps, (key) => sessions.get(key));
  return {
    deps,
    dispatch: dispatcher.dispatch,
    close: async () => {
      await kpi.close();
      await database.close();
    },
  };
}
