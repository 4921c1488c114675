import { AUDIT_ACTIONS } from '../../../src-shared/domain/enums';
import type { Migration } from '../migration';
import { inList, isTimestamp } from './ddl-helpers';

/**
 * The audit log (DATA.md): written in the same transaction as the change, append-only. No foreign
 * keys: it must outlive and describe any row, and `row_id` of a composite key is the data layer's
 * encoding of it. No sync columns: it is history, not data.
 */
const DDL = `
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL CHECK (${isTimestamp('at')}),
  user_id TEXT,
  client_id TEXT,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (${inList('action', AUDIT_ACTIONS)}),
  before_json TEXT CHECK (json_valid(before_json)),
  after_json TEXT CHECK (json_valid(after_json))
) STRICT;
CREATE INDEX audit_log_client_at ON audit_log (client_id, at);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END;
`;

export const auditLog: Migration = {
  name: '0007-audit-log',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
