import { AppError } from '../../src-shared/contract/errors';
import { type FromWorker, isToWorker, type MethodMap, type NoticeMap } from './rpc';

/** The part of a worker's `parentPort` the server uses. */
export interface PortLike {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** What answers each method: its request in, its reply (or a promise of it) out. */
export type MethodHandlers<M extends MethodMap<M>> = {
  [K in keyof M]: (request: M[K]['request']) => M[K]['reply'] | Promise<M[K]['reply']>;
};

/** What hears each notice. */
export type NoticeHandlers<N extends NoticeMap<N>> = { [K in keyof N]: (data: N[K]) => void };

export interface RpcServerOptions {
  /** What the caller is told when a handler fails with anything but an AppError (the error is logged). */
  internalMessage: string;
  /** Where such failures are logged. */
  log?: (message: string, error: unknown) => void;
}

/**
 * The worker's side: answers each call with its handler's value, or its AppError as is; any other
 * failure is logged and answered INTERNAL with `internalMessage`. Returns `emit` for events.
 */
export function serveRpc<
  M extends MethodMap<M>,
  N extends NoticeMap<N> = Record<never, never>,
  E = Record<never, never>,
>(
  port: PortLike,
  methods: MethodHandlers<M>,
  notices: NoticeHandlers<N>,
  options: RpcServerOptions,
): { emit<K extends keyof E & string>(name: K, data: E[K]): void } {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const fail = (id: number, error: unknown): void => {
    if (error instanceof AppError) {
      port.postMessage({ kind: 'reply', id, ok: false, error: error.toShape() });
      return;
    }
    log('worker: a call failed', error);
    port.postMessage({
      kind: 'reply',
      id,
      ok: false,
      error: { code: 'INTERNAL', message: options.internalMessage },
    });
  };
  port.on('message', (message) => {
    if (!isToWorker(message)) return;
    if (message.kind === 'notice') {
      if (Object.hasOwn(notices, message.name)) notices[message.name as keyof N](message.data as N[keyof N]);
      return;
    }
    const { id } = message;
    if (!Object.hasOwn(methods, message.method)) {
      fail(id, new Error(`No worker method ${message.method}`));
      return;
    }
    try {
      const handler = methods[message.method as keyof M];
      Promise.resolve(handler(message.request as M[keyof M]['request'])).then(
        (value) => port.postMessage({ kind: 'reply', id, ok: true, value }),
        (error: unknown) => fail(id, error),
      );
    } catch (error) {
      fail(id, error);
    }
  });
  return { emit: (name, data) => port.postMessage({ kind: 'event', name, data }) };
}
