import { AUDIT_ACTIONS } from '../../../src-shared/domain/enums';
import { FLOORKPI_APPLICATION_ID } from '../database-file';
import type { Migration } from '../migration';
import { inList, isTimestamp } from './ddl-helpers';

/**
 * The audit log, hardened (issue 8):
 * - INSERT OR REPLACE (and REPLACE INTO) deleted the row it replaced without firing the delete
 *   trigger (SQLite fires delete triggers on REPLACE only with recursive_triggers on, which no
 *   other program opening the file sets): a BEFORE INSERT trigger now refuses any insert that
 *   names an existing id, so no row can be swapped for another.
 * - The JSON CHECKs say outright that NULL passes. SQLite before 3.45 (JSON1) answers
 *   json_valid(NULL) with 0, so on an older sqlite3 every NULL before_json (every INSERT's) failed
 *   its CHECK and integrity_check reported the file as broken.
 * A CHECK cannot be altered in place: the table is rebuilt, every row and id kept (AUTOINCREMENT
 * then continues after the highest id ever used). It also stamps FloorKPI's application id into the header,
 * so a FloorKPI file is recognised before anything is written to it.
 */
const DDL = `
CREATE TABLE audit_log_0014 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL CHECK (${isTimestamp('at')}),
  user_id TEXT,
  client_id TEXT,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (${inList('action', AUDIT_ACTIONS)}),
  before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
) STRICT;
INSERT INTO audit_log_0014 (id, at, user_id, client_id, table_name, row_id, action, before_json, after_json)
  SELECT id, at, user_id, client_id, table_name, row_id, action, before_json, after_json FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_0014 RENAME TO audit_log;
CREATE INDEX audit_log_client_at ON audit_log (client_id, at);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
  WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be replaced'); END;
`;

export const auditLogAppendOnly: Migration = {
  name: '0014-audit-log-append-only',
  up(sqlite) {
    const sequence = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    const seq = (sequence.get() as { seq: number } | undefined)?.seq ?? 0;
    sqlite.exec(DDL);
    // AUTOINCREMENT's high-water mark went with the old table: an id once used is never used again.
    sqlite.prepare("DELETE FROM sqlite_sequence WHERE name = 'audit_log'").run();
    sqlite
      .prepare(
        "INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', max(?, (SELECT coalesce(max(id), 0) FROM audit_log)))",
      )
      .run(seq);
    sqlite.pragma(`application_id = ${FLOORKPI_APPLICATION_ID}`);
  },
};
