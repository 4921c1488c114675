import { AppError } from '../../src-shared/contract/errors';
import type { CoreDeps } from '../core-deps';
import { UnusableBackupError } from '../db/backups/restore-backup';
import { BackupFailedError } from '../db/backups/write-backup';
import type { CallContext, Handler } from '../dispatch';
import { scopeOf } from './context';

type H<
  K extends 'backups.list' | 'backups.create' | 'backups.restore' | 'database.create' | 'database.recover',
> = Handler<K, CoreDeps>;

/** Backups hold every client's data and a restore rewrites the plant's history: administrators only. */
function requireAdmin(ctx: CallContext<CoreDeps>): void {
  if (scopeOf(ctx).role !== 'ADMIN')
    throw new AppError('FORBIDDEN', 'Only an administrator can see, make or restore backups.');
}

/** A backup that could not be written or used is the plant's problem to see, not a crash. */
function asAppError(error: unknown): unknown {
  if (error instanceof UnusableBackupError || error instanceof BackupFailedError)
    return new AppError('VALIDATION', error.message);
  return error;
}

const list: H<'backups.list'> = (ctx) => {
  requireAdmin(ctx);
  return ctx.deps.files.backups();
};

const create: H<'backups.create'> = async (ctx) => {
  requireAdmin(ctx);
  try {
    return await ctx.deps.files.backupNow();
  } catch (error) {
    throw asAppError(error);
  }
};

/** Restores a backup: every session ends, the admin's too, since the restored users may differ. */
async function restoreAndSignOut(ctx: CallContext<CoreDeps>, name: string) {
  try {
    return await ctx.deps.files.restore(name);
  } catch (error) {
    throw asAppError(error);
  } finally {
    ctx.deps.sessions.clear();
  }
}

const restore: H<'backups.restore'> = async (ctx, input) => {
  requireAdmin(ctx);
  return restoreAndSignOut(ctx, input.name);
};

/** The first start's explicit choice: the only way the app creates a database file. */
const createDatabase: H<'database.create'> = ({ deps }) => deps.files.create();

/** The recovery screen's restore: public, but only while the database cannot be used at all. */
const recover: H<'database.recover'> = async (ctx, input) => {
  const { state } = ctx.deps.files.status();
  if (state !== 'damaged' && state !== 'foreign')
    throw new AppError(
      'FORBIDDEN',
      'The database is usable: an administrator restores backups from Admin › Backups.',
    );
  return restoreAndSignOut(ctx, input.name);
};

export const backupHandlers = {
  'backups.list': list,
  'backups.create': create,
  'backups.restore': restore,
  'database.create': createDatabase,
  'database.recover': recover,
};
