import { CLIENT_TYPES, FLOATING_POOL_STATUSES, ROLES } from '../../../src-shared/domain/enums';
import type { Migration } from '../migration';
import { clientIdImmutable, inList, isBool, isCode, isKey, isTimestamp, SYNC_COLUMNS } from './ddl-helpers';

/**
 * Plant-level entities: clients, users, employees and the floating pool, with the two assignment
 * tables that replace the inventory's comma-separated `client_id_assigned` (kept as a plain column
 * for import/export only: nothing reads it for access or tenancy, so it has no foreign key).
 */
const DDL = `
CREATE TABLE client (
  client_id TEXT PRIMARY KEY NOT NULL CHECK (${isCode('client_id', 20)}),
  client_name TEXT,
  client_contact TEXT,
  client_email TEXT,
  client_phone TEXT,
  location TEXT,
  supervisor_id TEXT REFERENCES employee (employee_id),
  planner_id TEXT REFERENCES employee (employee_id),
  engineering_id TEXT REFERENCES employee (employee_id),
  client_type TEXT CHECK (${inList('client_type', CLIENT_TYPES)}),
  timezone TEXT,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (${isBool('is_active')}),${SYNC_COLUMNS}
) STRICT;
${clientIdImmutable('client')}

CREATE TABLE app_user (
  user_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('user_id')}),
  -- NOCASE: "JSmith" and "jsmith" are one login.
  username TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (${isCode('username', 50)}),
  full_name TEXT,
  email TEXT,
  -- No default: a user's powers are always chosen, never assumed.
  role TEXT NOT NULL CHECK (${inList('role', ROLES)}),
  client_id_assigned TEXT,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (${isBool('is_active')}),
  last_login TEXT CHECK (${isTimestamp('last_login')}),
  -- NULL until a password is set (a user created by import signs in after an admin sets one).
  password_hash TEXT,
  failed_login_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
  locked_until TEXT CHECK (${isTimestamp('locked_until')}),${SYNC_COLUMNS}
) STRICT;

CREATE TABLE user_client_access (
  user_id TEXT NOT NULL REFERENCES app_user (user_id),
  client_id TEXT NOT NULL REFERENCES client (client_id),${SYNC_COLUMNS},
  PRIMARY KEY (user_id, client_id)
) STRICT;
${clientIdImmutable('user_client_access')}

CREATE TABLE employee (
  employee_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('employee_id')}),
  employee_name TEXT,
  department TEXT,
  is_floating_pool INTEGER NOT NULL DEFAULT 0 CHECK (${isBool('is_floating_pool')}),
  is_support_billed INTEGER NOT NULL DEFAULT 0 CHECK (${isBool('is_support_billed')}),
  is_support_included INTEGER NOT NULL DEFAULT 0 CHECK (${isBool('is_support_included')}),
  client_id_assigned TEXT,
  hourly_rate REAL CHECK (hourly_rate >= 0),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (${isBool('is_active')}),${SYNC_COLUMNS}
) STRICT;

-- Attendance and coverage point at this pair (composite foreign keys), so an employee's
-- attendance can only be recorded for a client the employee is assigned to.
CREATE TABLE employee_client_assignment (
  employee_id TEXT NOT NULL REFERENCES employee (employee_id),
  client_id TEXT NOT NULL REFERENCES client (client_id),${SYNC_COLUMNS},
  PRIMARY KEY (employee_id, client_id)
) STRICT;
${clientIdImmutable('employee_client_assignment')}
CREATE INDEX employee_client_assignment_client ON employee_client_assignment (client_id);

-- One row per availability change of a floating employee (its id is employee + timestamp), so an
-- employee may have many rows; coverage_entry checks membership by trigger, not by foreign key.
CREATE TABLE floating_pool (
  floating_pool_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('floating_pool_id')}),
  employee_id TEXT NOT NULL REFERENCES employee (employee_id),
  status TEXT NOT NULL DEFAULT 'AVAILABLE' CHECK (${inList('status', FLOATING_POOL_STATUSES)}),
  assigned_to_client TEXT REFERENCES client (client_id),
  assigned_by_user_id TEXT REFERENCES app_user (user_id),
  last_updated_at TEXT CHECK (${isTimestamp('last_updated_at')}),
  notes TEXT,${SYNC_COLUMNS},
  CHECK (status <> 'AVAILABLE' OR assigned_to_client IS NULL)
) STRICT;
CREATE INDEX floating_pool_employee ON floating_pool (employee_id);

-- The inventory: "must have is_floating_pool = TRUE".
CREATE TRIGGER floating_pool_requires_floating_employee BEFORE INSERT ON floating_pool
  WHEN NOT EXISTS (SELECT 1 FROM employee WHERE employee_id = NEW.employee_id AND is_floating_pool = 1)
  BEGIN SELECT RAISE(ABORT, 'floating_pool.employee_id must be an employee with is_floating_pool = 1'); END;
CREATE TRIGGER floating_pool_requires_floating_employee_update BEFORE UPDATE OF employee_id ON floating_pool
  WHEN NEW.employee_id IS NOT OLD.employee_id
    AND NOT EXISTS (SELECT 1 FROM employee WHERE employee_id = NEW.employee_id AND is_floating_pool = 1)
  BEGIN SELECT RAISE(ABORT, 'floating_pool.employee_id must be an employee with is_floating_pool = 1'); END;
`;

export const coreEntities: Migration = {
  name: '0001-core-entities',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
