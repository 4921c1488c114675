import { HOLD_STATUSES, type HoldStatus, isOneOf } from '../../src-shared/domain/enums';
import { type Action, may } from '../../src-shared/domain/permissions';
import type { Role } from '../../src-shared/domain/roles';
import type { MutationOp, RefusalCode, SyncRow } from '../../src-shared/sync/protocol';
import { type Actor, actorSeesClient } from './actors';
import type { DeviceContext } from './device-auth';
import { DEVICE_LOCAL_COLUMNS, PLANT_TABLES, SYNC_METADATA, type TableMeta } from './table-meta';

/**
 * The role rules of DATA.md, applied on the hub to every mutation for the person who made it
 * (a PC can be tampered with, so nothing it claims is taken on trust). A mutation passes only when
 * both its actor and the user who enrolled the PC may do it: the enrolment bounds what a PC can
 * push whoever it says was signed in. The same table of rules as the PC's store
 * (src-main/tenancy/permissions.ts), plus the workflows' own steps: approvals and verifications are
 * a leader's, a hold moves only along its workflow, and an approval names the person who gave it.
 */

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export interface MutationFacts {
  device: DeviceContext;
  actor: Actor;
  meta: TableMeta;
  op: MutationOp;
  /** The hub's row before the change (null for a create). */
  before: Readonly<Record<string, unknown>> | null;
  /** The pushed row, validated. */
  after: SyncRow;
}

const ACTION: Readonly<Record<MutationOp, Action>> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  restore: 'create',
};
const WORDS: Readonly<Record<Action, string>> = {
  read: 'view',
  create: 'add',
  update: 'change',
  delete: 'delete',
};

/** Columns that record who approved or verified: set only by that person. */
const SIGNATURE_COLUMNS = new Set([
  'hold_approved_by_user_id',
  'resume_approved_by_user_id',
  'verified_by',
  'verified_by_user_id',
]);
/** Workflow columns written by services for any writer of the table (import-only comma lists). */
const SERVICE_COLUMNS = new Set(['client_id_assigned']);
/** Defaults of workflow columns on a fresh row (anything else on a create is a workflow step). */
const WORKFLOW_DEFAULTS: Readonly<Record<string, string | number>> = {
  hold_status: 'PENDING_HOLD_APPROVAL',
  coverage_confirmed: 0,
  verified: 0,
};
const HOLD_STEPS: Readonly<Record<HoldStatus, readonly HoldStatus[]>> = {
  PENDING_HOLD_APPROVAL: ['ON_HOLD', 'CANCELLED'],
  ON_HOLD: ['PENDING_RESUME_APPROVAL', 'CANCELLED'],
  PENDING_RESUME_APPROVAL: ['RESUMED', 'ON_HOLD'],
  RESUMED: [],
  CANCELLED: [],
};
/** What a resume request may change: anyone on the client may ask (hold-workflow.ts requestResume). */
const RESUME_REQUEST_COLUMNS = new Set(['hold_status', 'resume_date', 'resume_time']);

const forbidden = (message: string): Refusal => ({ code: 'FORBIDDEN', message });

function isApprover(role: Role): boolean {
  return role !== 'OPERATOR';
}

