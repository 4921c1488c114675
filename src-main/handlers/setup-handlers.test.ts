import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { authenticate } from '../auth/auth-service';
import { type Core, createCore } from '../core';
import type { CoreDeps } from '../core-deps';
import { setupHandlers } from './setup-handlers';

let core: Core;
let deps: CoreDeps;
// Called directly: the channel joins the contract (and PUBLIC_CHANNELS) where the index wires it.
const call = () => setupHandlers['setup.loadDemo']({ deps, sessionKey: 'window-1', session: null });

beforeEach(() => {
  core = createCore({ dbPath: ':memory:', host: 'test' });
  deps = core.deps;
});
afterEach(async () => {
  await core.close();
});

describe('setup.loadDemo', () => {
  it('fills an empty database with the demo plant and answers with the demo sign-ins', async () => {
    const answer = await call();
    expect(answer.password).toBe('floorkpi-demo');
    expect(answer.users).toContainEqual({ username: 'admin', role: 'ADMIN' });
    expect(answer.users).toContainEqual({ username: 'leader.abc', role: 'LEADER' });
    const session = await authenticate(deps.database.sqlite, 'operator.b', answer.password);
    expect(session.role).toBe('OPERATOR');
    // Nobody is signed in by loading the demo: the person picks a demo user on the sign-in screen.
    expect(deps.sessions.get('window-1')).toBeNull();
  }, 60_000);

  it('is FORBIDDEN once the database has a user, and writes nothing', async () => {
    deps.database.sqlite
      .prepare(
        "INSERT INTO app_user (user_id, username, role, created_at, updated_at) VALUES ('U-1', 'ana', 'ADMIN', '2026-03-02T17:30:00Z', '2026-03-02T17:30:00Z')",
      )
      .run();
    await expect(call()).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'FORBIDDEN');
    expect(deps.database.sqlite.prepare('SELECT count(*) AS n FROM client').get()).toEqual({ n: 0 });
  });
});
