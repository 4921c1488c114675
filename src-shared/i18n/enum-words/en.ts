import type { EnumWords } from './enum-words';

/**
 * Every enumeration value in English, as a plant user reads it. Screens, the CLI and rule sentences
 * show these; the database, payloads and CSV files keep the codes. One table for every reader:
 * the renderer's catalogue (`enums.*`), `enum-labels.ts` and the CLI all read this one.
 */
export const ENUM_WORDS_EN: EnumWords = {
  shift_type: {
    SHIFT_1ST: '1st shift',
    SHIFT_2ND: '2nd shift',
    SAT_OT: 'Saturday overtime',
    SUN_OT: 'Sunday overtime',
    OTHER: 'Other',
  },
  work_order_status: {
    ACTIVE: 'Active',
    ON_HOLD: 'On hold',
    COMPLETED: 'Completed',
    REJECTED: 'Rejected',
    CANCELLED: 'Cancelled',
  },
  priority_level: { RUSH: 'Rush', STANDARD: 'Standard', LOW: 'Low' },
  client_type: {
    HOURLY_RATE: 'Hourly rate',
    PIECE_RATE: 'Piece rate',
    HYBRID: 'Hybrid',
    SERVICE: 'Service',
    OTHER: 'Other',
  },
  hold_status: {
    PENDING_HOLD_APPROVAL: 'Hold requested',
    ON_HOLD: 'On hold',
    PENDING_RESUME_APPROVAL: 'Resume requested',
    RESUMED: 'Resumed',
    CANCELLED: 'Cancelled',
  },
  floating_pool_status: { AVAILABLE: 'Available', ASSIGNED: 'Assigned' },
  entry_method: {
    MANUAL_ENTRY: 'Typed in',
    CSV_UPLOAD: 'CSV import',
    QR_SCAN: 'QR scan',
    API: 'From another system',
    SYSTEM_IMPORT: 'System import',
  },
  inspection_method: {
    VISUAL: 'Visual',
    MEASUREMENT: 'Measurement',
    FUNCTIONAL_TEST: 'Functional test',
    SAMPLE_CHECK: 'Sample check',
    '100_PERCENT_INSPECTION': '100% inspection',
    OTHER: 'Other',
  },
  root_cause: {
    OPERATOR_ERROR: 'Operator error',
    MATERIAL_ISSUE: 'Material issue',
    EQUIPMENT_ISSUE: 'Equipment issue',
    PROCESS_ISSUE: 'Process issue',
    DESIGN_ISSUE: 'Design issue',
    UNKNOWN: 'Unknown',
  },
  severity: { CRITICAL: 'Critical', MAJOR: 'Major', MINOR: 'Minor' },
  audit_action: { INSERT: 'Added', UPDATE: 'Changed', DELETE: 'Deleted', RESTORE: 'Restored' },
  role: { ADMIN: 'Administrator', POWERUSER: 'Power user', LEADER: 'Leader', OPERATOR: 'Operator' },
};
