import { AppError } from '../../src-shared/contract/errors';
import type { DemoSignIns } from '../../src-shared/contract/setup';
import { needsSetup } from '../auth/auth-service';
import type { CoreDeps } from '../core-deps';
import type { CallContext } from '../dispatch';
import { seedDemo } from '../seed/seed-demo';
import { ALREADY_SET_UP } from './auth-handlers';

/**
 * "Start with demo data" on the first start: only while nobody can sign in yet, so the channel is
 * public and can never write demo rows into a plant's real database. Seed 1, ending today.
 */
async function loadDemo({ deps }: CallContext<CoreDeps>): Promise<DemoSignIns> {
  const { sqlite } = deps.database;
  if (!needsSetup(sqlite)) throw new AppError('FORBIDDEN', ALREADY_SET_UP);
  let summary: Awaited<ReturnType<typeof seedDemo>>;
  try {
    summary = await seedDemo(sqlite, { seed: 1 });
  } catch (error) {
    // The seed checks again inside its transaction: a first admin created meanwhile wins.
    if (error instanceof AppError && error.code === 'CONFLICT' && !needsSetup(sqlite))
      throw new AppError('FORBIDDEN', ALREADY_SET_UP);
    throw error;
  }
  return {
    users: summary.users.map((u) => ({ username: u.username, role: u.role })),
    password: summary.password,
  };
}

export const setupHandlers = { 'setup.loadDemo': loadDemo };
