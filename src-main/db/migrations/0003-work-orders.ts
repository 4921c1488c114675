import { PRIORITY_LEVELS, WORK_ORDER_STATUSES } from '../../../src-shared/domain/enums';
import type { Migration } from '../migration';
import { clientIdImmutable, inList, isBool, isDate, isKey, SYNC_COLUMNS } from './ddl-helpers';

/**
 * Work orders, their jobs and the per-client part opportunities. The UNIQUE constraints that
 * repeat the primary key together with client_id exist for the children's composite foreign keys:
 * they make SQLite itself refuse a child of client B on client A's parent.
 */
const DDL = `
CREATE TABLE work_order (
  work_order_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('work_order_id')}),
  client_id TEXT NOT NULL REFERENCES client (client_id),
  style_model TEXT,
  planned_quantity INTEGER CHECK (planned_quantity > 0),
  planned_start_date TEXT CHECK (${isDate('planned_start_date')}),
  actual_start_date TEXT CHECK (${isDate('actual_start_date')}),
  planned_ship_date TEXT CHECK (${isDate('planned_ship_date')}),
  required_date TEXT CHECK (${isDate('required_date')}),
  -- Hours per unit; NULL (not 0) when unknown, so the KPI engine infers it.
  ideal_cycle_time REAL CHECK (ideal_cycle_time > 0),
  -- Status drives WIP aging; an order is ACTIVE until someone says otherwise.
  status TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (${inList('status', WORK_ORDER_STATUSES)}),
  receipt_date TEXT CHECK (${isDate('receipt_date')}),
  acknowledged_date TEXT CHECK (${isDate('acknowledged_date')}),
  priority_level TEXT NOT NULL DEFAULT 'STANDARD' CHECK (${inList('priority_level', PRIORITY_LEVELS)}),
  po_number TEXT,
  notes TEXT,
  actual_delivery_date TEXT CHECK (${isDate('actual_delivery_date')}),
  actual_completion_date TEXT CHECK (${isDate('actual_completion_date')}),
  closure_date TEXT CHECK (${isDate('closure_date')}),
  delay_reason TEXT,
  -- No default: "not recorded" and "not justified" differ for an OTD review.
  is_delay_justified INTEGER CHECK (${isBool('is_delay_justified')}),${SYNC_COLUMNS},
  UNIQUE (work_order_id, client_id)
) STRICT;
${clientIdImmutable('work_order')}
CREATE INDEX work_order_client_status ON work_order (client_id, status);

CREATE TABLE job (
  job_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('job_id')}),
  work_order_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES client (client_id),
  job_number TEXT,
  -- Not a foreign key: the inventory asks for a part_opportunities row only "if quality tracking
  -- required", and DPMO falls back to the client's default opportunities.
  part_number TEXT,
  quantity_ordered INTEGER CHECK (quantity_ordered > 0),
  quantity_completed INTEGER CHECK (quantity_completed >= 0),
  quantity_scrapped INTEGER CHECK (quantity_scrapped >= 0),
  priority_level TEXT NOT NULL DEFAULT 'STANDARD' CHECK (${inList('priority_level', PRIORITY_LEVELS)}),
  notes TEXT,${SYNC_COLUMNS},
  -- Entries reference (job, work order, client): a job must belong to the entry's own order too.
  UNIQUE (job_id, work_order_id, client_id),
  FOREIGN KEY (work_order_id, client_id) REFERENCES work_order (work_order_id, client_id)
) STRICT;
${clientIdImmutable('job')}
CREATE INDEX job_work_order ON job (work_order_id);

-- Keyed by client and part: two clients may define the same part number differently.
CREATE TABLE part_opportunities (
  client_id TEXT NOT NULL REFERENCES client (client_id),
  part_number TEXT NOT NULL CHECK (${isKey('part_number')}),
  opportunities_per_unit INTEGER CHECK (opportunities_per_unit >= 1),
  description TEXT,
  -- The inventory has both updated_by (here the sync column) and updated_by_user_id; both kept.
  updated_by_user_id TEXT REFERENCES app_user (user_id),
  notes TEXT,${SYNC_COLUMNS},
  PRIMARY KEY (client_id, part_number)
) STRICT;
${clientIdImmutable('part_opportunities')}
`;

export const workOrders: Migration = {
  name: '0003-work-orders',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
