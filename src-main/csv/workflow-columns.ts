import type { WorkflowDowngrade } from '../../src-shared/contract/csv';
import type { HoldStatus } from '../../src-shared/domain/enums';
import { localIsoDate } from '../../src-shared/domain/plant-clock';
import { columnOf, type TableSpec } from '../../src-shared/tables/column';
import { valueSchema } from '../../src-shared/tables/to-zod';
import { WORKFLOW_COLUMNS } from '../../src-shared/tables/workflow-columns';
import { holdDurationHours } from '../services/holds/hold-duration';
import type { Row, ScopedStore } from '../tenancy/scoped-store';
import type { RejectedRow } from './csv-errors';

/** The verification columns of each verified table: who and when. */
const VERIFICATION: Readonly<Record<string, { by: string; at: string }>> = {
  production_entry: { by: 'verified_by', at: 'verified_at' },
  quality_entry: { by: 'verified_by_user_id', at: 'verified_at' },
  attendance_entry: { by: 'verified_by_user_id', at: 'verified_at' },
};

/** Statuses of a hold that a leader approved (KPIS.md: they pause the WIP clock and age). */
const APPROVED: readonly HoldStatus[] = ['ON_HOLD', 'PENDING_RESUME_APPROVAL', 'RESUMED'];

export interface WorkflowCheck {
  /** The workflow columns to write with the row. */
  values: Row;
  problems: RejectedRow[];
  /** What the file said that this role may not set (an operator's import), to tell the user. */
  downgrade: { kind: WorkflowDowngrade['kind']; columns: string[] } | null;
}

const given = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * Checks and completes the workflow columns of imported rows (DATA.md, README § Import):
 * - ADMIN, POWERUSER and LEADER keep them: a hold's status must fit its approvals and dates,
 *   approvers and verifiers must be users (id or username) who may approve for the row's client,
 *   approval and verification times may not come before the hold or shift date nor after now, a
 *   blank approver of an approved hold or a verification with a time is the importing user (who
 *   vouches for it, as a blank recorder is), and a hold's duration is computed, never read.
 * - An OPERATOR approves nothing: holds arrive as requests, verification and confirmations are
 *   left out, and `downgrade` says so for the import summary.
 */
export class WorkflowImport {
  readonly #store: ScopedStore;
  readonly #spec: TableSpec;
  readonly #operator: boolean;
  readonly #approvers = new Map<string, ReturnType<ScopedStore['approverFor']>>();
  /** Each workflow column's value schema, built once per import rather than once per cell. */
  readonly #schemas = new Map<string, ReturnType<typeof valueSchema>>();
  readonly #downgraded = new Map<WorkflowDowngrade['kind'], { rows: number; columns: Set<string> }>();

  constructor(store: ScopedStore, spec: TableSpec) {
    this.#store = store;
    this.#spec = spec;
    this.#operator = store.scope.role === 'OPERATOR';
  }

