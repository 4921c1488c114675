import { AppError } from '../../../src-shared/contract/errors';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { VERIFICATION_STAMPS } from '../../tenancy/entry-rules';
import type { Row, ScopedStore } from '../../tenancy/scoped-store';

/** Tables whose rows a leader verifies, and the columns that record it (an edit clears them). */
export const VERIFIABLE = VERIFICATION_STAMPS;

export type VerifiableTable = keyof typeof VERIFIABLE;

/** A leader's two-person check of an entry: stamps who verified it and when. */
export function verifyEntry(
  store: ScopedStore,
  table: VerifiableTable,
  key: Record<string, string>,
  version: number,
): Row {
  if (store.scope.role === 'OPERATOR')
    throw new AppError('FORBIDDEN', 'Only a leader or an administrator may verify entries.');
  const columns = VERIFIABLE[table];
  return store.updateSystem(TABLE_SPECS[table], key, version, {
    [columns.by]: store.scope.userId,
    [columns.at]: store.now(),
  });
}
