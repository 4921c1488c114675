import { AppError } from '../../src-shared/contract/errors';
import { isFromWorker, type MethodMap, type NoticeMap, type ToWorker } from './rpc';

/** The part of `worker_threads.Worker` a client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

/** A call to a worker that has stopped (or stops before answering). */
export class WorkerStoppedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WorkerStoppedError';
  }
}

export interface RpcClientOptions<E> {
  /** What the worker is called in messages ("core worker"). */
  name?: string;
  /** Told once if the worker stops without being asked to (an error, or an exit). */
  onDeath?: (reason: string) => void;
  /** Hears the worker's events. */
  onEvent?: <K extends keyof E>(name: K, data: E[K]) => void;
  /** What a worker exit during a call is called ("The KPI worker stopped."). */
  stoppedReason?: string;
}

/**
 * The host's side: calls a worker's methods and matches replies by id. If the worker dies, every
 * pending and later call rejects with WorkerStoppedError (never hangs) and `onDeath` is told once;
 * an error reply rejects with the worker's AppError, intact.
 */
export class RpcClient<
  M extends MethodMap<M>,
  N extends NoticeMap<N> = Record<never, never>,
  E = Record<never, never>,
> {
  readonly #worker: WorkerLike;
  readonly #pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  readonly #exited: Promise<number>;
  #nextId = 1;
  #state: 'running' | 'stopping' | 'stopped' = 'running';
  #stoppedReason: string;

  constructor(worker: WorkerLike, options: RpcClientOptions<E> = {}) {
    this.#worker = worker;
    const name = options.name ?? 'worker';
    this.#stoppedReason = options.stoppedReason ?? 'The worker stopped.';
    worker.on('message', (message) => {
      if (!isFromWorker(message)) return;
      if (message.kind === 'event') {
        options.onEvent?.(message.name as keyof E, message.data as E[keyof E]);
        return;
      }
      const waiter = this.#pending.get(message.id);
      if (!waiter) return;
      this.#pending.delete(message.id);
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(new AppError(message.error.code, message.error.message, message.error.issues));
    });
    worker.on('error', (error) => {
      // An error while quitting is logged, not shown: the user already asked to leave.
      const expected = this.#state === 'stopping';
      const wasRunning = this.#state !== 'stopped';
      this.#stop(error.message);
      if (expected) console.error(`${name} failed while stopping`, error);
      else if (wasRunning) options.onDeath?.(error.message);
    });
    this.#exited = new Promise((resolve) => {
      worker.on('exit', (code) => {
        const expected = this.#state === 'stopping';
        const wasRunning = this.#state !== 'stopped';
        this.#stop(this.#stoppedReason);
        if (!expected && wasRunning) options.onDeath?.(`The ${name} exited unexpectedly (code ${code}).`);
        resolve(code);
      });
    });
  }

  /** Resolves with the exit code once the worker has exited. */
  exited(): Promise<number> {
    return this.#exited;
  }

  /** Calls one method; rejects with the worker's AppError, or WorkerStoppedError. */
  call<K extends keyof M & string>(method: K, request: M[K]['request']): Promise<M[K]['reply']> {
    if (this.#state !== 'running') return Promise.reject(new WorkerStoppedError(this.#stoppedReason));
    const id = this.#nextId++;
    return new Promise<M[K]['reply']>((resolve, reject) => {
      this.#pending.set(id, { resolve: (value) => resolve(value as M[K]['reply']), reject });
      try {
        this.#worker.postMessage({ kind: 'call', id, method, request });
      } catch (error) {
        // Only a value the structured clone cannot copy gets here: the caller sent it.
        this.#pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Sends a one-way notice; dropped once the worker has stopped. */
  notify<K extends keyof N & string>(name: K, data: N[K]): void {
    if (this.#state === 'running') this.#worker.postMessage({ kind: 'notice', name, data });
  }

  /**
   * Stops the worker: `notice` (e.g. shutdown) asks it to finish and exit; without one, or if it
   * has not exited within `timeoutMs`, it is terminated. Not reported as a death.
   */
  async stop<K extends keyof N & string>(timeoutMs: number, notice?: { name: K; data: N[K] }): Promise<void> {
    if (this.#state === 'stopped') return;
    if (this.#state === 'running') {
      if (notice) this.notify(notice.name, notice.data);
      this.#state = 'stopping';
    }
    if (!notice) {
      await this.#worker.terminate();
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([this.#exited.then(() => 'exited' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') await this.#worker.terminate();
  }

  #stop(reason: string): void {
    if (this.#state === 'stopped') return;
    this.#state = 'stopped';
    for (const waiter of this.#pending.values()) waiter.reject(new WorkerStoppedError(reason));
    this.#pending.clear();
  }
}
