import type { z } from 'zod';
import { hubErrorBodySchema, SYNC_HEADERS, SYNC_PROTOCOL_VERSION } from '../../src-shared/sync/protocol';
import { MIGRATIONS } from '../db/migrations';

/** How long one request may take before the hub counts as unreachable (a 5,000-row page included). */
const REQUEST_TIMEOUT_MS = 60_000;

/** A request the hub answered with an error (`code` from src-shared/sync/protocol.ts). */
export class HubError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'HubError';
    this.status = status;
    this.code = code;
  }
}

/** The hub did not answer (no route, refused, timed out): the PC keeps working and retries later. */
export class HubUnreachableError extends Error {
  constructor(hubUrl: string, cause: unknown) {
    super(`The hub at ${hubUrl} did not answer (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = 'HubUnreachableError';
  }
}

/** Sends requests to the hub; swapped in tests to lose a response on purpose. */
export type HubPost = (
  path: string,
  body: unknown,
  secret: string | null,
) => Promise<{ status: number; body: unknown }>;

/** The hub's address normalised: http(s) only, no path after the host. */
export function normaliseHubUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new HubError(0, 'BAD_REQUEST', `"${text}" is not a hub address (e.g. http://plant-hub:8470).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new HubError(0, 'BAD_REQUEST', 'The hub address must start with http:// or https://.');
  return url.origin;
}

/** POSTs JSON to the hub with the sync headers, over Node's fetch. */
export function fetchPost(hubUrl: string): HubPost {
  return async (path, body, secret) => {
    let response: Response;
    try {
      response = await fetch(new URL(path, hubUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SYNC_HEADERS.protocol]: String(SYNC_PROTOCOL_VERSION),
          [SYNC_HEADERS.schema]: String(MIGRATIONS.length),
          ...(secret ? { authorization: `Bearer ${secret}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new HubUnreachableError(hubUrl, error);
    }
    const text = await response.text().catch((error: unknown) => {
      throw new HubUnreachableError(hubUrl, error);
    });
    let parsed: unknown = null;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      throw new HubError(
        response.status,
        'INTERNAL',
        `The hub answered something that is not JSON (HTTP ${response.status}).`,
      );
    }
    return { status: response.status, body: parsed };
  };
}

/** The reply's body checked against its schema, or the hub's error as a HubError. */
export function expectReply<T>(reply: { status: number; body: unknown }, schema: z.ZodType<T>): T {
  if (reply.status === 200) {
    const parsed = schema.safeParse(reply.body);
    if (parsed.success) return parsed.data;
    throw new HubError(200, 'INTERNAL', 'The hub answered in a shape this FloorKPI does not understand.');
  }
  const error = hubErrorBodySchema.safeParse(reply.body);
  if (error.success) throw new HubError(reply.status, error.data.error.code, error.data.error.message);
  throw new HubError(reply.status, 'INTERNAL', `The hub answered HTTP ${reply.status}.`);
}