  /** Validates the row's workflow cells (`cells`, parsed) against the row's other values (`data`). */
  check(data: Readonly<Row>, cells: Readonly<Row>, row: number): WorkflowCheck {
    const problems: RejectedRow[] = [];
    const typed: Row = {};
    for (const [name, value] of Object.entries(cells)) {
      const schema = this.#schemaOf(name);
      if (!schema || !given(value)) continue;
      const parsed = schema.safeParse(value);
      if (parsed.success) typed[name] = parsed.data;
      else problems.push({ row, field: name, message: parsed.error.issues[0]?.message ?? 'is not valid' });
    }
    if (problems.length > 0) return { values: {}, problems, downgrade: null };
    if (this.#operator) return this.#asRequest(typed);
    const context = new RowContext(this.#store, data, row, (ref, client) => this.#approver(ref, client));
    if (this.#spec.table === 'hold_entry') holdWorkflow(context, typed);
    const verification = VERIFICATION[this.#spec.table];
    if (verification) verify(context, typed, verification.by, verification.at);
    // A confirmation has no name or time of its own: the importing leader vouches for it. (An
    // absence may be covered through a coverage entry alone, so it needs no covered_by.)
    for (const flag of ['coverage_confirmed', 'verified'])
      if (given(typed[flag])) context.values[flag] = typed[flag];
    return { values: context.values, problems: context.problems, downgrade: null };
  }

  /** Records a written row's downgrade for the summary (rows refused or rolled back are not counted). */
  note(downgrade: WorkflowCheck['downgrade']): void {
    if (!downgrade) return;
    const entry = this.#downgraded.get(downgrade.kind) ?? { rows: 0, columns: new Set<string>() };
    entry.rows += 1;
    for (const column of downgrade.columns) entry.columns.add(column);
    this.#downgraded.set(downgrade.kind, entry);
  }

  /** What the rows noted so far lost, in the file's column order. */
  get downgraded(): WorkflowDowngrade[] {
    const order = WORKFLOW_COLUMNS[this.#spec.table] ?? [];
    return [...this.#downgraded.entries()].map(([kind, { rows, columns }]) => ({
      kind,
      rows,
      columns: order.filter((c) => columns.has(c)),
    }));
  }

  /** An operator's row: a hold is a request, nothing is verified or confirmed. */
  #asRequest(typed: Row): WorkflowCheck {
    if (this.#spec.table === 'hold_entry') {
      const kept = Object.keys(typed).filter(
        (name) => !(name === 'hold_status' && typed[name] === 'PENDING_HOLD_APPROVAL'),
      );
      return {
        values: { hold_status: 'PENDING_HOLD_APPROVAL' },
        problems: [],
        downgrade: kept.length > 0 ? { kind: 'holds_requested', columns: kept } : null,
      };
    }
    // A 0 (not verified, not confirmed) is what the row gets anyway: only a claim is lost.
    const claimed = Object.keys(typed).filter((name) => typed[name] !== 0);
    return {
      values: {},
      problems: [],
      downgrade: claimed.length > 0 ? { kind: 'not_verified', columns: claimed } : null,
    };
  }

  #schemaOf(name: string): ReturnType<typeof valueSchema> | undefined {
    let schema = this.#schemas.get(name);
    const column = columnOf(this.#spec, name);
    if (!schema && column) {
      schema = valueSchema(column.type);
      this.#schemas.set(name, schema);
    }
    return schema;
  }

  #approver(ref: string, clientId: string): ReturnType<ScopedStore['approverFor']> {
    const key = `${ref}\u0000${clientId}`;
    let found = this.#approvers.get(key);
    if (!found) {
      found = this.#store.approverFor(ref, clientId);
      this.#approvers.set(key, found);
    }
    return found;
  }
}

/** One row's checks: its values so far, its problems, and the lookups it needs. */
class RowContext {
  readonly values: Row = {};
  readonly problems: RejectedRow[] = [];
  readonly data: Readonly<Row>;
  readonly #store: ScopedStore;
  readonly #row: number;
  readonly #lookup: (ref: string, clientId: string) => ReturnType<ScopedStore['approverFor']>;

  constructor(
    store: ScopedStore,
    data: Readonly<Row>,
    row: number,
    lookup: (ref: string, clientId: string) => ReturnType<ScopedStore['approverFor']>,
  ) {
    this.#store = store;
    this.data = data;
    this.#row = row;
    this.#lookup = lookup;
  }

