import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { ToWorker } from '../workers/rpc';
import { CoreWorkerClient, type WorkerLike } from './core-worker-client';

/** A stand-in Worker: records what main posts and lets the test play the worker's part. */
class FakeWorker extends EventEmitter implements WorkerLike {
  readonly posted: ToWorker[] = [];
  terminated = false;

  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }

  terminate(): Promise<number> {
    this.terminated = true;
    this.emit('exit', 1);
    return Promise.resolve(1);
  }
}

describe('CoreWorkerClient', () => {
  it('relays a call and matches the reply by id', async () => {
    const worker = new FakeWorker();
    const client = new CoreWorkerClient(worker, vi.fn());
    const first = client.invoke('win:1', 'system.ping', { echo: 'a' });
    const second = client.invoke('win:2', 'system.ping', { echo: 'b' });
    expect(worker.posted).toEqual([
      {
        kind: 'call',
        id: 1,
        method: 'invoke',
        request: { sessionKey: 'win:1', channel: 'system.ping', payload: { echo: 'a' } },
      },
      {
        kind: 'call',
        id: 2,
        method: 'invoke',
        request: { sessionKey: 'win:2', channel: 'system.ping', payload: { echo: 'b' } },
      },
    ]);
    worker.emit('message', { kind: 'reply', id: 2, ok: true, value: { result: { ok: true, data: 'B' } } });
    worker.emit('message', { kind: 'garbage' });
    worker.emit('message', { kind: 'reply', id: 1, ok: true, value: { result: { ok: true, data: 'A' } } });
    expect(await first).toEqual({ ok: true, data: 'A' });
    expect(await second).toEqual({ ok: true, data: 'B' });
  });

  it('hands the caller the new session key of a sign-in, and only then', async () => {
    const worker = new FakeWorker();
    const client = new CoreWorkerClient(worker, vi.fn());
    const keys: string[] = [];
    const login = client.invoke('win:1', 'auth.login', {}, (key) => keys.push(key));
    const ping = client.invoke('win:1', 'system.ping', {}, (key) => keys.push(key));
    const signedIn = { result: { ok: true, data: null }, sessionKey: 'fresh-key' };
    worker.emit('message', { kind: 'reply', id: 1, ok: true, value: signedIn });
    worker.emit('message', { kind: 'reply', id: 2, ok: true, value: { result: { ok: true, data: 'pong' } } });
    expect(await login).toEqual({ ok: true, data: null });
    expect(await ping).toEqual({ ok: true, data: 'pong' });
    expect(keys).toEqual(['fresh-key']);
  });

  it('tells the worker to end a session', () => {
    const worker = new FakeWorker();
    new CoreWorkerClient(worker, vi.fn()).endSession('win:7');
    expect(worker.posted).toEqual([{ kind: 'notice', name: 'end-session', data: { sessionKey: 'win:7' } }]);
  });

  it('resolves pending and later calls with an error when the worker dies, and reports it once', async () => {
    const worker = new FakeWorker();
    const onDeath = vi.fn();
    const client = new CoreWorkerClient(worker, onDeath);
    const pending = client.invoke('win:1', 'system.info', {});
    worker.emit('error', new Error('database is corrupt'));
    worker.emit('exit', 1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await client.invoke('win:1', 'system.info', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(onDeath).toHaveBeenCalledTimes(1);
    expect(onDeath).toHaveBeenCalledWith('database is corrupt');
  });

  it("passes a call's progress on with the caller's session, and drops a malformed report", () => {
    const worker = new FakeWorker();
    const onProgress = vi.fn();
    new CoreWorkerClient(worker, vi.fn(), onProgress);
    const report = { channel: 'csv.import', done: 2000, total: 9000 };
    worker.emit('message', { kind: 'event', name: 'progress', data: { sessionKey: 'win:3', report } });
    worker.emit('message', {
      kind: 'event',
      name: 'progress',
      data: { sessionKey: 'win:3', report: { done: 'half' } },
    });
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(onProgress).toHaveBeenCalledWith('win:3', report);
  });

  it('is ready when the worker says the database is open, and not before', async () => {
    const worker = new FakeWorker();
    const client = new CoreWorkerClient(worker, vi.fn());
    let ready = false;
    const waiting = client.ready().then(() => {
      ready = true;
    });
    await Promise.resolve();
    expect(ready).toBe(false);
    worker.emit('message', { kind: 'event', name: 'ready', data: null });
    await waiting;
    expect(ready).toBe(true);
  });

  it('rejects ready with the reason the worker could not open the database', async () => {
    const failed = new FakeWorker();
    const failing = new CoreWorkerClient(failed, vi.fn()).ready();
    failed.emit('error', new Error('file is not a database'));
    await expect(failing).rejects.toThrow('file is not a database');

    const quit = new FakeWorker();
    const quitting = new CoreWorkerClient(quit, vi.fn()).ready();
    quit.emit('exit', 3);
    await expect(quitting).rejects.toThrow('exited before it was ready (code 3)');
  });

  it('shuts down without reporting a death, and terminates a worker that does not exit', async () => {
    const polite = new FakeWorker();
    const onDeath = vi.fn();
    const client = new CoreWorkerClient(polite, onDeath);
    const done = client.shutdown(1000);
    expect(polite.posted).toEqual([{ kind: 'notice', name: 'shutdown', data: null }]);
    polite.emit('exit', 0);
    await done;
    expect(polite.terminated).toBe(false);
    expect(onDeath).not.toHaveBeenCalled();

    const stuck = new FakeWorker();
    await new CoreWorkerClient(stuck, onDeath).shutdown(10);
    expect(stuck.terminated).toBe(true);
    expect(onDeath).not.toHaveBeenCalled();
  });
});
