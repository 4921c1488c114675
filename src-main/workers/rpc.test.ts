import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import type { ToWorker } from './rpc';
import { RpcClient, type WorkerLike, WorkerStoppedError } from './rpc-client';
import { serveRpc } from './rpc-server';

interface Methods {
  double: { request: { n: number; delayMs: number }; reply: number };
  refuse: { request: null; reply: never };
  crash: { request: null; reply: never };
}
interface Notices {
  remember: { word: string };
}
interface Events {
  said: { word: string };
}

/** A worker's end over a real MessageChannel; the test plays the thread's error and exit. */
class ChannelWorker extends EventEmitter implements WorkerLike {
  constructor(readonly port: MessagePort) {
    super();
    port.on('message', (message) => this.emit('message', message));
  }
  postMessage(message: ToWorker): void {
    this.port.postMessage(message);
  }
  terminate(): Promise<number> {
    this.emit('exit', 1);
    return Promise.resolve(1);
  }
}

const opened: MessagePort[] = [];
afterEach(() => {
  for (const port of opened.splice(0)) port.close();
});

function pair(options: { onDeath?: (reason: string) => void; log?: (m: string, e: unknown) => void } = {}) {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  const remembered: string[] = [];
  const heard: { name: string; data: unknown }[] = [];
  const server = serveRpc<Methods, Notices, Events>(
    port2,
    {
      double: ({ n, delayMs }) => new Promise((resolve) => setTimeout(() => resolve(n * 2), delayMs)),
      refuse: () => {
        throw new AppError('FORBIDDEN', 'Not yours.', [{ path: 'client_id', message: 'is not yours' }]);
      },
      crash: () => {
        throw new Error('disk on fire');
      },
    },
    { remember: ({ word }) => remembered.push(word) },
    { internalMessage: 'Something failed.', log: options.log ?? (() => {}) },
  );
  const worker = new ChannelWorker(port1);
  const client = new RpcClient<Methods, Notices, Events>(worker, {
    name: 'test worker',
    onDeath: options.onDeath,
    onEvent: (name, data) => heard.push({ name, data }),
  });
  return { client, server, worker, remembered, heard };
}

describe('worker messaging', () => {
  it('matches replies to calls by id, whatever order they come back in', async () => {
    const { client } = pair();
    const slow = client.call('double', { n: 2, delayMs: 30 });
    const fast = client.call('double', { n: 5, delayMs: 0 });
    expect(await fast).toBe(10);
    expect(await slow).toBe(4);
  });

  it('carries an AppError intact, and answers any other failure INTERNAL, logged', async () => {
    const log = vi.fn();
    const { client } = pair({ log });
    const refused = await client.call('refuse', null).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).toShape()).toEqual({
      code: 'FORBIDDEN',
      message: 'Not yours.',
      issues: [{ path: 'client_id', message: 'is not yours' }],
    });
    const crashed = await client.call('crash', null).catch((e: unknown) => e);
    expect((crashed as AppError).toShape()).toEqual({ code: 'INTERNAL', message: 'Something failed.' });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('answers a method it does not have instead of leaving the caller waiting', async () => {
    const { worker } = pair();
    const reply = new Promise((resolve) => worker.on('message', resolve));
    worker.postMessage({ kind: 'call', id: 9, method: 'toString', request: null });
    expect(await reply).toMatchObject({ kind: 'reply', id: 9, ok: false, error: { code: 'INTERNAL' } });
  });

  it('delivers notices one way and events back', async () => {
    const { client, server, remembered, heard } = pair();
    client.notify('remember', { word: 'shift' });
    server.emit('said', { word: 'hello' });
    await client.call('double', { n: 1, delayMs: 0 });
    expect(remembered).toEqual(['shift']);
    expect(heard).toEqual([{ name: 'said', data: { word: 'hello' } }]);
  });

  it('rejects pending and later calls when the worker dies, and reports the death once', async () => {
    const onDeath = vi.fn();
    const { client, worker } = pair({ onDeath });
    const pending = client.call('double', { n: 1, delayMs: 50 });
    worker.emit('error', new Error('out of memory'));
    worker.emit('exit', 1);
    await expect(pending).rejects.toBeInstanceOf(WorkerStoppedError);
    await expect(client.call('double', { n: 1, delayMs: 0 })).rejects.toBeInstanceOf(WorkerStoppedError);
    expect(onDeath).toHaveBeenCalledTimes(1);
    expect(onDeath).toHaveBeenCalledWith('out of memory');
  });

  it('stops a worker without calling it a death', async () => {
    const onDeath = vi.fn();
    const { client } = pair({ onDeath });
    await client.stop(0);
    expect(onDeath).not.toHaveBeenCalled();
    await expect(client.call('double', { n: 1, delayMs: 0 })).rejects.toBeInstanceOf(WorkerStoppedError);
  });
});