function same(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

/** Columns whose value the mutation changes (every given column of a create). */
function changedColumns(facts: MutationFacts): string[] {
  const ignored = new Set<string>([...SYNC_METADATA, ...DEVICE_LOCAL_COLUMNS]);
  return Object.keys(facts.after).filter(
    (name) => !ignored.has(name) && (facts.before === null || !same(facts.before[name], facts.after[name])),
  );
}

/** Workflow (read-only) columns a create sets away from their defaults, or an update changes. */
function workflowChanges(facts: MutationFacts, changed: readonly string[]): string[] {
  const readOnly = new Set(
    facts.meta.spec.columns
      .filter((c) => c.readOnly && !SERVICE_COLUMNS.has(c.name) && !DEVICE_LOCAL_COLUMNS.has(c.name))
      .map((c) => c.name),
  );
  return changed.filter((name) => {
    if (!readOnly.has(name)) return false;
    if (facts.before !== null) return true;
    const value = facts.after[name] ?? null;
    return value !== null && value !== (WORKFLOW_DEFAULTS[name] ?? null);
  });
}

function isResumeRequest(facts: MutationFacts, changed: readonly string[]): boolean {
  return (
    facts.meta.table === 'hold_entry' &&
    facts.op === 'update' &&
    facts.before?.hold_status === 'ON_HOLD' &&
    facts.after.hold_status === 'PENDING_RESUME_APPROVAL' &&
    changed.every((name) => RESUME_REQUEST_COLUMNS.has(name))
  );
}

function clientsOf(facts: MutationFacts): string[] {
  const { meta, after } = facts;
  if (meta.table === 'floating_pool')
    return typeof after.assigned_to_client === 'string' ? [after.assigned_to_client] : [];
  if (PLANT_TABLES.has(meta.table)) return [];
  return typeof after.client_id === 'string' ? [after.client_id] : [];
}

function deviceSeesClient(device: DeviceContext, clientId: string): boolean {
  return device.scope.all || device.scope.clients.includes(clientId);
}

function checkRoles(facts: MutationFacts, action: Action, changed: readonly string[]): Refusal | null {
  const table = facts.meta.table;
  const noun = facts.meta.spec.noun;
  if (isResumeRequest(facts, changed)) return null;
  if (!may(facts.actor.role, table, action))
    return forbidden(`The role ${facts.actor.role} may not ${WORDS[action]} ${noun} records.`);
  if (!may(facts.device.role, table, action))
    return forbidden(
      `This PC was enrolled by a ${facts.device.role}, who may not ${WORDS[action]} ${noun} records: changes pushed from it cannot either.`,
    );
  return null;
}

function checkScope(facts: MutationFacts): Refusal | null {
  for (const clientId of clientsOf(facts)) {
    if (!deviceSeesClient(facts.device, clientId))
      return forbidden(`Client ${clientId} is not one of this PC's clients.`);
    if (!actorSeesClient(facts.actor, clientId))
      return forbidden(`Client ${clientId} is not one of ${facts.actor.userId}'s clients.`);
  }
  return null;
}

function checkImmutable(facts: MutationFacts): Refusal | null {
  if (facts.before === null) return null;
  // created_at/created_by are not checked here: a change always carries the stored ones
  // (push-apply.ts withHubCreation).
  const fixed = [...facts.meta.spec.key, 'client_id'];
  for (const name of fixed) {
    if (!(name in facts.after) && name !== 'client_id') continue;
    if (name === 'client_id' && !facts.meta.columns.includes('client_id')) continue;
    if (!same(facts.before[name], facts.after[name]))
      return { code: 'VALIDATION', message: `${name}: cannot change once the row exists` };
  }
  return null;
}

function checkDeletion(facts: MutationFacts): Refusal | null {
  const deleted = facts.after.deleted_at !== null && facts.after.deleted_at !== undefined;
  const wasDeleted = facts.before !== null && facts.before.deleted_at !== null;
  const wrong =
    (facts.op === 'delete' && !deleted) ||
    (facts.op === 'restore' && (deleted || !wasDeleted)) ||
    (facts.op === 'update' && (deleted || wasDeleted));
  if (wrong) return { code: 'VALIDATION', message: `deleted_at: does not match a ${facts.op}` };
  if (
    facts.op === 'delete' &&
    facts.actor.role === 'OPERATOR' &&
    facts.before?.created_by !== facts.actor.userId
  )
    return forbidden(`Operators may delete only the ${facts.meta.spec.noun} records they entered.`);
  return null;
}

function checkWorkflow(facts: MutationFacts, changed: readonly string[]): Refusal | null {
  const steps = workflowChanges(facts, changed);
  if (steps.length === 0 || isResumeRequest(facts, changed)) return null;
  const noun = facts.meta.spec.noun;
  if (!isApprover(facts.actor.role) || !isApprover(facts.device.role))
    return forbidden(
      `Only a leader or an administrator may approve or verify (${steps.join(', ')} of a ${noun}); ${facts.actor.userId} is ${facts.actor.role === 'OPERATOR' ? 'an operator' : 'on a PC enrolled by an operator'}.`,
    );
  if (facts.before !== null) {
    for (const name of steps) {
      const value = facts.after[name];
      if (SIGNATURE_COLUMNS.has(name) && value !== null && value !== facts.actor.userId)
        return forbidden(
          `${name}: an approval is signed by the person who gives it (${facts.actor.userId}).`,
        );
    }
  }
  if (facts.meta.table === 'hold_entry' && facts.before !== null && steps.includes('hold_status')) {
    const from = facts.before.hold_status;
    const to = facts.after.hold_status;
    const allowed = typeof from === 'string' && isOneOf(HOLD_STATUSES, from) ? HOLD_STEPS[from] : [];
    if (typeof to !== 'string' || !allowed.some((s) => s === to))
      return forbidden(`A hold cannot go from ${String(from)} to ${String(to)}.`);
  }
  return null;
}

/** The first rule the mutation breaks, or null when it may be applied. */
export function refusalOf(facts: MutationFacts): Refusal | null {
  const changed = changedColumns(facts);
  return (
    checkRoles(facts, ACTION[facts.op], changed) ??
    checkScope(facts) ??
    checkImmutable(facts) ??
    checkDeletion(facts) ??
    checkWorkflow(facts, changed)
  );
}
