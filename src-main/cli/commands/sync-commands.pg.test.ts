import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addHubUser } from '../../../src-hub/admin/hub-users';
import { type RunningHub, serveHub } from '../../../src-hub/server/serve';
import { type PgTestHub, pgTestHub } from '../../../src-hub/test-support/pg-hub.test-support';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

/**
 * The PC's sync commands against a real hub (npm run test:pg): two PC databases made by `init` and
 * `user add`, enrolled with `sync join`, edited and deleted from the command line, synced, their
 * status and conflicts read as JSON.
 */

const HUB_LOGIN = { username: 'plant-admin', password: 'hub-admin-pass' };

let pg: PgTestHub;
let hub: RunningHub;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-sync-cli-'));
  pg = await pgTestHub();
  await addHubUser(pg.hub.db, { ...HUB_LOGIN, role: 'ADMIN', clients: [] });
  hub = await serveHub({ db: pg.hub.db, host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await hub.close();
  await pg.hub.close();
  await pg.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  const { io, stdout, stderr } = recordingIo(env);
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

async function json<T>(args: string[]): Promise<T> {
  const result = await cli([...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

describe('sync from the command line', () => {
  it('enrols two PCs, syncs their rows, deletes on one and shows the delete on the other', async () => {
    const first = join(dir, 'first.db');
    const second = join(dir, 'second.db');
    for (const file of [first, second]) expect((await cli(['init', '--db', file])).code).toBe(0);
    expect(
      (
        await cli(['user', 'add', '--db', first, '--username', 'ana', '--role', 'ADMIN', '--id', 'U-ANA'], {
          KPI_PASSWORD: 'ana-pass-1',
        })
      ).code,
    ).toBe(0);

    const refused = await cli(
      ['sync', 'join', '--db', first, '--hub', hub.url, '--username', HUB_LOGIN.username],
      {
        KPI_PASSWORD: 'wrong',
      },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Wrong username or password/);
    expect(await json<{ enrolled: boolean }>(['sync', 'status', '--db', first])).toMatchObject({
      enrolled: false,
    });

    for (const file of [first, second]) {
      const joined = await cli(
        ['sync', 'join', '--db', file, '--hub', hub.url, '--username', HUB_LOGIN.username],
        {
          KPI_PASSWORD: HUB_LOGIN.password,
        },
      );
      expect(joined.code, joined.stderr).toBe(0);
      expect(joined.stdout).toMatch(/Enrolled with http:\/\/127\.0\.0\.1:\d+ as plant-admin \(ADMIN\)/);
    }
    const round = await json<{ ok: boolean; push: { applied: number } }>(['sync', '--db', first]);
    expect(round.ok).toBe(true);
    expect(round.push.applied).toBeGreaterThan(0);
    expect(
      await json<{ waiting: number; enrolled: boolean }>(['sync', 'status', '--db', first]),
    ).toMatchObject({
      enrolled: true,
      waiting: 0,
    });
    expect((await json<{ ok: boolean }>(['sync', '--db', second])).ok).toBe(true);
    const text = await cli(['sync', 'status', '--db', second]);
    expect(text.stdout).toMatch(/Last synced \d{4}-\d\d-\d\dT/);
    expect(text.stdout).toContain('0 changes waiting');

    // ana's user row arrived on the second PC; a client made there reaches the first.
    const made = await cli(
      ['user', 'add', '--db', second, '--username', 'lead', '--role', 'ADMIN', '--id', 'U-LEAD'],
      {
        KPI_PASSWORD: 'lead-pass-1',
      },
    );
    expect(made.code, made.stderr).toBe(0);
    expect((await json<{ ok: boolean }>(['sync', '--db', second])).ok).toBe(true);
    expect((await json<{ ok: boolean }>(['sync', '--db', first])).ok).toBe(true);

    const deleted = await cli([
      'delete',
      '--db',
      first,
      '--as',
      'ana',
      '--table',
      'app_user',
      '--id',
      'U-LEAD',
    ]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(await json<{ waiting: number }>(['sync', 'status', '--db', first])).toMatchObject({ waiting: 1 });
    expect((await json<{ ok: boolean }>(['sync', '--db', first])).ok).toBe(true);
    expect((await json<{ ok: boolean }>(['sync', '--db', second])).ok).toBe(true);
    const again = await cli([
      'delete',
      '--db',
      second,
      '--as',
      'ana',
      '--table',
      'app_user',
      '--id',
      'U-LEAD',
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/No user U-LEAD was found|not found/i);
    expect(await json<unknown[]>(['sync', 'conflicts', '--db', second])).toEqual([]);
  });

  it('says a PC is not enrolled, and refuses a delete without the right to delete', async () => {
    const lone = join(dir, 'lone.db');
    expect((await cli(['init', '--db', lone])).code).toBe(0);
    const result = await cli(['sync', '--db', lone]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not connected to a plant hub');
    const bad = await cli([
      'delete',
      '--db',
      lone,
      '--as',
      'nobody',
      '--table',
      'work_order',
      '--id',
      'WO-1',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('No user has the id or username "nobody"');
  });
});
