import { AppError } from '../../src-shared/contract';
import {
  mayUseUpdateChannel,
  type UpdateStatus,
  type updateChannels,
} from '../../src-shared/contract/updates';
import type { CoreDeps } from '../core-deps';
import type { CallContext, Handler } from '../dispatch';

// The Electron shell owns the updater and answers updates.* before they reach the core (see
// src-main/updates). What arrives here comes from a host that cannot update itself: the browser
// host, the CLI, tests. Each answer says so, after the same role rule the shell applies.

const NOT_HERE =
  'This FloorKPI runs without the desktop installer (browser host or source checkout); update it by ' +
  'replacing the copy it runs from. The desktop app updates itself from the plant hub.';

function allow(channel: keyof typeof updateChannels, ctx: CallContext<CoreDeps>): void {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  if (!mayUseUpdateChannel(channel, ctx.session.role)) {
    throw new AppError('FORBIDDEN', 'Only an administrator may change where this PC gets updates.');
  }
}

function unavailable(deps: CoreDeps): UpdateStatus {
  return {
    state: 'unavailable',
    currentVersion: deps.version,
    availableVersion: null,
    percent: null,
    message: NOT_HERE,
    lastCheckedAt: null,
    feedUrl: null,
    feedSource: null,
    unsavedRows: 0,
  };
}

const status: Handler<'updates.status', CoreDeps> = (ctx) => {
  allow('updates.status', ctx);
  return unavailable(ctx.deps);
};

const check: Handler<'updates.check', CoreDeps> = (ctx) => {
  allow('updates.check', ctx);
  return unavailable(ctx.deps);
};

// Nothing is saved or restarted: the answer is the same "unavailable" status, which the Admin
// screen shows instead of the feed form.
const setFeed: Handler<'updates.setFeed', CoreDeps> = (ctx) => {
  allow('updates.setFeed', ctx);
  return unavailable(ctx.deps);
};

const restart: Handler<'updates.restart', CoreDeps> = (ctx) => {
  allow('updates.restart', ctx);
  return unavailable(ctx.deps);
};

const reportUnsaved: Handler<'updates.reportUnsaved', CoreDeps> = (ctx) => {
  allow('updates.reportUnsaved', ctx);
  return { recorded: true };
};

export const updateHandlers = {
  'updates.status': status,
  'updates.check': check,
  'updates.setFeed': setFeed,
  'updates.restart': restart,
  'updates.reportUnsaved': reportUnsaved,
};
