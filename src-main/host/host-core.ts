import { Worker } from 'node:worker_threads';
import type { Result } from '../../src-shared/contract';
import { createCore } from '../core';
import type { ProgressSink } from '../core-deps';
import { CoreWorkerClient } from './core-worker-client';
import type { CoreWorkerData } from './worker-protocol';

/** What the browser host needs of the core, wherever it runs. */
export interface HostCore {
  /** Runs one call; `rekey` hears the caller's new session key when the call signs them in. */
  dispatch(
    sessionKey: string,
    channel: string,
    payload: unknown,
    rekey?: (sessionKey: string) => void,
  ): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export interface HostCoreOptions {
  dbPath: string;
  /** The bundled core worker; absent (tests run from source), the core runs on this thread. */
  coreWorkerFile?: string;
  /** The bundled KPI worker, for an in-thread core. */
  kpiWorkerFile?: string;
  /** Hears how far each caller's long call has got. */
  onProgress?: ProgressSink;
  /** Told once if the core worker stops after start: nothing can be served any more. */
  onCoreDeath?: (reason: string) => void;
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
      onProgress: options.onProgress,
    });
    return { dispatch: core.dispatch, close: core.close };
  }
  const workerData: CoreWorkerData = { dbPath: options.dbPath, host: 'browser' };
  let started = false;
  const worker = new Worker(options.coreWorkerFile, { workerData });
  const onDeath = (reason: string): void => {
    // Before start the reason is the rejection below; after, the host must not stay up serving
    // a page whose every call would fail.
    if (started) (options.onCoreDeath ?? ((why) => console.error(`FloorKPI's core stopped: ${why}`)))(reason);
  };
  const client = new CoreWorkerClient(worker, onDeath, options.onProgress);
  await client.ready();
  started = true;
  return {
    dispatch: (sessionKey, channel, payload, rekey) => client.invoke(sessionKey, channel, payload, rekey),
    close: () => client.shutdown(),
  };
}
