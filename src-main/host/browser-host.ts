import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../src-shared/contract';
import { CSV_TEXT_MAX_CHARS } from '../../src-shared/contract/csv';
import type { ProgressReport } from '../../src-shared/contract/progress';
import { type HostCore, startHostCore } from './host-core';
import { BASE_HEADERS, failure, readBody, readCookie, sendJson } from './http-util';
import { contentTypeOf, resolveStaticFile } from './static-files';

export interface BrowserHostOptions {
  /** The bundled core worker; absent (tests), the core runs on the host's thread. */
  coreWorkerFile?: string;
  /** The bundled KPI worker, used when the core runs on the host's thread. */
  kpiWorkerFile?: string;
  dbPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** Told if the core worker stops after start (default: logged). */
  onCoreDeath?: (reason: string) => void;
  /** Starts the core (tests put a scripted one in its place). */
  startCore?: typeof startHostCore;
}

export interface BrowserHost {
  /** The address to open, token included. */
  url: string;
  token: string;
  port: number;
  /** The interface the server is bound to; always 127.0.0.1. */
  address: string;
  close(): Promise<void>;
}

export const SESSION_COOKIE = 'fk_sid';
export const TOKEN_HEADER = 'x-floorkpi-token';
/** The channel a call is for, named before its body so the host knows which body limit applies. */
export const CHANNEL_HEADER = 'x-floorkpi-channel';
// The largest import the contract takes, as JSON: a UTF-16 unit is at most 6 bytes there (a
// control character or lone surrogate is written \u00XX). A lower cap refused files the import
// itself would accept; this one holds a few hundred MB only for the length of one request, and
// only a signed-in session's import or preview may send it.
export const MAX_BODY_BYTES = 6 * CSV_TEXT_MAX_CHARS + 1024 * 1024;
/**
 * The body limit of every other call: a form or a grid row is a few kB, so 1 MB is ample, and a
 * page (or anyone else holding the token) cannot make the host buffer hundreds of MB before the
 * session has even been checked.
 */
export const SMALL_BODY_BYTES = 1024 * 1024;
/** Channels whose payload is a whole file. */
const FILE_CHANNELS: ReadonlySet<string> = new Set(['csv.import', 'csv.preview']);

