import type { ProgressReport } from '../src-shared/contract/progress';
import type { OpenDatabase } from './db/open';
import type { KpiReader } from './kpi/kpi-reader';
import type { DatabaseHost } from './lifecycle/database-host';
import type { SessionStore } from './session';

// Its own file so the handlers can name it without importing the core that imports them.

export type HostKind = 'electron' | 'browser' | 'cli' | 'test';

/** What handlers receive: the call's connection, the sessions and which host serves them. */
export interface CoreDeps {
  /** The connection this call runs on (the read-only one while an import holds the writer). */
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
  /** The database file's life: its state, backups, creation and restore. */
  files: DatabaseHost;
}

export type ProgressSink = (sessionKey: string, report: ProgressReport) => void;
