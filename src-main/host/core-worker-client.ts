import { AppError, type Result } from '../../src-shared/contract';
import type { ProgressReport } from '../../src-shared/contract/progress';
import { RpcClient, type WorkerLike, WorkerStoppedError } from '../workers/rpc-client';
import { type CoreEvents, type CoreMethods, type CoreNotices, isProgressEvent } from './worker-protocol';

export type { WorkerLike } from '../workers/rpc-client';

const STOPPED_MESSAGE = 'The FloorKPI core has stopped; restart the app.';
const CORE_STOPPED: Result<never> = { ok: false, error: { code: 'INTERNAL', message: STOPPED_MESSAGE } };

/**
 * Relays calls to the core worker over the worker messaging layer. If the worker dies, every
 * pending and later call resolves to an error (never hangs) and `onDeath` is told once.
 */
export class CoreWorkerClient {
  readonly #rpc: RpcClient<CoreMethods, CoreNotices, CoreEvents>;
  readonly #ready: Promise<void>;
  #settleReady: (failure?: Error) => void = () => {};

  constructor(
    worker: WorkerLike,
    onDeath: (reason: string) => void,
    onProgress: (sessionKey: string, report: ProgressReport) => void = () => {},
  ) {
    this.#ready = new Promise((resolve, reject) => {
      let settled = false;
      this.#settleReady = (failure) => {
        if (settled) return;
        settled = true;
        if (failure) reject(failure);
        else resolve();
      };
    });
    // Nobody may await ready(): a start-up failure is also told through onDeath.
    this.#ready.catch(() => {});
    worker.on('error', (error) => this.#settleReady(error));
    worker.on('exit', (code) =>
      this.#settleReady(new Error(`The core worker exited before it was ready (code ${code}).`)),
    );
    this.#rpc = new RpcClient<CoreMethods, CoreNotices, CoreEvents>(worker, {
      name: 'core worker',
      stoppedReason: STOPPED_MESSAGE,
      onDeath,
      onEvent: (name, data) => {
        if (name === 'ready') this.#settleReady();
        if (name === 'progress' && isProgressEvent(data)) onProgress(data.sessionKey, data.report);
      },
    });
  }

  /** Resolves once the worker has opened the database; rejects with why it could not. */
  ready(): Promise<void> {
    return this.#ready;
  }

  /**
   * Runs one channel call in the worker for `sessionKey`; always resolves to a `Result`. `rekey`
   * hears the caller's new key when the call signed them in.
   */
  invoke(
    sessionKey: string,
    channel: string,
    payload: unknown,
    rekey?: (sessionKey: string) => void,
  ): Promise<Result<unknown>> {
    return this.#rpc.call('invoke', { sessionKey, channel, payload }).then(
      (reply): Result<unknown> => {
        if (reply.sessionKey !== undefined) rekey?.(reply.sessionKey);
        return reply.result;
      },
      (error: unknown): Result<never> => {
        if (error instanceof WorkerStoppedError) return CORE_STOPPED;
        if (error instanceof AppError) return { ok: false, error: error.toShape() };
        // Only a value the structured clone cannot copy gets here: the caller sent it.
        return {
          ok: false,
          error: { code: 'VALIDATION', message: 'The request could not be sent to the core.' },
        };
      },
    );
  }

  /** Forgets the sign-in of a caller that has gone (a closed window). */
  endSession(sessionKey: string): void {
    this.#rpc.notify('end-session', { sessionKey });
  }

  /** Asks the worker to close the database, and terminates it if it does not exit in time. */
  shutdown(timeoutMs = 5000): Promise<void> {
    return this.#rpc.stop(timeoutMs, { name: 'shutdown', data: null });
  }
}