const newSecret = (): string => randomBytes(24).toString('base64url');

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Serves the renderer and one JSON endpoint on loopback, for machines where Electron cannot
 * run. Each browser context gets its own session through a cookie.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  // The latest report of each caller's running call, read by the page's polls of /api/progress.
  const progress = new Map<string, ProgressReport>();
  const core: HostCore = await (options.startCore ?? startHostCore)({
    ...options,
    onProgress: (sessionKey, report) => progress.set(sessionKey, report),
  });
  const token = newSecret();
  // Only ids this launch issued are honoured, so a cookie planted by another local page (cookies
  // ignore ports) or left from an earlier launch cannot choose a caller's session key.
  const issuedSessions = new Set<string>();
  let port = 0;

  /** Gives the caller `key` as their session cookie; only keys issued this way are honoured. */
  const issue = (res: ServerResponse, key: string): void => {
    issuedSessions.add(key);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${key}; Path=/; HttpOnly; SameSite=Strict`);
  };

  /** The caller's session key, issuing a fresh cookie when it has none of ours. */
  const sessionOf = (req: IncomingMessage, res: ServerResponse): string => {
    const existing = readCookie(req, SESSION_COOKIE);
    if (existing && issuedSessions.has(existing)) return existing;
    const key = newSecret();
    issue(res, key);
    return key;
  };

  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

  /** Whether the request carries this launch's token; answers 401 when it does not. */
  const hasToken = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (sameSecret(req.headers[TOKEN_HEADER], token)) return true;
    req.resume();
    sendJson(
      res,
      401,
      failure('UNAUTHENTICATED', 'Open FloorKPI with the link (and its token) it printed at start.'),
    );
    return false;
  };

  /** Whether the request's session (one this launch issued) is signed in; never issues a session. */
  const signedIn = async (req: IncomingMessage): Promise<boolean> => {
    const key = readCookie(req, SESSION_COOKIE);
    if (!key || !issuedSessions.has(key)) return false;
    const me = await core.dispatch(key, 'auth.me', {});
    return me.ok && me.data !== null;
  };

  /** The caller's running call's progress, or null; never issues a session. */
  const readProgress = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET') {
      sendJson(res, 405, failure('VALIDATION', 'Use GET for /api/progress.'), { Allow: 'GET' });
      return;
    }
    if (!hasToken(req, res)) return;
    const key = readCookie(req, SESSION_COOKIE);
    const report = key && issuedSessions.has(key) ? (progress.get(key) ?? null) : null;
    sendJson(res, 200, { ok: true, data: report });
  };

  const invoke = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      sendJson(res, 405, failure('VALIDATION', 'Use POST for /api/invoke.'), { Allow: 'POST' });
      return;
    }
    if (!hasToken(req, res)) return;
    const header = req.headers[CHANNEL_HEADER];
    const declared = typeof header === 'string' ? header : undefined;
    const fileCall = declared !== undefined && FILE_CHANNELS.has(declared);
    // Only a signed-in user's import may send a file-sized body; the session is checked before
    // the body is read, so nobody else can make the host hold it.
    const large = fileCall && (await signedIn(req));
    const body = await readBody(req, large ? MAX_BODY_BYTES : SMALL_BODY_BYTES);
    if (body === 'too-large') {
      const message = large
        ? 'The request is too large: split the file and import the parts.'
        : fileCall
          ? 'The request is too large for a session that is not signed in: sign in, then import the file.'
          : 'The request is too large.';
      sendJson(res, 413, failure('VALIDATION', message));
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, failure('VALIDATION', 'The request body is not valid JSON.'));
      return;
    }
    const channel =
      typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).channel : undefined;
    if (typeof channel !== 'string') {
      sendJson(
        res,
        400,
        failure('VALIDATION', 'The request must be { channel, payload }.', [
          { path: 'channel', message: 'required' },
        ]),
      );
      return;
    }
    if (body.length > SMALL_BODY_BYTES && channel !== declared) {
      // The large limit was granted to the import the header named, not to whatever the body says.
      sendJson(res, 413, failure('VALIDATION', 'The request is too large.'));
      return;
    }
    const sessionKey = sessionOf(req, res);
    let result: Result<unknown>;
    try {
      // A sign-in answers with a new session key: the cookie is reissued and the old one retired,
      // so a cookie known before sign-in (planted, or left by the last person) is never signed in.
      result = await core.dispatch(
        sessionKey,
        channel,
        (parsed as Record<string, unknown>).payload,
        (key) => {
          issuedSessions.delete(sessionKey);
          issue(res, key);
        },
      );
    } finally {
      progress.delete(sessionKey);
    }
    sendJson(res, 200, result);
  };

  const serveFile = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, failure('VALIDATION', 'Only GET and HEAD are served here.'), { Allow: 'GET, HEAD' });
      return;
    }
    const file = await resolveStaticFile(options.rendererDir, path);
    if (!file) {
      sendJson(res, 404, failure('NOT_FOUND', 'Not found.'));
      return;
    }
    const content = await readFile(file);
    const type = contentTypeOf(file);
    const isHtml = type.startsWith('text/html');
    if (isHtml) sessionOf(req, res);
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': type,
      'Content-Length': content.length,
      'Cache-Control': isHtml ? 'no-store' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // DNS-rebinding guard: a page on another name that resolves to 127.0.0.1 sends its own Host.
    if (!allowedHosts().includes((req.headers.host ?? '').toLowerCase())) {
      req.resume();
      sendJson(res, 403, failure('FORBIDDEN', 'This address is not allowed.'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((host) => origin === `http://${host}`)) {
      req.resume();
      sendJson(res, 403, failure('FORBIDDEN', 'Requests from other sites are not allowed.'));
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api/invoke') return invoke(req, res);
    if (path === '/api/progress') return readProgress(req, res);
    if (path.startsWith('/api/')) {
      sendJson(res, 404, failure('NOT_FOUND', 'Unknown API path.'));
      return;
    }
    return serveFile(req, res, path);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('browser-host: request failed', error);
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', 'Something went wrong inside FloorKPI.'));
      else res.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await core.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  port = address.port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    address: address.address,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await core.close();
      })();
      return closing;
    },
  };
}
