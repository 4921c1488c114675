import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type BrowserHost,
  CHANNEL_HEADER,
  MAX_BODY_BYTES,
  SMALL_BODY_BYTES,
  startBrowserHost,
  TOKEN_HEADER,
} from './browser-host';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './security-headers';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let host: BrowserHost;

/** A raw HTTP call, so tests control Host and the exact path (fetch would normalise `..`). */
function call(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return call('POST', '/api/invoke', {
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const sessionCookie = (reply: Reply): string => {
  const setCookie = reply.headers['set-cookie']?.[0] ?? '';
  return setCookie.split(';')[0] ?? '';
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-host-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>FloorKPI</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  host = await startBrowserHost({ dbPath: join(dir, 'test.db'), rendererDir });
  // As the first start does: the host never creates a database file until asked to.
  const created = await api({ channel: 'database.create', payload: {} });
  expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { state: 'checking' } });
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser host', () => {
  it('listens on loopback only and prints a tokened URL', async () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(host.port, external.address);
        socket.once('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
  });

  it('serves index.html for / with the security headers and a session cookie', async () => {
    const reply = await call('GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>FloorKPI</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^fk_sid=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it('serves assets with their content type', async () => {
    const reply = await call('GET', '/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths that leave the renderer folder', async () => {
    for (const path of [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/nope.js',
    ]) {
      const reply = await call('GET', path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('refuses a call without the token or with a wrong one (401)', async () => {
    const missing = await call('POST', '/api/invoke', {
      body: JSON.stringify({ channel: 'system.ping', payload: { echo: 'x' } }),
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const wrong = await api(
      { channel: 'system.ping', payload: { echo: 'x' } },
      { [TOKEN_HEADER]: 'not-the-token' },
    );
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Host header (403), even with the token', async () => {
    const reply = await api(
      { channel: 'system.ping', payload: { echo: 'x' } },
      { host: `evil.example:${host.port}` },
    );
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await call('GET', '/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('accepts localhost:<port> as Host and refuses a foreign Origin', async () => {
    const ok = await api(
      { channel: 'system.ping', payload: { echo: 'x' } },
      { host: `localhost:${host.port}` },
    );
    expect(ok.status).toBe(200);
    const foreign = await api(
      { channel: 'system.ping', payload: { echo: 'x' } },
      { origin: 'http://evil.example' },
    );
    expect(foreign.status).toBe(403);
  });

  it('answers a ping', async () => {
    const reply = await api({ channel: 'system.ping', payload: { echo: 'hello' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { pong: 'hello' } });
  });

  it('answers malformed JSON with a typed VALIDATION error', async () => {
    const reply = await api('{"channel": ');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const reply = await api({ channel: 'no.such.channel', payload: {} });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers a malformed payload with VALIDATION and the field at fault', async () => {
    const reply = await api({ channel: 'system.ping', payload: { echo: 5 } });
    const body = JSON.parse(reply.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(body.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'echo' })]));
  });

  it('refuses a body over its cap (413) on the declared length, before reading it', async () => {
    // The socket is not reused: its declared body never comes.
    for (const headers of [{}, { [CHANNEL_HEADER]: 'csv.import' }] as Record<string, string>[]) {
      const oversized = await api('{}', {
        ...headers,
        'content-length': String(SMALL_BODY_BYTES + 1),
        connection: 'close',
      });
      expect(oversized.status).toBe(413);
    }
  });

  it("takes a file-sized body only for a signed-in session's import or preview", async () => {
    const signedIn = new Set<string>();
    const dispatched: string[] = [];
    const scripted = await startBrowserHost({
      dbPath: join(dir, 'unused.db'),
      rendererDir: join(dir, 'renderer'),
      startCore: async () => ({
        dispatch: async (sessionKey, channel) => {
          if (channel === 'auth.me')
            return { ok: true, data: signedIn.has(sessionKey) ? { userId: 'U' } : null };
          dispatched.push(channel);
          if (channel === 'auth.login') signedIn.add(sessionKey);
          return { ok: true, data: channel };
        },
        close: async () => {},
      }),
    });
    try {
      const cookie = (await fetch(`http://127.0.0.1:${scripted.port}/`)).headers
        .get('set-cookie')
        ?.split(';')[0];
      const post = (channel: string, declared: string | null, size: number) =>
        fetch(`http://127.0.0.1:${scripted.port}/api/invoke`, {
          method: 'POST',
          headers: {
            [TOKEN_HEADER]: scripted.token,
            'content-type': 'application/json',
            cookie: cookie ?? '',
            ...(declared ? { [CHANNEL_HEADER]: declared } : {}),
          },
          body: JSON.stringify({ channel, payload: { table: 'production_entry', text: 'x'.repeat(size) } }),
        });
      // Over 1 MB and not signed in: refused before the core sees it, whatever the channel says.
      const file = 6 * 1024 * 1024;
      expect((await post('csv.import', 'csv.import', file)).status).toBe(413);
      expect((await post('system.ping', null, SMALL_BODY_BYTES + 10)).status).toBe(413);
      // Small calls pass as before, with or without the header.
      expect((await post('auth.login', 'auth.login', 100)).status).toBe(200);
      // Signed in: an import or preview of 6 MB goes through ...
      expect((await post('csv.import', 'csv.import', file)).status).toBe(200);
      expect((await post('csv.preview', 'csv.preview', file)).status).toBe(200);
      // ... but no other call, and no body that names another channel than its header.
      expect((await post('production.create', 'production.create', SMALL_BODY_BYTES + 10)).status).toBe(413);
      expect((await post('production.create', 'csv.import', SMALL_BODY_BYTES + 10)).status).toBe(413);
      expect((await post('production.create', null, 100)).status).toBe(200);
      expect(dispatched).toEqual(['auth.login', 'csv.import', 'csv.preview', 'production.create']);
      // Even a signed-in import stops at the large cap, refused on its declared length.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: scripted.port,
            method: 'POST',
            path: '/api/invoke',
            headers: {
              host: `127.0.0.1:${scripted.port}`,
              [TOKEN_HEADER]: scripted.token,
              [CHANNEL_HEADER]: 'csv.import',
              cookie: cookie ?? '',
              'content-length': String(MAX_BODY_BYTES + 1),
              connection: 'close',
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(status).toBe(413);
    } finally {
      await scripted.close();
    }
  });

  it('answers /api/progress with nothing running, only with the token and only to GET', async () => {
    const cookie = sessionCookie(await call('GET', '/'));
    const idle = await call('GET', '/api/progress', { headers: { [TOKEN_HEADER]: host.token, cookie } });
    expect(idle.status).toBe(200);
    expect(JSON.parse(idle.body)).toEqual({ ok: true, data: null });
    expect((await call('GET', '/api/progress', { headers: { cookie } })).status).toBe(401);
    expect((await call('POST', '/api/progress', { headers: { [TOKEN_HEADER]: host.token } })).status).toBe(
      405,
    );
  });

  it("shows a running call's progress to its own session only, and forgets it when the call ends", async () => {
    let finish: (() => void) | undefined;
    const scripted = await startBrowserHost({
      dbPath: join(dir, 'unused.db'),
      rendererDir: join(dir, 'renderer'),
      startCore: async ({ onProgress }) => ({
        dispatch: (sessionKey) => {
          onProgress?.(sessionKey, { channel: 'csv.import', done: 2000, total: 5000 });
          return new Promise((resolve) => {
            finish = () => resolve({ ok: true, data: null });
          });
        },
        close: async () => {},
      }),
    });
    try {
      const headersOf = async () => {
        const reply = await fetch(`http://127.0.0.1:${scripted.port}/`);
        return {
          [TOKEN_HEADER]: scripted.token,
          cookie: reply.headers.get('set-cookie')?.split(';')[0] ?? '',
        };
      };
      const caller = await headersOf();
      const other = await headersOf();
      const progressOf = async (headers: Record<string, string>) =>
        (await (
          await fetch(`http://127.0.0.1:${scripted.port}/api/progress`, { headers })
        ).json()) as unknown;
      const running = fetch(`http://127.0.0.1:${scripted.port}/api/invoke`, {
        method: 'POST',
        headers: { ...caller, 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'csv.import', payload: {} }),
      });
      await vi.waitFor(() => expect(finish).toBeDefined());
      expect(await progressOf(caller)).toEqual({
        ok: true,
        data: { channel: 'csv.import', done: 2000, total: 5000 },
      });
      expect(await progressOf(other)).toEqual({ ok: true, data: null });
      finish?.();
      expect((await running).status).toBe(200);
      expect(await progressOf(caller)).toEqual({ ok: true, data: null });
    } finally {
      await scripted.close();
    }
  });

  it('gives each cookie its own session and ignores cookies it did not issue', async () => {
    const first = sessionCookie(await call('GET', '/'));
    const second = sessionCookie(await call('GET', '/'));
    expect(first).toMatch(/^fk_sid=/);
    expect(second).toMatch(/^fk_sid=/);
    expect(first).not.toBe(second);
    // A known cookie is kept (no new one issued).
    expect((await call('GET', '/', { headers: { cookie: first } })).headers['set-cookie']).toBeUndefined();

    // Signing in under the first cookie signs in that browser only, under a cookie issued with
    // the answer: the cookie held before signing in (which another page or person may know) is
    // retired and never signed in.
    const setup = await api(
      {
        channel: 'auth.setupFirstAdmin',
        payload: { username: 'admin', password: 'Correct-Horse-7-battery', fullName: 'Plant Admin' },
      },
      { cookie: first },
    );
    expect(JSON.parse(setup.body)).toMatchObject({ ok: true, data: { username: 'admin' } });
    const signedIn = sessionCookie(setup);
    expect(signedIn).toMatch(/^fk_sid=/);
    expect(signedIn).not.toBe(first);
    expect(setup.headers['set-cookie']?.[0]).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    const me = async (cookie: string) =>
      JSON.parse((await api({ channel: 'auth.me', payload: {} }, { cookie })).body);
    expect(await me(signedIn)).toMatchObject({ ok: true, data: { username: 'admin' } });
    expect(await me(first)).toEqual({ ok: true, data: null });
    expect(await me(second)).toEqual({ ok: true, data: null });

    // Signing in again (as in a shared browser) draws yet another cookie; the one before ends.
    const again = await api(
      { channel: 'auth.login', payload: { username: 'admin', password: 'Correct-Horse-7-battery' } },
      { cookie: signedIn },
    );
    expect(JSON.parse(again.body)).toMatchObject({ ok: true });
    const next = sessionCookie(again);
    expect(next).not.toBe(signedIn);
    expect(await me(next)).toMatchObject({ ok: true, data: { username: 'admin' } });
    expect(await me(signedIn)).toEqual({ ok: true, data: null });
    // A wrong password issues nothing and leaves the signed-in cookie as it was.
    const wrong = await api(
      { channel: 'auth.login', payload: { username: 'admin', password: 'not-the-password' } },
      { cookie: next },
    );
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(await me(next)).toMatchObject({ ok: true, data: { username: 'admin' } });

    // A cookie this launch never issued (planted by another local page) gets a fresh, empty session.
    const planted = await api({ channel: 'auth.me', payload: {} }, { cookie: 'fk_sid=attacker-chosen' });
    expect(JSON.parse(planted.body)).toEqual({ ok: true, data: null });
    expect(sessionCookie(planted)).toMatch(/^fk_sid=/);
    expect(sessionCookie(planted)).not.toBe('fk_sid=attacker-chosen');
  });

  it('keeps the CSP in index.html equal to the one the hosts send', () => {
    const html = readFileSync(join(__dirname, '../../src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
