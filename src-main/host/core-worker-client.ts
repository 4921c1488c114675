import type { Result } from '../../src-shared/contract';
import type { ProgressReport } from '../../src-shared/contract/progress';
import {
  type InvokeMessage,
  isInvokeReply,
  isProgressMessage,
  isReadyMessage,
  type ToWorker,
} from './worker-protocol';

/** The part of `worker_threads.Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

const CORE_STOPPED: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'The FloorKPI core has stopped; restart the app.' },
};

/**
 * Relays calls to the core worker and matches replies by id. If the worker dies, every pending
 * and later call resolves to an error (never hangs) and `onDeath` is told once.
 */
export class CoreWorkerClient {
  readonly #worker: WorkerLike;
  readonly #pending = new Map<number, (result: Result<unknown>, sessionKey?: string) => void>();
  readonly #exited: Promise<void>;
  readonly #ready: Promise<void>;
  #settleReady: (failure?: Error) => void = () => {};
  #nextId = 1;
  #state: 'running' | 'stopping' | 'stopped' = 'running';

  constructor(
    worker: WorkerLike,
    onDeath: (reason: string) => void,
    onProgress: (sessionKey: string, report: ProgressReport) => void = () => {},
  ) {
    this.#worker = worker;
    this.#ready = new Promise((resolve, reject) => {
      this.#settleReady = (failure) => (failure ? reject(failure) : resolve());
    });
    // Nobody may await ready(): a start-up failure is also told through onDeath.
    this.#ready.catch(() => {});
    worker.on('message', (message) => {
      if (isReadyMessage(message)) this.#settleReady();
      if (isProgressMessage(message)) onProgress(message.sessionKey, message.report);
      if (!isInvokeReply(message)) return;
      const resolve = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      resolve?.(message.result, message.sessionKey);
    });
    worker.on('error', (error) => {
      // An error while quitting is logged, not shown: the user already asked to leave.
      const expected = this.#state === 'stopping';
      this.#settleReady(error);
      this.#stop(() =>
        expected ? console.error('core worker failed while stopping', error) : onDeath(error.message),
      );
    });
    this.#exited = new Promise((resolve) => {
      worker.on('exit', (code) => {
        const expected = this.#state === 'stopping';
        this.#settleReady(new Error(`The core worker exited before it was ready (code ${code}).`));
        this.#stop(() => {
          if (!expected) onDeath(`The core worker exited unexpectedly (code ${code}).`);
        });
        resolve();
      });
    });
  }

  /** Resolves once the worker has opened the database; rejects with why it could not. */
  ready(): Promise<void> {
    return this.#ready;
  }

  /**
   * Runs one channel call in the worker for `sessionKey`; always resolves to a `Result`. `rekey`
   * hears the caller's new session key, before the result, when the call signed them in.
   */
  invoke(
    sessionKey: string,
    channel: string,
    payload: unknown,
    rekey?: (sessionKey: string) => void,
  ): Promise<Result<unknown>> {
    if (this.#state !== 'running') return Promise.resolve(CORE_STOPPED);
    const id = this.#nextId++;
    const message: InvokeMessage = { type: 'invoke', id, sessionKey, channel, payload };
    return new Promise((resolve) => {
      this.#pending.set(id, (result, newKey) => {
        if (newKey !== undefined) rekey?.(newKey);
        resolve(result);
      });
      try {
        this.#worker.postMessage(message);
      } catch {
        // Only a value the structured clone cannot copy gets here; the caller sent it.
        this.#pending.delete(id);
        resolve({
          ok: false,
          error: { code: 'VALIDATION', message: 'The request could not be sent to the core.' },
        });
      }
    });
  }

  /** Forgets the sign-in of a caller that has gone (a closed window). */
  endSession(sessionKey: string): void {
    if (this.#state === 'running') this.#worker.postMessage({ type: 'end-session', sessionKey });
  }

  /** Asks the worker to close the database, and terminates it if it does not exit in time. */
  async shutdown(timeoutMs = 5000): Promise<void> {
    if (this.#state === 'stopped') return;
    if (this.#state === 'running') {
      this.#state = 'stopping';
      this.#worker.postMessage({ type: 'shutdown' });
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([this.#exited.then(() => 'exited' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') await this.#worker.terminate();
  }

  #stop(then: () => void): void {
    if (this.#state === 'stopped') return;
    this.#state = 'stopped';
    for (const resolve of this.#pending.values()) resolve(CORE_STOPPED);
    this.#pending.clear();
    then();
  }
}
