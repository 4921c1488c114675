import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';
import type { Severity, ShiftType } from '../../src-shared/domain/enums';
import { DEFAULT_SHIFT_CALENDAR as SHARED_DEFAULT_SHIFT_CALENDAR } from '../../src-shared/domain/shift-calendar';
import {
  DEFAULT_DEFECT_TEMPLATE,
  DEFECT_TEMPLATES,
  type DefectTemplateName,
  type DefectTemplateRow,
} from './defect-templates';

/**
 * What a new client starts with (DATA.md: "a client created by import gets the default lists,
 * shift calendar and targets"). Fixed enumerations live in src-shared/domain/enums.ts; these are
 * the per-client rows a plant may edit or extend.
 */

// KPIS.md § Client targets live in src-shared so the renderer's hints show the same numbers.
import { CLIENT_CONFIG_DEFAULTS } from '../../src-shared/domain/client-defaults';
import { sqliteCompiler as db } from './compiled';
import { firstRow } from './store-compiler';

export { CLIENT_CONFIG_DEFAULTS };

export interface ShiftCalendarEntry {
  shift_type: ShiftType;
  start_time: string;
  end_time: string;
  break_minutes: number;
}

/**
 * KPIS.md § Filling in missing inputs. OTHER has no calendar row: the engine falls back to 8 h. The
 * shared shift calendar holds it, so "which shift runs now" reads the same hours without a client's.
 */
export const DEFAULT_SHIFT_CALENDAR: readonly ShiftCalendarEntry[] = SHARED_DEFAULT_SHIFT_CALENDAR;

export interface ReferenceCode {
  code: string;
  label: string;
}

/** fields.csv DOWNTIME_ENTRY.downtime_reason. */
export const DEFAULT_DOWNTIME_REASONS: readonly ReferenceCode[] = [
  { code: 'EQUIPMENT_FAILURE', label: 'Equipment failure' },
  { code: 'MATERIAL_SHORTAGE', label: 'Material shortage' },
  { code: 'CHANGEOVER_SETUP', label: 'Changeover / setup' },
  { code: 'LACK_OF_ORDERS', label: 'Lack of orders' },
  { code: 'MAINTENANCE_SCHEDULED', label: 'Scheduled maintenance' },
  { code: 'QC_HOLD', label: 'QC hold' },
  { code: 'MISSING_SPECIFICATION', label: 'Missing specification' },
  { code: 'OTHER', label: 'Other' },
];

/** fields.csv HOLD_ENTRY.hold_reason. */
export const DEFAULT_HOLD_REASONS: readonly ReferenceCode[] = [
  { code: 'MATERIAL_INSPECTION', label: 'Material inspection' },
  { code: 'QUALITY_ISSUE', label: 'Quality issue' },
  { code: 'ENGINEERING_REVIEW', label: 'Engineering review' },
  { code: 'CUSTOMER_REQUEST', label: 'Customer request' },
  { code: 'MISSING_SPECIFICATION', label: 'Missing specification' },
  { code: 'EQUIPMENT_UNAVAILABLE', label: 'Equipment unavailable' },
  { code: 'CAPACITY_CONSTRAINT', label: 'Capacity constraint' },
  { code: 'OTHER', label: 'Other' },
];

/** fields.csv ATTENDANCE_ENTRY.absence_type. */
export const DEFAULT_ABSENCE_TYPES: readonly ReferenceCode[] = [
  { code: 'UNSCHEDULED_ABSENCE', label: 'Unscheduled absence' },
  { code: 'VACATION', label: 'Vacation' },
  { code: 'MEDICAL_LEAVE', label: 'Medical leave' },
  { code: 'PERSONAL_DAY', label: 'Personal day' },
  { code: 'SUSPENDED', label: 'Suspended' },
  { code: 'OTHER', label: 'Other' },
];

function inventoryDefect(
  code: string,
  name: string,
  category: string,
  severity: Severity,
): DefectTemplateRow {
  return {
    defect_code: code,
    defect_name: name,
    description: `${name} (inventory defect code)`,
    category,
    severity_default: severity,
    industry_standard_code: null,
    sort_order: 0,
  };
}

/** fields.csv DEFECT_DETAIL.defect_type: the codes the plant's supervisors already use. */
export const INVENTORY_DEFECT_TYPES: readonly DefectTemplateRow[] = [
  inventoryDefect('STITCHING', 'Stitching', 'Sewing', 'MAJOR'),
  inventoryDefect('COLOR_MISMATCH', 'Color mismatch', 'Dyeing', 'MINOR'),
  inventoryDefect('SIZING', 'Sizing', 'Sizing', 'MAJOR'),
  inventoryDefect('MATERIAL_DEFECT', 'Material defect', 'Material', 'MAJOR'),
  inventoryDefect('ASSEMBLY', 'Assembly', 'Assembly', 'MAJOR'),
  inventoryDefect('FINISHING', 'Finishing', 'Finish', 'MINOR'),
  inventoryDefect('PACKAGING', 'Packaging', 'Packaging', 'MINOR'),
  inventoryDefect('OTHER', 'Other', 'General', 'MINOR'),
];

