import { PASSIVE_CHANNELS } from '../src-shared/contract';
import { SESSION_ABSOLUTE_HOURS } from '../src-shared/contract/plant-settings';
import type { ProgressReport } from '../src-shared/contract/progress';
import { sessionIdleMinutes } from './auth/plant-settings';
import { grantOf } from './auth/session-grant';
import { type OpenDatabase, openDatabase } from './db/open';
import { createDispatcher, type Dispatcher } from './dispatch';
import { allHandlers } from './handlers';
import { inlineKpiReader, type KpiReader, workerKpiReader } from './kpi/kpi-reader';
import { type SessionChecks, SessionStore } from './session';

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
  /** The core's clock: session timeouts and sign-in stamps (injectable so tests can let time pass). */
  now: () => Date;
}

export type ProgressSink = (sessionKey: string, report: ProgressReport) => void;

export interface CoreOptions {
  dbPath: string;
  host: HostKind;
  kpiWorkerFile?: string;
  onProgress?: ProgressSink;
  /** The clock (default: the wall clock). */
  now?: () => Date;
}

export interface Core extends Dispatcher {
  deps: CoreDeps;
  close(): Promise<void>;
}

export const APP_VERSION = '0.1.0';

/** Opens the database and wires every channel's handler; both hosts and the tests start here. */
export function createCore(options: CoreOptions): Core {
  const database = openDatabase(options.dbPath);
  const now = options.now ?? (() => new Date());
  const sessions = new SessionStore(() => now().getTime());
  // An in-memory database cannot be shared with another thread's connection.
  const kpi =
    options.kpiWorkerFile && options.dbPath !== ':memory:'
      ? workerKpiReader(options.kpiWorkerFile, options.dbPath)
      : inlineKpiReader(database.sqlite);
  const progress: ProgressSink = options.onProgress ?? (() => {});
  const deps: CoreDeps = { database, sessions, host: options.host, version: APP_VERSION, kpi, progress, now };
  const checks: SessionChecks = {
    policy: () => ({
      idleMinutes: sessionIdleMinutes(database.sqlite),
      absoluteHours: SESSION_ABSOLUTE_HOURS,
    }),
    grantOf: (userId) => grantOf(database.sqlite, userId),
  };
  const dispatcher = createDispatcher(allHandlers, deps, (key, channel) =>
    sessions.use(key, checks, !PASSIVE_CHANNELS.has(channel)),
  );
  return {
    deps,
    dispatch: dispatcher.dispatch,
    close: async () => {
      await kpi.close();
      await database.close();
    },
  };
}
