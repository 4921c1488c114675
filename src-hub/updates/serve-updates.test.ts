import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdatesHandler } from './serve-updates';

let root = '';
let dir = '';
let server: Server;
let port = 0;
// A file whose bytes spell their own offsets, so any wrong slice shows.
const installer = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
const SECRET = 'db-password: hunter2';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Sends the path exactly as given (fetch would resolve `..` before sending). */
function raw(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'floorkpi-updates-'));
  dir = join(root, 'updates');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(root, 'secret.yml'), SECRET);
  writeFileSync(join(dir, 'latest.yml'), 'version: 1.2.0\npath: FloorKPI-Setup-1.2.0.exe\n');
  writeFileSync(join(dir, 'FloorKPI-Setup-1.2.0.exe'), installer);
  writeFileSync(join(dir, 'FloorKPI-Setup-1.2.0.exe.blockmap'), Buffer.from([0x1f, 0x8b, 8, 0]));
  writeFileSync(join(dir, 'sub', 'FloorKPI.exe'), SECRET);
  writeFileSync(join(dir, '.hidden.yml'), SECRET);
  writeFileSync(join(dir, 'notes.txt'), SECRET);
  symlinkSync(join(root, 'secret.yml'), join(dir, 'linked.yml'));
  const handler = createUpdatesHandler({ dir });
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/updates/')) void handler(req, res, url.slice('/updates/'.length));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('the hub’s /updates/ folder', () => {
  it('serves the feed as YAML that is always revalidated, and installers as binaries with ranges', async () => {
    const feed = await raw('/updates/latest.yml');
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/yaml; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('no-cache');
    expect(feed.body.toString()).toContain('version: 1.2.0');

    const exe = await raw('/updates/FloorKPI-Setup-1.2.0.exe');
    expect(exe.status).toBe(200);
    expect(exe.headers['content-type']).toBe('application/vnd.microsoft.portable-executable');
    expect(exe.headers['accept-ranges']).toBe('bytes');
    expect(exe.headers['x-content-type-options']).toBe('nosniff');
    expect(exe.body.equals(installer)).toBe(true);

    const blockmap = await raw('/updates/FloorKPI-Setup-1.2.0.exe.blockmap');
    expect(blockmap.headers['content-type']).toBe('application/octet-stream');
    expect(blockmap.headers['content-encoding']).toBeUndefined();

    const head = await raw('/updates/FloorKPI-Setup-1.2.0.exe', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(installer.length));
    expect(head.body.length).toBe(0);
  });

  it('never serves anything outside the folder, hidden, in a subfolder or of another kind', async () => {
    const attempts = [
      '/updates/../secret.yml',
      '/updates/..%2fsecret.yml',
      '/updates/%2e%2e%2fsecret.yml',
      '/updates/%2E%2E/secret.yml',
      '/updates/..%5csecret.yml',
      '/updates/..\\secret.yml',
      '/updates/%2fetc%2fpasswd',
      '/updates/sub/FloorKPI.exe',
      '/updates/sub%2fFloorKPI.exe',
      '/updates/.hidden.yml',
      '/updates/linked.yml',
      '/updates/notes.txt',
      '/updates/latest.yml%00.exe',
      '/updates/%00',
      '/updates/%E0%A4%A',
      '/updates/',
      '/updates/missing-1.0.0.exe',
    ];
    for (const path of attempts) {
      const answer = await raw(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain('hunter2');
    }
  });

  it('answers only GET and HEAD', async () => {
    const answer = await raw('/updates/latest.yml', { method: 'POST' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('serves single ranges, suffixes and open ends, and says 416 for a range past the end', async () => {
    const single = await raw('/updates/FloorKPI-Setup-1.2.0.exe', { headers: { Range: 'bytes=100-199' } });
    expect(single.status).toBe(206);
    expect(single.headers['content-range']).toBe('bytes 100-199/5000');
    expect(single.body.equals(installer.subarray(100, 200))).toBe(true);

    const suffix = await raw('/updates/FloorKPI-Setup-1.2.0.exe', { headers: { Range: 'bytes=-10' } });
    expect(suffix.headers['content-range']).toBe('bytes 4990-4999/5000');
    expect(suffix.body.equals(installer.subarray(4990))).toBe(true);

    const open = await raw('/updates/FloorKPI-Setup-1.2.0.exe', { headers: { Range: 'bytes=4900-' } });
    expect(open.body.equals(installer.subarray(4900))).toBe(true);

    const past = await raw('/updates/FloorKPI-Setup-1.2.0.exe', { headers: { Range: 'bytes=6000-7000' } });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */5000');
  });

  it('answers a differential download’s multi-range request with multipart/byteranges', async () => {
    const answer = await raw('/updates/FloorKPI-Setup-1.2.0.exe', {
      headers: { Range: 'bytes=0-9, 1000-1999, 4995-' },
    });
    expect(answer.status).toBe(206);
    const boundary = /boundary=(\S+)/.exec(String(answer.headers['content-type']))?.[1];
    expect(boundary).toBeDefined();
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    const text = answer.body.toString('latin1');
    const parts = text.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(3);
    const expected = [
      [0, 9],
      [1000, 1999],
      [4995, 4999],
    ] as const;
    parts.forEach((part, i) => {
      const [start, end] = expected[i] ?? [0, 0];
      const [head = '', body = ''] = part.split('\r\n\r\n');
      expect(head).toContain(`Content-Range: bytes ${start}-${end}/5000`);
      const bytes = Buffer.from(body.replace(/\r\n$/, ''), 'latin1');
      expect(bytes.equals(installer.subarray(start, end + 1))).toBe(true);
    });
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  });

  it('sends the whole file for ranges it may ignore: overlapping, malformed, stale If-Range', async () => {
    const cases: Record<string, string>[] = [
      { Range: 'bytes=0-100, 50-150' },
      { Range: 'bytes=abc' },
      { Range: 'items=0-5' },
      { Range: 'bytes=0-5', 'If-Range': '"stale"' },
    ];
    for (const headers of cases) {
      const answer = await raw('/updates/FloorKPI-Setup-1.2.0.exe', { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.body.equals(installer)).toBe(true);
    }
  });

  it('answers 304 when the client already has this version of the feed', async () => {
    const first = await raw('/updates/latest.yml');
    const again = await raw('/updates/latest.yml', {
      headers: { 'If-None-Match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves many clients at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        raw('/updates/FloorKPI-Setup-1.2.0.exe', { headers: { Range: `bytes=${i * 100}-${i * 100 + 99}` } }),
      ),
    );
    answers.forEach((answer, i) => {
      expect(answer.body.equals(installer.subarray(i * 100, i * 100 + 100))).toBe(true);
    });
  });
});
