export type { Action } from '../../src-shared/domain/permissions';

import { AppError } from '../../src-shared/contract/errors';
import { type Action, may } from '../../src-shared/domain/permissions';
import type { Scope } from './scope';

const ACTION_WORDS: Record<Action, string> = {
  read: 'view',
  create: 'add',
  update: 'change',
  delete: 'delete',
};

/** Refuses with FORBIDDEN when the role may not do the action on the table at all (src-shared's `may`). */
export function assertTableAction(scope: Scope, table: string, action: Action, noun: string): void {
  if (!may(scope.role, table, action)) {
    throw new AppError(
      'FORBIDDEN',
      `Your role (${scope.role}) may not ${ACTION_WORDS[action]} ${noun} records.`,
    );
  }
}

/** Row-level limits on top of the table rule: an OPERATOR deletes only rows they created. */
export function assertRowAction(
  scope: Scope,
  action: Action,
  row: { created_by?: string | null },
  noun: string,
): void {
  if (scope.role === 'OPERATOR' && action === 'delete' && row.created_by !== scope.userId) {
    throw new AppError('FORBIDDEN', `Operators may delete only the ${noun} records they entered.`);
  }
}
