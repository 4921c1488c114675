import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startHostCore } from './host-core';

// Stand-in core workers (plain JS, so no build is needed): each plays one way a core can end.
const dir = mkdtempSync(join(tmpdir(), 'floorkpi-host-core-'));
const worker = (name: string, body: string): string => {
  const file = join(dir, `${name}.cjs`);
  writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
  return file;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the browser host’s core worker', () => {
  it('refuses to start, with the reason, when the core cannot open the database', async () => {
    const file = worker('corrupt', "throw new Error('file is not a database');");
    await expect(startHostCore({ dbPath: 'x.db', coreWorkerFile: file })).rejects.toThrow(
      'file is not a database',
    );
  });

  it('tells the host when the core stops after start, so it does not go on serving a dead core', async () => {
    const file = worker(
      'dies',
      "parentPort.postMessage({ kind: 'event', name: 'ready', data: null });\nsetTimeout(() => { throw new Error('disk I/O error'); }, 20);",
    );
    const onCoreDeath = vi.fn();
    const core = await startHostCore({ dbPath: 'x.db', coreWorkerFile: file, onCoreDeath });
    await vi.waitFor(() => expect(onCoreDeath).toHaveBeenCalledWith('disk I/O error'));
    expect(await core.dispatch('s', 'system.ping', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    await core.close();
  });
});
