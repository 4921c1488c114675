import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from '../src-main/core';
import { createUser } from '../src-main/services/users/user-service';
import { SYSTEM_SCOPE } from '../src-main/tenancy/scope';
import { ScopedStore } from '../src-main/tenancy/scoped-store';
import { seed } from './import-bench';

// A core in its own thread, as the browser host and the Electron shell run it (core-worker.ts),
// for the bench's "calls during an import": the caller's thread is then free to send a call at
// any moment, and the call waits for whatever the core is doing, as a real request does.

export interface CoreThreadCall {
  id: number;
  session: string;
  channel: string;
  payload: unknown;
}

const port = parentPort;
const { dbPath, password } = workerData as { dbPath: string; password: string };
if (!port) throw new Error('core-thread must run in a worker');
const core = createCore({ dbPath, host: 'test', create: true });

async function setUp(): Promise<void> {
  await core.deps.files.whenChecked();
  const { sqlite } = core.deps.database;
  seed(sqlite);
  const store = new ScopedStore(sqlite, SYSTEM_SCOPE);
  for (const username of ['importer', 'other'])
    await createUser(store, { username, role: 'ADMIN', clients: [], password });
}

// A sign-in draws a new session key: each caller's label maps to the key it holds now.
const keys = new Map<string, string>();
const ready = setUp();
port.on('message', (call: CoreThreadCall) => {
  void ready
    .then(() =>
      core.dispatch(keys.get(call.session) ?? call.session, call.channel, call.payload, (key) =>
        keys.set(call.session, key),
      ),
    )
    .then((result) => port.postMessage({ id: call.id, result }));
});