  problem(field: string, message: string): void {
    this.problems.push({ row: this.#row, field, message });
  }

  /**
   * The user id of the approver a cell names, checked for approval rights on the row's client;
   * blank means the importing user, who may approve there (their import of this row is allowed).
   */
  approver(field: string, ref: unknown, act: string): string | null {
    if (!given(ref)) return this.#store.scope.userId;
    const clientId = String(this.data.client_id);
    const found = this.#lookup(String(ref), clientId);
    if (!found.found) {
      this.problem(field, `${String(ref)} is not a known user id or username`);
      return null;
    }
    if (!found.mayApprove) {
      this.problem(
        field,
        `${String(ref)} may not ${act} of client ${clientId} (only its leaders and the administrators may)`,
      );
      return null;
    }
    return found.userId;
  }

  /** An approval or verification time: on or after `date` on the plant's clock, and not in the future. */
  moment(field: string, value: unknown, date: unknown, dateWords: string): void {
    if (typeof value !== 'string') return;
    if (value > this.#store.now()) this.problem(field, 'must not be in the future');
    else if (typeof date === 'string' && localIsoDate(new Date(value)) < date)
      this.problem(field, `must not be before ${dateWords} ${date}`);
  }
}

/** A hold's status, approvals and duration (DATA.md § Hold workflow). */
function holdWorkflow(context: RowContext, typed: Row): void {
  const { data, values } = context;
  const status = (typed.hold_status ?? 'PENDING_HOLD_APPROVAL') as HoldStatus;
  values.hold_status = status;
  const holdGiven = ['hold_approved_by_user_id', 'hold_approved_at'].filter((c) => given(typed[c]));
  if (status === 'PENDING_HOLD_APPROVAL') {
    for (const field of holdGiven)
      context.problem(
        field,
        'must be blank while the hold waits for approval (hold_status PENDING_HOLD_APPROVAL)',
      );
  } else if (APPROVED.includes(status) || holdGiven.length > 0) {
    // A cancelled hold may have been approved before it was called off; an approved one always was.
    values.hold_approved_by_user_id = context.approver(
      'hold_approved_by_user_id',
      typed.hold_approved_by_user_id,
      'approve holds',
    );
    values.hold_approved_at = typed.hold_approved_at ?? null;
  }
  const resumeGiven = ['resume_approved_by_user_id', 'resume_approved_at'].filter((c) => given(typed[c]));
  if (status !== 'RESUMED') {
    for (const field of resumeGiven)
      context.problem(field, `must be blank unless the hold is RESUMED (it is ${status})`);
  } else {
    values.resume_approved_by_user_id = context.approver(
      'resume_approved_by_user_id',
      typed.resume_approved_by_user_id,
      'approve resumes',
    );
    values.resume_approved_at = typed.resume_approved_at ?? null;
  }
  if ((status === 'PENDING_RESUME_APPROVAL' || status === 'RESUMED') && !given(data.resume_date))
    context.problem('resume_date', `is required when the hold is ${status}`);
  context.moment('hold_approved_at', values.hold_approved_at, data.hold_date, 'the hold date');
  context.moment('resume_approved_at', values.resume_approved_at, data.hold_date, 'the hold date');
  const holdAt = values.hold_approved_at;
  const resumeAt = values.resume_approved_at;
  if (typeof holdAt === 'string' && typeof resumeAt === 'string' && resumeAt < holdAt)
    context.problem('resume_approved_at', `must not be before the hold was approved (${holdAt})`);
  // Computed as the workflow computes it on resume: a file's figure is never trusted.
  values.total_hold_duration_hours =
    status === 'RESUMED' && typeof data.resume_date === 'string'
      ? holdDurationHours(
          String(data.hold_date),
          typeof data.hold_time === 'string' ? data.hold_time : null,
          data.resume_date,
          typeof data.resume_time === 'string' ? data.resume_time : null,
        )
      : null;
}

/** Who verified an entry and when: a verifier may approve for the client; not before the shift. */
function verify(context: RowContext, typed: Row, by: string, at: string): void {
  if (!given(typed[by]) && !given(typed[at])) return;
  context.values[by] = context.approver(by, typed[by], 'verify entries');
  context.values[at] = typed[at] ?? null;
  context.moment(at, typed[at], context.data.shift_date, 'the shift date');
}
