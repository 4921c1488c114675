import { needsSetup } from '../auth/auth-service';
import type { CoreDeps } from '../core';
import { schemaVersion } from '../db/migrate';
import type { Handler } from '../dispatch';

/** Answers what the renderer needs before sign-in: versions, host, and whether setup is pending. */
const info: Handler<'system.info', CoreDeps> = ({ deps }) => {
  const { sqlite } = deps.database;
  return {
    appName: 'FloorKPI',
    version: deps.version,
    host: deps.host === 'electron' ? 'electron' : 'browser',
    schemaVersion: schemaVersion(sqlite),
    needsSetup: needsSetup(sqlite),
  };
};

const ping: Handler<'system.ping', CoreDeps> = (_ctx, input) => ({ pong: input.echo });

export const systemHandlers = { 'system.info': info, 'system.ping': ping };
