import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { MIGRATIONS } from '../../src-main/db/migrations';
import {
  type HubErrorBody,
  joinRequestSchema,
  pullRequestSchema,
  pushRequestSchema,
  revokeRequestSchema,
  SYNC_HEADERS,
  SYNC_PROTOCOL_VERSION,
} from '../../src-shared/sync/protocol';
import { listDevices, revokeDevice } from '../admin/devices';
import { hubSchemaVersion } from '../db/hub-migrate';
import type { HubDB } from '../db/hub-schema';
import { inHubTransaction } from '../db/hub-transaction';
import { HUB_MIGRATIONS } from '../db/migrations';
import { authenticateDevice } from '../sync/device-auth';
import { HubError } from '../sync/hub-error';
import { joinHub } from '../sync/join';
import { pullChanges } from '../sync/pull';
import { pushMutations } from '../sync/push';
import { tableMeta } from '../sync/table-meta';
import { createUpdatesHandler } from '../updates';

/** The PC schema version this hub's tables match: the number of PC migrations it was built with. */
export const HUB_PC_SCHEMA = MIGRATIONS.length;
/** A push of 5,000 full rows is a few megabytes; this leaves room without inviting abuse. */
const BODY_LIMIT = 64 * 1024 * 1024;

export interface HubServerOptions {
  db: Kysely<HubDB>;
  /** PEM certificate and key: the hub then speaks HTTPS only. */
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  /** Fastify's request log (one line per request); off in tests. */
  log?: boolean;
  /** A folder of app releases served at `/updates/` to the PCs' updater (`hub serve --updates`). */
  updatesDir?: string | null;
}

function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

/**
 * Refuses a PC whose protocol differs or whose schema is more than one version behind or any
 * version ahead, with a message the plant can act on. Returns the PC's schema version.
 */
export function checkVersions(request: FastifyRequest): number {
  const protocol = header(request, SYNC_HEADERS.protocol);
  if (protocol !== String(SYNC_PROTOCOL_VERSION))
    throw new HubError(
      'PROTOCOL_MISMATCH',
      `This hub speaks sync protocol ${SYNC_PROTOCOL_VERSION}; the PC sent ${protocol ?? 'none'}. Update FloorKPI on the older side.`,
    );
  const schema = Number(header(request, SYNC_HEADERS.schema));
  if (!Number.isInteger(schema) || schema < 1)
    throw new HubError('BAD_REQUEST', `The ${SYNC_HEADERS.schema} header must give the PC's schema version.`);
  if (schema > HUB_PC_SCHEMA)
    throw new HubError(
      'SCHEMA_TOO_NEW',
      `This PC runs a newer FloorKPI (schema ${schema}) than the hub (schema ${HUB_PC_SCHEMA}). Update the hub first, then sync.`,
    );
  if (schema < HUB_PC_SCHEMA - 1)
    throw new HubError(
      'SCHEMA_TOO_OLD',
      `This PC's FloorKPI is too old to sync (schema ${schema}; the hub accepts ${HUB_PC_SCHEMA - 1} and ${HUB_PC_SCHEMA}). Update FloorKPI on this PC; its unsent changes are kept.`,
    );
  return schema;
}

/** The device secret of `Authorization: Bearer <secret>`. */
function bearer(request: FastifyRequest): string {
  const value = header(request, 'authorization');
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  if (!match?.[1])
    throw new HubError('UNAUTHENTICATED', 'Send the device secret as "Authorization: Bearer <secret>".');
  return match[1];
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HubError(
    'BAD_REQUEST',
    `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'is not valid'}`,
  );
}

function sendError(reply: FastifyReply, error: HubError): FastifyReply {
  const body: HubErrorBody = { error: { code: error.code, message: error.message } };
  return reply.status(error.status).send(body);
}

/** Builds the hub's HTTP service (not yet listening). Stateless: any number may share one database. */
export async function createHubServer(options: HubServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  // Fail at start, not at the first push, when the database is not this version's hub.
  await tableMeta(db);
  const version = await hubSchemaVersion(db);
  if (version < HUB_MIGRATIONS.length)
    throw new Error(
      `The hub database is at hub schema version ${version}; this FloorKPI needs ${HUB_MIGRATIONS.length}. Run "hub init" to migrate it.`,
    );
  if (version > HUB_MIGRATIONS.length)
    throw new Error(
      `The hub database was migrated by a newer FloorKPI (hub schema version ${version}). Update FloorKPI before serving it.`,
    );
  const app = Fastify({
    logger: options.log ?? false,
    bodyLimit: BODY_LIMIT,
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HubError) return sendError(reply, error);
    const status =
      typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 0;
    if (status === 413)
      return reply.status(413).send({
        error: { code: 'BAD_REQUEST', message: 'The request is too large: push fewer changes at a time.' },
      });
    if (status >= 400 && status < 500)
      return reply.status(status).send({
        error: { code: 'BAD_REQUEST', message: error instanceof Error ? error.message : 'Bad request.' },
      });
    app.log.error(error);
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: 'The hub failed to answer; try again.' } });
  });

  app.get('/sync/health', async () => ({
    ok: true,
    protocol: SYNC_PROTOCOL_VERSION,
    pcSchema: { accepts: [HUB_PC_SCHEMA - 1, HUB_PC_SCHEMA] },
  }));

  app.post('/sync/join', async (request) => {
    checkVersions(request);
    return joinHub(db, parse(joinRequestSchema, request.body));
  });

  app.post('/sync/push', async (request) => {
    const pcSchema = checkVersions(request);
    const secret = bearer(request);
    return pushMutations(db, parse(pushRequestSchema, request.body), { secret, pcSchema });
  });

  app.post('/sync/pull', async (request) => {
    checkVersions(request);
    const secret = bearer(request);
    return pullChanges(db, parse(pullRequestSchema, request.body), { secret });
  });

  /** An ADMIN's PC lists every device; any other PC only itself. */
  app.post('/sync/devices', async (request) => {
    checkVersions(request);
    const secret = bearer(request);
    const { deviceId } = parse(z.strictObject({ deviceId: z.string().min(1).max(100) }), request.body);
    return inHubTransaction(db, { role: 'app', deviceId }, async (trx) => {
      await authenticateDevice(trx, deviceId, secret, { lock: false });
      return { devices: await listDevices(trx) };
    });
  });

  app.post('/sync/devices/revoke', async (request) => {
    checkVersions(request);
    const secret = bearer(request);
    const { deviceId, target } = parse(revokeRequestSchema, request.body);
    return inHubTransaction(db, { role: 'app', deviceId }, async (trx) => {
      const device = await authenticateDevice(trx, deviceId, secret, { lock: false });
      if (device.role !== 'ADMIN') throw new HubError('FORBIDDEN', 'Only an administrator may revoke a PC.');
      if (!(await revokeDevice(trx, target, { userId: device.userId, deviceId })))
        throw new HubError('NOT_FOUND', `No device ${target} is enrolled with this hub.`);
      return { revoked: target };
    });
  });

  if (options.updatesDir) {
    const serveUpdates = createUpdatesHandler({ dir: options.updatesDir });
    // The handler streams files and byte ranges itself, so Fastify hands it the raw response.
    const updates = async (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
      reply.hijack();
      await serveUpdates(request.raw, reply.raw, request.params['*']);
    };
    // Fastify answers HEAD through this GET route too (exposeHeadRoutes).
    app.get('/updates/*', updates);
  }

  return app;
}