/**
 * A client's defect catalogue: the template's codes in their own order, then the inventory's codes
 * the template lacks (from 100), and OTHER last (1000) whichever list it came from.
 */
export function defectCatalogue(template: DefectTemplateName = DEFAULT_DEFECT_TEMPLATE): DefectTemplateRow[] {
  const rows: DefectTemplateRow[] = [];
  const seen = new Set<string>();
  const add = (row: DefectTemplateRow, sortOrder: number) => {
    if (seen.has(row.defect_code)) return;
    seen.add(row.defect_code);
    rows.push({ ...row, sort_order: row.defect_code === 'OTHER' ? 1000 : sortOrder });
  };
  for (const row of DEFECT_TEMPLATES[template]) add(row, row.sort_order);
  for (const [i, row] of INVENTORY_DEFECT_TYPES.entries()) add(row, 100 + i);
  return rows.sort((a, b) => a.sort_order - b.sort_order);
}

export interface ClientDefaultsOptions {
  /** The user creating the client; null for system and seed writes. */
  userId: string | null;
  /** ISO 8601 UTC timestamp written to created_at/updated_at. */
  now: string;
  defectTemplate?: DefectTemplateName;
}

/** Rows inserted per table; all zero when the client already had its defaults. */
export interface ClientDefaultsResult {
  shift: number;
  client_config: number;
  downtime_reason: number;
  hold_reason: number;
  absence_type: number;
  defect_type: number;
}

/**
 * Inserts a new client's shift calendar, targets, reason lists and defect catalogue. Idempotent:
 * existing rows (also ones the plant edited) are left as they are. `ON CONFLICT DO NOTHING` rather
 * than `INSERT OR IGNORE`, which would also swallow CHECK failures and hide a bad default.
 * Writes no audit rows: the caller audits the client's creation.
 */
export function insertClientDefaults(
  sqlite: BetterSqlite3.Database,
  clientId: string,
  options: ClientDefaultsOptions,
): ClientDefaultsResult {
  const sync = {
    created_at: options.now,
    updated_at: options.now,
    created_by: options.userId,
    updated_by: options.userId,
  };
  // ON CONFLICT DO NOTHING … RETURNING: a row comes back only when it was added.
  const added = (insert: Compilable<unknown>): number => (firstRow(sqlite, insert) === undefined ? 0 : 1);
  const run = () => {
    const result: ClientDefaultsResult = {
      shift: 0,
      client_config: 0,
      downtime_reason: 0,
      hold_reason: 0,
      absence_type: 0,
      defect_type: 0,
    };
    for (const entry of DEFAULT_SHIFT_CALENDAR) {
      result.shift += added(
        db
          .insertInto('shift')
          .values({ client_id: clientId, ...entry, ...sync })
          .onConflict((oc) => oc.doNothing())
          .returning('client_id'),
      );
    }
    result.client_config += added(
      db
        .insertInto('client_config')
        .values({ client_id: clientId, ...CLIENT_CONFIG_DEFAULTS, ...sync })
        .onConflict((oc) => oc.doNothing())
        .returning('client_id'),
    );
    const lists = [
      ['downtime_reason', DEFAULT_DOWNTIME_REASONS],
      ['hold_reason', DEFAULT_HOLD_REASONS],
      ['absence_type', DEFAULT_ABSENCE_TYPES],
    ] as const;
    for (const [table, codes] of lists) {
      codes.forEach((c, i) => {
        result[table] += added(
          db
            .insertInto(table)
            .values({ client_id: clientId, ...c, sort_order: i + 1, ...sync })
            .onConflict((oc) => oc.doNothing())
            .returning('client_id'),
        );
      });
    }
    for (const row of defectCatalogue(options.defectTemplate ?? DEFAULT_DEFECT_TEMPLATE)) {
      result.defect_type += added(
        db
          .insertInto('defect_type')
          .values({ client_id: clientId, ...row, ...sync })
          .onConflict((oc) => oc.doNothing())
          .returning('client_id'),
      );
    }
    return result;
  };
  // Nested inside a caller's transaction this becomes a savepoint: all defaults or none. On its
  // own it takes the write lock first, as every write transaction does.
  return sqlite.transaction(run).immediate();
}
