import { SEVERITIES, SHIFT_TYPES } from '../../../src-shared/domain/enums';
import type { Migration } from '../migration';
import { CLIENT_CONFIG_DEFAULTS as D } from '../reference-defaults';
import {
  clientIdImmutable,
  inList,
  isBool,
  isKey,
  isTime,
  isUpperSnake,
  minutesOfDay,
  SYNC_COLUMNS,
} from './ddl-helpers';

/**
 * Per-client reference tables, keyed by (client_id, code). Entry columns that name a reason, an
 * absence type or a defect type reference these rows with composite foreign keys: a plant adds its
 * own codes without a schema change, but no free text reaches a column that a KPI groups by.
 * `insertClientDefaults` fills them for a new client.
 */

/** The three simple code lists share one shape. */
function codeList(table: string): string {
  return `
CREATE TABLE ${table} (
  client_id TEXT NOT NULL REFERENCES client (client_id),
  code TEXT NOT NULL CHECK (${isUpperSnake('code')}),
  label TEXT NOT NULL CHECK (length(label) > 0),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (${isBool('is_active')}),
  sort_order INTEGER NOT NULL DEFAULT 0,${SYNC_COLUMNS},
  PRIMARY KEY (client_id, code)
) STRICT;
${clientIdImmutable(table)}`;
}

const SHIFT_MINUTES = `((${minutesOfDay('end_time')} - ${minutesOfDay('start_time')} + 1440) % 1440)`;

const DDL = `
-- One row per client: the KPI targets and inference defaults of KPIS.md. Never NULL: the KPI
-- engine reads them without a fallback of its own.
CREATE TABLE client_config (
  client_id TEXT PRIMARY KEY NOT NULL REFERENCES client (client_id),
  efficiency_target REAL NOT NULL DEFAULT ${D.efficiency_target} CHECK (efficiency_target >= 0),
  performance_target REAL NOT NULL DEFAULT ${D.performance_target} CHECK (performance_target >= 0),
  availability_target REAL NOT NULL DEFAULT ${D.availability_target} CHECK (availability_target BETWEEN 0 AND 100),
  oee_target REAL NOT NULL DEFAULT ${D.oee_target} CHECK (oee_target BETWEEN 0 AND 100),
  fpy_target REAL NOT NULL DEFAULT ${D.fpy_target} CHECK (fpy_target BETWEEN 0 AND 100),
  ppm_target INTEGER NOT NULL DEFAULT ${D.ppm_target} CHECK (ppm_target BETWEEN 0 AND 1000000),
  dpmo_opportunities_default INTEGER NOT NULL DEFAULT ${D.dpmo_opportunities_default}
    CHECK (dpmo_opportunities_default >= 1),
  otd_target REAL NOT NULL DEFAULT ${D.otd_target} CHECK (otd_target BETWEEN 0 AND 100),
  absenteeism_target REAL NOT NULL DEFAULT ${D.absenteeism_target} CHECK (absenteeism_target BETWEEN 0 AND 100),
  wip_aging_threshold_days INTEGER NOT NULL DEFAULT ${D.wip_aging_threshold_days}
    CHECK (wip_aging_threshold_days >= 0),
  wip_critical_threshold_days INTEGER NOT NULL DEFAULT ${D.wip_critical_threshold_days},
  default_cycle_time_hours REAL NOT NULL DEFAULT ${D.default_cycle_time_hours} CHECK (default_cycle_time_hours > 0),${SYNC_COLUMNS},
  CHECK (wip_critical_threshold_days >= wip_aging_threshold_days)
) STRICT;
${clientIdImmutable('client_config')}

-- The shift calendar. A shift may cross midnight (SHIFT_2ND 21:00-06:00), hence the modulo.
CREATE TABLE shift (
  client_id TEXT NOT NULL REFERENCES client (client_id),
  shift_type TEXT NOT NULL CHECK (${inList('shift_type', SHIFT_TYPES)}),
  start_time TEXT NOT NULL CHECK (${isTime('start_time')}),
  end_time TEXT NOT NULL CHECK (${isTime('end_time')}),
  break_minutes INTEGER NOT NULL DEFAULT 0 CHECK (break_minutes >= 0),${SYNC_COLUMNS},
  PRIMARY KEY (client_id, shift_type),
  CHECK (start_time <> end_time),
  -- A break as long as the shift would give the KPI engine zero or negative scheduled hours.
  CHECK (break_minutes < ${SHIFT_MINUTES})
) STRICT;
${clientIdImmutable('shift')}

CREATE TABLE product (
  client_id TEXT NOT NULL REFERENCES client (client_id),
  style_model TEXT NOT NULL CHECK (${isKey('style_model', 100)}),
  description TEXT,
  ideal_cycle_time REAL CHECK (ideal_cycle_time > 0),${SYNC_COLUMNS},
  PRIMARY KEY (client_id, style_model)
) STRICT;
${clientIdImmutable('product')}

CREATE TABLE defect_type (
  client_id TEXT NOT NULL REFERENCES client (client_id),
  defect_code TEXT NOT NULL CHECK (${isUpperSnake('defect_code')}),
  defect_name TEXT NOT NULL CHECK (length(defect_name) > 0),
  description TEXT,
  category TEXT,
  severity_default TEXT CHECK (${inList('severity_default', SEVERITIES)}),
  industry_standard_code TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (${isBool('is_active')}),${SYNC_COLUMNS},
  PRIMARY KEY (client_id, defect_code)
) STRICT;
${clientIdImmutable('defect_type')}
${codeList('downtime_reason')}
${codeList('hold_reason')}
${codeList('absence_type')}
`;

export const referenceTables: Migration = {
  name: '0002-reference-tables',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
