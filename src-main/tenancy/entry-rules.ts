import { AppError } from '../../src-shared/contract/errors';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import type { TableSpec } from '../../src-shared/tables/column';
import type { Scope } from './scope';

type Row = Record<string, unknown>;

/** The columns that record a leader's verification of an entry (set by `entries.verify`). */
export const VERIFICATION_STAMPS = {
  production_entry: { by: 'verified_by', at: 'verified_at' },
  attendance_entry: { by: 'verified_by_user_id', at: 'verified_at' },
  quality_entry: { by: 'verified_by_user_id', at: 'verified_at' },
} as const;

/** What marks a row verified, and what an edit writes to make it unverified again. */
interface Verification {
  isVerified(row: Row): boolean;
  cleared: Row;
}

const VERIFICATIONS: Readonly<Record<string, Verification>> = {
  ...Object.fromEntries(
    Object.entries(VERIFICATION_STAMPS).map(([table, { by, at }]) => [
      table,
      { isVerified: (row: Row) => row[by] != null, cleared: { [by]: null, [at]: null } },
    ]),
  ),
  // A supervisor's confirmation that the floating employee worked (set by workflow or import).
  coverage_entry: { isVerified: (row: Row) => row.verified === 1, cleared: { verified: 0 } },
};

/**
 * What an edit that changes a verified entry must also write: its verification goes, since the
 * leader checked other numbers. An OPERATOR may not undo a leader's check at all: the edit (or a
 * delete) is refused and a leader corrects the entry. Null when there is nothing to clear.
 */
export function verificationCleared(
  spec: TableSpec,
  scope: Scope,
  before: Row,
  action: 'update' | 'delete',
): Row | null {
  const verification = VERIFICATIONS[spec.table];
  if (!verification?.isVerified(before)) return null;
  if (scope.role === 'OPERATOR') {
    const verb = action === 'update' ? 'change' : 'delete';
    throw new AppError(
      'FORBIDDEN',
      `This ${spec.noun} has been verified by a leader, so an operator cannot ${verb} it. Ask a leader: their correction clears the verification.`,
      undefined,
      { key: action === 'update' ? 'entry.verifiedOperatorChange' : 'entry.verifiedOperatorDelete' },
    );
  }
  return action === 'update' ? verification.cleared : null;
}

/**
 * An OPERATOR records entries as themselves: a "who collected / recorded / reported" column (a
 * user column the store fills with the caller) may name only them. `names` limits the check to
 * the columns an update changes; leaders and up may record on someone's behalf.
 */
export function assertOwnRecorder(spec: TableSpec, scope: Scope, row: Row, names?: readonly string[]): void {
  if (scope.role !== 'OPERATOR') return;
  const issues = spec.columns
    .filter((c) => c.generated === 'current_user' && (names === undefined || names.includes(c.name)))
    .filter((c) => row[c.name] !== scope.userId)
    .map((c) => ruleIssue(c.name, 'entry.operatorOwnOnly'));
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', `${first.path}: ${first.message}`, issues);
}
