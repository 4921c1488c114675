import type { ChannelName } from '../../src-shared/contract';
import type { CoreDeps } from '../core-deps';
import type { Handler } from '../dispatch';
import { deleteDraft, listDrafts, putDraft } from '../drafts/user-drafts';
import { scopeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

// The owner is always the session's user (scopeOf): no payload names a user.
const list: H<'drafts.list'> = (ctx) => listDrafts(ctx.deps.database.sqlite, scopeOf(ctx), ctx.deps.now());

const put: H<'drafts.put'> = (ctx, input) =>
  putDraft(ctx.deps.database.sqlite, scopeOf(ctx), input, ctx.deps.now());

const remove: H<'drafts.delete'> = (ctx, input) =>
  deleteDraft(ctx.deps.database.sqlite, scopeOf(ctx), input.key);

/** A user's unsaved grid rows kept on this PC (contract/drafts.ts). */
export const draftHandlers = { 'drafts.list': list, 'drafts.put': put, 'drafts.delete': remove };
