import type { FastifyInstance } from 'fastify';
import { addHubUser } from '../../../src-hub/admin/hub-users';
import { createHubServer } from '../../../src-hub/server/hub-server';
import { type PgTestHub, pgTestHub } from '../../../src-hub/test-support/pg-hub.test-support';
import { SYNC_HEADERS, SYNC_PROTOCOL_VERSION } from '../../../src-shared/sync/protocol';
import { MIGRATIONS } from '../../db/migrations';
import type { HubPost } from '../hub-client';

/**
 * The simulation's hub: a real PostgreSQL (the test's throwaway cluster) behind Fastify, reached
 * in-process through `inject` (the whole HTTP layer, no socket). A restart swaps in a new Fastify
 * instance over the same database, under the PCs' feet.
 */
export class SimHub {
  readonly pg: PgTestHub;
  #app: FastifyInstance;
  restarts = 0;

  private constructor(pg: PgTestHub, app: FastifyInstance) {
    this.pg = pg;
    this.#app = app;
  }

  /** A migrated hub database with its first administrator. */
  static async start(admin: { username: string; password: string; userId: string }): Promise<SimHub> {
    const pg = await pgTestHub();
    await addHubUser(pg.hub.db, { ...admin, role: 'ADMIN', clients: [] });
    return new SimHub(pg, await createHubServer({ db: pg.hub.db }));
  }

  /** A new service instance over the same PostgreSQL (a deploy, a crash): it keeps no state. */
  async restart(): Promise<void> {
    const previous = this.#app;
    this.#app = await createHubServer({ db: this.pg.hub.db });
    await previous.close();
    this.restarts += 1;
  }

  /** The transport a PC of this build uses, through whichever instance runs now. */
  readonly post: HubPost = async (path, body, secret) => {
    const reply = await this.#app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        [SYNC_HEADERS.protocol]: String(SYNC_PROTOCOL_VERSION),
        [SYNC_HEADERS.schema]: String(MIGRATIONS.length),
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      },
      payload: JSON.stringify(body),
    });
    return { status: reply.statusCode, body: reply.body === '' ? null : JSON.parse(reply.body) };
  };

  async close(): Promise<void> {
    await this.#app.close();
    await this.pg.hub.close();
    await this.pg.drop();
  }
}
