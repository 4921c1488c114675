import { version } from '../package.json';
import { type ChannelName, PASSIVE_CHANNELS } from '../src-shared/contract';
import { AppError } from '../src-shared/contract/errors';
import { SESSION_ABSOLUTE_HOURS } from '../src-shared/contract/plant-settings';
import { sessionIdleMinutes } from './auth/plant-settings';
import { grantOf } from './auth/session-grant';
import type { CoreDeps, HostKind, ProgressSink } from './core-deps';
import { createDispatcher, type Dispatcher } from './dispatch';
import { allHandlers } from './handlers';
import { type CallKind, CallRouter, isReadOnlyError, type Lane } from './lifecycle/call-router';
import { DatabaseHost } from './lifecycle/database-host';
import { ReportScheduler } from './reports/schedule/report-scheduler';
import { type SessionChecks, type SessionLookup, SessionStore } from './session';

export interface CoreOptions {
  dbPath: string;
  host: HostKind;
  kpiWorkerFile?: string;
  /** The bundled maintenance worker (background integrity check, backups); inline without it. */
  maintenanceWorkerFile?: string;
  onProgress?: ProgressSink;
  /** The clock (default: the wall clock). */
  now?: () => Date;
  /** Create the database when the file is missing (tests); the app's first start asks the person. */
  create?: boolean;
  /** Keep a daily backup while the core runs (the app's hosts). */
  dailyBackups?: boolean;
  /** Run the morning report job (the app's hosts): yesterday's daily reports into the plant's folder. */
  reportSchedule?: boolean;
}

export interface Core extends Dispatcher {
  /** The dependencies as the next ordinary call would get them (tests reach the database here). */
  deps: CoreDeps;
  close(): Promise<void>;
}

/** The version the installers and the updater carry: package.json's, so the two never disagree. */
export const APP_VERSION: string = version;

/** Long writes that keep the writer's transaction open across event-loop turns (see CallRouter). */
const EXCLUSIVE: ReadonlySet<ChannelName> = new Set<ChannelName>(['csv.import', 'csv.preview']);
/** Calls that replace the database's connections. */
const OFFLINE: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'database.create',
  'database.recover',
  'backups.restore',
]);

function kindOf(channel: ChannelName): CallKind {
  if (OFFLINE.has(channel)) return 'offline';
  return EXCLUSIVE.has(channel) ? 'exclusive' : 'shared';
}

const NO_SESSION: SessionLookup = { session: null, ended: null };

/** Opens the database and wires every channel's handler; both hosts and the tests start here. */
export function createCore(options: CoreOptions): Core {
  const files = new DatabaseHost({
    dbPath: options.dbPath,
    kpiWorkerFile: options.kpiWorkerFile,
    maintenanceWorkerFile: options.maintenanceWorkerFile,
    create: options.create,
    dailyBackups: options.dailyBackups,
  });
  const now = options.now ?? (() => new Date());
  const sessions = new SessionStore(() => now().getTime());
  const router = new CallRouter(() => files.hasReader);
  const deps: CoreDeps = {
    get database() {
      return files.connection('writer');
    },
    sessions,
    host: options.host,
    version: APP_VERSION,
    get kpi() {
      return files.kpi('writer');
    },
    progress: options.onProgress ?? (() => {}),
    now,
    files,
  };
  const depsOf = (lane: Lane): CoreDeps => ({
    get database() {
      return files.connection(lane);
    },
    sessions,
    host: deps.host,
    version: deps.version,
    get kpi() {
      return files.kpi(lane);
    },
    progress: deps.progress,
    now,
    files,
  });
  // Session checks read what is committed (the reader while an import holds the writer).
  const checks: SessionChecks = {
    policy: () => ({
      idleMinutes: sessionIdleMinutes(files.connection('reader').sqlite),
      absoluteHours: SESSION_ABSOLUTE_HOURS,
    }),
    grantOf: (userId) => grantOf(files.connection('reader').sqlite, userId),
  };
  const run = (channel: ChannelName, call: (callDeps: CoreDeps) => Promise<unknown>): Promise<unknown> =>
    router.run(kindOf(channel), async (lane) => {
      try {
        return await call(depsOf(lane));
      } catch (error) {
        // The writer refuses writes once the background check found damage (query_only).
        if (lane === 'writer' && files.damaged && isReadOnlyError(error))
          throw new AppError('UNAVAILABLE', files.status().message ?? 'The database is damaged.');
        throw error;
      }
    });
  const dispatcher = createDispatcher(
    allHandlers,
    deps,
    // Without a database nobody can be signed in (no sign-in could have happened on it).
    (key, channel) => (files.isOpen ? sessions.use(key, checks, !PASSIVE_CHANNELS.has(channel)) : NO_SESSION),
    undefined,
    { run, current: (key) => sessions.get(key) },
  );
  // The morning report job: its database work is routed like a call (never inside an import's
  // open transaction); its reports are built by the KPI worker.
  const scheduler = new ReportScheduler(() =>
    files.isOpen && !files.damaged
      ? {
          withDb: (work) => router.run('shared', async (lane) => work(files.connection(lane).sqlite)),
          kpi: files.kpi('writer'),
          now: now(),
        }
      : null,
  );
  if (options.reportSchedule) void files.whenChecked().then(() => scheduler.start());
  return {
    deps,
    dispatch: dispatcher.dispatch,
    close: async () => {
      await scheduler.stop();
      await files.close();
    },
  };
}
