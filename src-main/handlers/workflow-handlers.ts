import type { ChannelName } from '../../src-shared/contract';
import { clearLockout } from '../auth/unlock';
import type { CoreDeps } from '../core-deps';
import type { Handler } from '../dispatch';
import { markAllPresent } from '../services/attendance/mark-all-present';
import { verifyEntry } from '../services/entries/verify-entry';
import {
  approveHold,
  approveResume,
  cancelHold,
  rejectResume,
  requestResume,
} from '../services/holds/hold-workflow';
import { applyDefectTemplate } from '../services/reference/apply-defect-template';
import { createUser, setUserAccess, setUserPassword } from '../services/users/user-service';
import { rowOf } from '../tenancy/typed-row';
import { storeOf } from './context';
import { changingUser } from './user-sessions';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

const approve: H<'holds.approve'> = (ctx, input) => rowOf('hold_entry', approveHold(storeOf(ctx), input));
const askResume: H<'holds.requestResume'> = (ctx, input) =>
  rowOf('hold_entry', requestResume(storeOf(ctx), input));
const resume: H<'holds.approveResume'> = (ctx, input) =>
  rowOf('hold_entry', approveResume(storeOf(ctx), input));
const refuseResume: H<'holds.rejectResume'> = (ctx, input) =>
  rowOf('hold_entry', rejectResume(storeOf(ctx), input));
const cancel: H<'holds.cancel'> = (ctx, input) => rowOf('hold_entry', cancelHold(storeOf(ctx), input));
const allPresent: H<'attendance.markAllPresent'> = (ctx, input) => markAllPresent(storeOf(ctx), input);
const verify: H<'entries.verify'> = (ctx, input) =>
  verifyEntry(storeOf(ctx), input.table, input.key, input.version);

const newUser: H<'users.create'> = async (ctx, input) =>
  rowOf('app_user', await createUser(storeOf(ctx), input));

const setAccess: H<'users.setAccess'> = (ctx, input) =>
  changingUser(ctx, input.user_id, () => rowOf('app_user', setUserAccess(storeOf(ctx), input)));

const setPassword: H<'users.setPassword'> = (ctx, input) =>
  changingUser(ctx, input.user_id, async () => {
    await setUserPassword(storeOf(ctx), input.user_id, input.password);
    clearLockout(ctx.deps.database.sqlite, input.user_id);
    return { changed: true as const };
  });

const applyTemplate: H<'defectTypes.applyTemplate'> = (ctx, input) => ({
  added: applyDefectTemplate(storeOf(ctx), input.client_id, input.template),
});

/** Handlers of the workflow channels: holds, attendance start, verification, user and catalogue admin. */
export const workflowHandlers = {
  'holds.approve': approve,
  'holds.requestResume': askResume,
  'holds.approveResume': resume,
  'holds.rejectResume': refuseResume,
  'holds.cancel': cancel,
  'attendance.markAllPresent': allPresent,
  'entries.verify': verify,
  'users.create': newUser,
  'users.setAccess': setAccess,
  'users.setPassword': setPassword,
  'defectTypes.applyTemplate': applyTemplate,
};
