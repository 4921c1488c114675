import { needsSetup } from '../auth/auth-service';
import type { CoreDeps } from '../core-deps';
import { schemaVersion } from '../db/migrate';
import type { Handler } from '../dispatch';

/**
 * Answers what the renderer needs before sign-in: versions, host, whether setup is pending, and
 * the database's state (the first start and the recovery screen read it).
 */
const info: Handler<'system.info', CoreDeps> = ({ deps }) => {
  const database = deps.files.status();
  const open = database.state === 'ready' || database.state === 'checking' || database.state === 'damaged';
  const sqlite = open ? deps.database.sqlite : null;
  return {
    appName: 'FloorKPI',
    version: deps.version,
    host: deps.host === 'electron' ? 'electron' : 'browser',
    schemaVersion: sqlite ? schemaVersion(sqlite) : 0,
    needsSetup: sqlite ? needsSetup(sqlite) : database.state === 'missing' || database.state === 'empty',
    database,
  };
};

const ping: Handler<'system.ping', CoreDeps> = (_ctx, input) => ({ pong: input.echo });

export const systemHandlers = { 'system.info': info, 'system.ping': ping };
