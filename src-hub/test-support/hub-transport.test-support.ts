import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { FastifyInstance } from 'fastify';
import { SYNC_HEADERS, SYNC_PROTOCOL_VERSION } from '../../src-shared/sync/protocol';
import { HUB_PC_SCHEMA } from '../server/hub-server';

/** How a test reaches the hub: in-process (Fastify's inject) or over a real socket. */
export interface HubTransport {
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<HubReply>;
}

export interface HubReply {
  status: number;
  body: unknown;
}

/** The headers a PC of this build sends. */
export function syncHeaders(schema = HUB_PC_SCHEMA): Record<string, string> {
  return {
    [SYNC_HEADERS.protocol]: String(SYNC_PROTOCOL_VERSION),
    [SYNC_HEADERS.schema]: String(schema),
  };
}

/** Requests through Fastify's inject: the whole HTTP layer, no socket. */
export function injectTransport(app: FastifyInstance): HubTransport {
  return {
    async post(path, body, headers = {}) {
      const reply = await app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify(body),
      });
      return { status: reply.statusCode, body: reply.body === '' ? null : JSON.parse(reply.body) };
    },
  };
}

/** Requests over HTTP(S) to a listening hub; `ca` trusts a test certificate. */
export function httpTransport(baseUrl: string, options: { ca?: string } = {}): HubTransport {
  return {
    post(path, body, headers = {}) {
      const url = new URL(path, baseUrl);
      const payload = JSON.stringify(body);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      return new Promise((resolve, reject) => {
        const req = send(
          url,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
              ...headers,
            },
            ...(options.ca ? { ca: options.ca } : {}),
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({ status: res.statusCode ?? 0, body: text === '' ? null : JSON.parse(text) });
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
  };
}
