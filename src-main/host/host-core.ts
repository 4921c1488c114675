import { Worker } from 'node:worker_threads';
import type { Result } from '../../src-shared/contract';
import { createCore } from '../core';
import { CoreWorkerClient } from './core-worker-client';
import type { CoreWorkerData } from './worker-protocol';

/** What the browser host needs of the core, wherever it runs. */
export interface HostCore {
  dispatch(sessionKey: string, channel: string, payload: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export interface HostCoreOptions {
  dbPath: string;
  /** The bundled core worker; absent (tests run from source), the core runs on this thread. */
  coreWorkerFile?: string;
  /** The bundled KPI worker, for an in-thread core. */
  kpiWorkerFile?: string;
}

/**
 * Starts the browser host's core. From the bundle it runs in the same worker the Electron shell
 * uses, so a 100,000-row import or a year's dashboard never stops the HTTP server answering
 * other requests; it resolves once the database is open, or rejects with why it is not.
 */
export async function startHostCore(options: HostCoreOptions): Promise<HostCore> {
  if (!options.coreWorkerFile) {
    const core = createCore({
      dbPath: options.dbPath,
      host: 'browser',
      kpiWorkerFile: options.kpiWorkerFile,
    });
    return { dispatch: core.dispatch, close: core.close };
  }
  const workerData: CoreWorkerData = { dbPath: options.dbPath, host: 'browser' };
  let started = false;
  const client = new CoreWorkerClient(new Worker(options.coreWorkerFile, { workerData }), (reason) => {
    // Before start the reason is the rejection below; after, every call answers "restart the app".
    if (started) console.error(`FloorKPI's core stopped: ${reason}`);
  });
  await client.ready();
  started = true;
  return {
    dispatch: (sessionKey, channel, payload) => client.invoke(sessionKey, channel, payload),
    close: () => client.shutdown(),
  };
}
