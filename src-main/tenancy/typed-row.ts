import type { Row as DbRow, TableName } from '../../src-shared/db/schema';
import type { Row } from './scoped-store';

/**
 * Names the row type of a store result. The store is table-generic and returns plain records;
 * they are rows of the spec's table as SQLite returned them, which this records for the contract.
 */
export function rowOf<T extends TableName>(_table: T, row: Row): DbRow<T> {
  return row as DbRow<T>;
}
