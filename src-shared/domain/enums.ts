/**
 * Fixed enumerations (DATA.md § Enumerations). Each list is the single source of its values: the
 * database CHECK constraints are built from these constants, and the renderer and the validation
 * schemas import them. Pure TypeScript: no Node imports.
 *
 * Per-client lists that a plant may extend (downtime reasons, hold reasons, absence types, defect
 * types) are reference rows, not enumerations; their default codes live in
 * `src-main/db/reference-defaults.ts`. Their words for screens are in `enum-labels.ts`.
 */
import { ROLES, type Role } from './roles';

export { ROLES, type Role };

export const SHIFT_TYPES = ['SHIFT_1ST', 'SHIFT_2ND', 'SAT_OT', 'SUN_OT', 'OTHER'] as const;
export type ShiftType = (typeof SHIFT_TYPES)[number];

export const WORK_ORDER_STATUSES = ['ACTIVE', 'ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const PRIORITY_LEVELS = ['RUSH', 'STANDARD', 'LOW'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

export const CLIENT_TYPES = ['HOURLY_RATE', 'PIECE_RATE', 'HYBRID', 'SERVICE', 'OTHER'] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];

/** The hold workflow: PENDING_HOLD_APPROVAL → ON_HOLD → PENDING_RESUME_APPROVAL → RESUMED, or CANCELLED. */
export const HOLD_STATUSES = [
  'PENDING_HOLD_APPROVAL',
  'ON_HOLD',
  'PENDING_RESUME_APPROVAL',
  'RESUMED',
  'CANCELLED',
] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

/**
 * The inventory's ASSIGNED_CLIENT_A, ASSIGNED_CLIENT_B, … put a client id inside a code; here the
 * status is ASSIGNED and `floating_pool.assigned_to_client` names the client.
 */
export const FLOATING_POOL_STATUSES = ['AVAILABLE', 'ASSIGNED'] as const;
export type FloatingPoolStatus = (typeof FLOATING_POOL_STATUSES)[number];

export const ENTRY_METHODS = ['MANUAL_ENTRY', 'CSV_UPLOAD', 'QR_SCAN', 'API', 'SYSTEM_IMPORT'] as const;
export type EntryMethod = (typeof ENTRY_METHODS)[number];

export const INSPECTION_METHODS = [
  'VISUAL',
  'MEASUREMENT',
  'FUNCTIONAL_TEST',
  'SAMPLE_CHECK',
  '100_PERCENT_INSPECTION',
  'OTHER',
] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

export const ROOT_CAUSES = [
  'OPERATOR_ERROR',
  'MATERIAL_ISSUE',
  'EQUIPMENT_ISSUE',
  'PROCESS_ISSUE',
  'DESIGN_ISSUE',
  'UNKNOWN',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** Defect severities, as the industry templates use them. */
export const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AUDIT_ACTIONS = ['INSERT', 'UPDATE', 'DELETE', 'RESTORE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The inventory's spellings that the importer maps to our codes (DATA.md § Enumerations). */
export const INVENTORY_ROLE_ALIASES: Readonly<Record<string, Role>> = {
  OPERATOR_DATAENTRY: 'OPERATOR',
  LEADER_DATACONFIG: 'LEADER',
};

/** True when `value` is one of `values`; narrows the type. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
