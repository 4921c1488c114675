import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport } from '../../../src-hub/test-support/hub-transport.test-support';
import { pgTestDatabase } from '../../../src-hub/test-support/pg-hub.test-support';
import { HubRequestError, TestPc } from '../../../src-hub/test-support/test-pc.test-support';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

/**
 * The hub's command line against a real PostgreSQL (npm run test:pg): init, users, the service as
 * a separate process (plain and TLS), devices and pruning, as a plant's administrator runs them.
 */

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

let db: { url: string; drop(): Promise<void> };
let dir: string;
beforeAll(async () => {
  db = await pgTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-hub-cli-'));
});
afterAll(async () => {
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  const { io, stdout, stderr } = recordingIo({ FLOORKPI_HUB_PG: db.url, ...env });
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Starts `hub serve` as its own process; resolves with its URL once it listens. */
function serve(extra: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [TSX, join(ROOT, 'src-main/cli/main.ts'), 'hub', 'serve', '--pg', db.url, '--port', '0', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FLOORKPI_HUB_PG: '' } },
  );
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`hub serve did not start: ${out}${err}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        done({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => fail(new Error(`hub serve exited with ${code}: ${out}${err}`)));
  });
}

/** Stops the service by its pid, as a service manager would, and returns its exit code and output. */
function stop(child: ChildProcess): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.removeAllListeners('exit');
    child.on('exit', (code) => done({ code, out }));
    if (child.pid) process.kill(child.pid, 'SIGTERM');
  });
}

describe('hub command line', () => {
  it('initialises a hub database once, then reports it up to date', async () => {
    const first = await cli(['hub', 'init']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/Hub database is ready \(hub schema version 4; applied 0001-data-tables/);
    const again = await cli(['hub', 'init', '--pg', db.url]);
    expect(again.stdout).toBe('Hub database is already up to date (hub schema version 4).\n');
  });

  it('adds the first administrator, and refuses a taken name or a client the hub lacks', async () => {
    const added = await cli(['hub', 'user', 'add', '--username', 'plant-admin', '--role', 'admin'], {
      KPI_PASSWORD: 'plant-admin-pw',
    });
    expect(added).toMatchObject({ code: 0, stdout: 'Added ADMIN plant-admin (HUB-001) on the hub.\n' });
    const taken = await cli(['hub', 'user', 'add', '--username', 'Plant-Admin', '--role', 'ADMIN'], {
      KPI_PASSWORD: 'another-pw-1',
    });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/A user named plant-admin already exists on the hub \(HUB-001\)/);
    const noClient = await cli(
      ['hub', 'user', 'add', '--username', 'lead', '--role', 'LEADER', '--clients', 'NOPE'],
      { KPI_PASSWORD: 'another-pw-1' },
    );
    expect(noClient.stderr).toMatch(/No client NOPE on the hub yet/);
    const weak = await cli(['hub', 'user', 'add', '--username', 'x-user', '--role', 'ADMIN'], {
      KPI_PASSWORD: 'short',
    });
    expect(weak.stderr).toMatch(/password: must be at least 8 characters/);
    // The same rules as a PC's `user add`: a name a PC would refuse never reaches the PCs.
    const short = await cli(['hub', 'user', 'add', '--username', 'xy', '--role', 'ADMIN'], {
      KPI_PASSWORD: 'another-pw-1',
    });
    expect(short).toMatchObject({ code: 2 });
    expect(short.stderr).toMatch(/username: must be at least 3 characters/);
  });

  it('serves PCs from its own process, lists and revokes them, and stops on SIGTERM', async () => {
    const { child, url } = await serve();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const pc = new TestPc(httpTransport(url), 'Office');
    await pc.join('plant-admin', 'plant-admin-pw');
    pc.create('client', { client_id: 'CLIENT-Z', client_name: 'Z' });
    await pc.sync();
    expect(pc.refusals).toEqual([]);

    const listed = await cli(['hub', 'device', 'list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ deviceId: pc.deviceId, name: 'Office', userId: 'HUB-001', revokedAt: null }),
    ]);
    const revoked = await cli(['hub', 'device', 'revoke', '--device', pc.deviceId]);
    expect(revoked.code).toBe(0);
    const refused = await pc.pull().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HubRequestError);
    expect(refused).toMatchObject({ code: 'DEVICE_REVOKED' });
    expect((await cli(['hub', 'device', 'revoke', '--device', 'no-such'])).code).toBe(2);

    const stopped = await stop(child);
    expect(stopped).toMatchObject({
      code: 0,
      out: expect.stringContaining('FloorKPI hub stopped (SIGTERM)'),
    });
  });

  it('serves the app releases of --updates to the PCs, and nothing else from the folder', async () => {
    const releases = join(dir, 'releases');
    mkdirSync(releases, { recursive: true });
    writeFileSync(join(releases, 'latest.yml'), 'version: 0.2.0\npath: FloorKPI-Setup-0.2.0.exe\n');
    writeFileSync(join(releases, 'FloorKPI-Setup-0.2.0.exe'), Buffer.alloc(4096, 7));
    writeFileSync(join(releases, 'notes.txt'), 'private');
    const { child, url } = await serve(['--updates', releases]);
    try {
      const feed = await fetch(`${url}/updates/latest.yml`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('version: 0.2.0');
      const part = await fetch(`${url}/updates/FloorKPI-Setup-0.2.0.exe`, {
        headers: { Range: 'bytes=0-9' },
      });
      expect(part.status).toBe(206);
      expect((await part.arrayBuffer()).byteLength).toBe(10);
      expect((await fetch(`${url}/updates/notes.txt`)).status).toBe(404);
      expect((await fetch(`${url}/updates/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      expect((await fetch(`${url}/sync/health`)).status).toBe(200);
    } finally {
      await stop(child);
    }
  });

  it('speaks only HTTPS when given a certificate', async () => {
    const cert = join(dir, 'hub.crt');
    const key = join(dir, 'hub.key');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const { child, url } = await serve(['--cert', cert, '--key', key]);
    try {
      expect(url).toMatch(/^https:\/\//);
      const ca = readFileSync(cert, 'utf8');
      const pc = new TestPc(httpTransport(url, { ca }), 'TLS PC');
      await expect(pc.join('plant-admin', 'plant-admin-pw')).resolves.toMatchObject({ scope: { all: true } });
      const plain = new TestPc(httpTransport(url.replace('https:', 'http:')), 'Plain PC');
      await expect(plain.join('plant-admin', 'plant-admin-pw')).rejects.toThrow();
    } finally {
      await stop(child);
    }
  });

  it('prunes old tombstones', async () => {
    const result = await cli(['hub', 'prune', '--days', '30']);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^Removed 0 deleted rows older than 30 days and \d+ old push records\.\n$/);
  });
});
