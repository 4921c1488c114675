/**
 * Every enumeration's words, as a plant user reads them. Screens show these; the database, the
 * payloads and CSV files keep the codes. A label is also accepted where a code is typed or pasted
 * (see `enumCodeOf`), so no two values of one enumeration may share a label, and no label may be
 * another value's code: `enum-labels.test.ts` checks both.
 */

import { ENUM_WORDS_EN } from '../i18n/enum-words/en';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  CLIENT_TYPES,
  type ClientType,
  ENTRY_METHODS,
  type EntryMethod,
  FLOATING_POOL_STATUSES,
  type FloatingPoolStatus,
  HOLD_STATUSES,
  type HoldStatus,
  INSPECTION_METHODS,
  type InspectionMethod,
  PRIORITY_LEVELS,
  type PriorityLevel,
  ROLES,
  ROOT_CAUSES,
  type Role,
  type RootCause,
  SEVERITIES,
  type Severity,
  SHIFT_TYPES,
  type ShiftType,
  WORK_ORDER_STATUSES,
  type WorkOrderStatus,
} from './enums';

/**
 * Who words an enumeration in the user's language: the renderer sets one (its Spanish catalogue);
 * the CLI and the core never do, so files, logs and the CLI keep the English words.
 */
export type EnumTranslator = (enumName: string, code: string) => string | null;
let translator: EnumTranslator | null = null;

/** Sets (or with null, clears) the translator every label below is read through. */
export function setEnumTranslator(next: EnumTranslator | null): void {
  translator = next;
}

/** A label record whose words are read through the translator at each use, English otherwise. */
function labelled<K extends string>(
  enumName: string,
  english: Readonly<Record<K, string>>,
): Readonly<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const code of Object.keys(english) as K[]) {
    Object.defineProperty(out, code, {
      enumerable: true,
      get: () => translator?.(enumName, code) ?? english[code],
    });
  }
  return out as Readonly<Record<K, string>>;
}

export const SHIFT_TYPE_LABELS: Readonly<Record<ShiftType, string>> = labelled(
  'shift_type',
  ENUM_WORDS_EN.shift_type,
);

export const WORK_ORDER_STATUS_LABELS: Readonly<Record<WorkOrderStatus, string>> = labelled(
  'work_order_status',
  ENUM_WORDS_EN.work_order_status,
);

export const PRIORITY_LEVEL_LABELS: Readonly<Record<PriorityLevel, string>> = labelled(
  'priority_level',
  ENUM_WORDS_EN.priority_level,
);

export const CLIENT_TYPE_LABELS: Readonly<Record<ClientType, string>> = labelled(
  'client_type',
  ENUM_WORDS_EN.client_type,
);

/**
 * The floor's names for the hold workflow's steps. "Hold requested" rather than "pending hold
 * approval": the row says what happened, and the hold panel says who decides next.
 */
export const HOLD_STATUS_LABELS: Readonly<Record<HoldStatus, string>> = labelled(
  'hold_status',
  ENUM_WORDS_EN.hold_status,
);

export const FLOATING_POOL_STATUS_LABELS: Readonly<Record<FloatingPoolStatus, string>> = labelled(
  'floating_pool_status',
  ENUM_WORDS_EN.floating_pool_status,
);

export const ENTRY_METHOD_LABELS: Readonly<Record<EntryMethod, string>> = labelled(
  'entry_method',
  ENUM_WORDS_EN.entry_method,
);

export const INSPECTION_METHOD_LABELS: Readonly<Record<InspectionMethod, string>> = labelled(
  'inspection_method',
  ENUM_WORDS_EN.inspection_method,
);

export const ROOT_CAUSE_LABELS: Readonly<Record<RootCause, string>> = labelled(
  'root_cause',
  ENUM_WORDS_EN.root_cause,
);

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = labelled(
  'severity',
  ENUM_WORDS_EN.severity,
);

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = labelled(
  'audit_action',
  ENUM_WORDS_EN.audit_action,
);

/** Roles as people on the floor say them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = labelled('role', ENUM_WORDS_EN.role);

/** One enumeration and its words. */
export interface LabelledEnum {
  values: readonly string[];
  labels: Readonly<Record<string, string>>;
}

/** Every enumeration with its labels: the list the completeness test walks. */
export const LABELLED_ENUMS: Readonly<Record<string, LabelledEnum>> = {
  shift_type: { values: SHIFT_TYPES, labels: SHIFT_TYPE_LABELS },
  work_order_status: { values: WORK_ORDER_STATUSES, labels: WORK_ORDER_STATUS_LABELS },
  priority_level: { values: PRIORITY_LEVELS, labels: PRIORITY_LEVEL_LABELS },
  client_type: { values: CLIENT_TYPES, labels: CLIENT_TYPE_LABELS },
  hold_status: { values: HOLD_STATUSES, labels: HOLD_STATUS_LABELS },
  floating_pool_status: { values: FLOATING_POOL_STATUSES, labels: FLOATING_POOL_STATUS_LABELS },
  entry_method: { values: ENTRY_METHODS, labels: ENTRY_METHOD_LABELS },
  inspection_method: { values: INSPECTION_METHODS, labels: INSPECTION_METHOD_LABELS },
  root_cause: { values: ROOT_CAUSES, labels: ROOT_CAUSE_LABELS },
  severity: { values: SEVERITIES, labels: SEVERITY_LABELS },
  audit_action: { values: AUDIT_ACTIONS, labels: AUDIT_ACTION_LABELS },
  role: { values: ROLES, labels: ROLE_LABELS },
};

/** A code's label; a value outside the enumeration (an old row, a typo) is shown as it is. */
export function enumLabel(labels: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}

/** Case, spaces, hyphens and underscores do not tell two spellings apart: "on-hold" is ON_HOLD. */
export function spelling(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replaceAll(/[\s_-]+/g, '_');
}

/**
 * The code that typed or pasted text names: the code itself in any case, its label ("On hold"),
 * or the code written with spaces ("on hold"); null when it names none of `values`.
 */
export function enumCodeOf(
  values: readonly string[],
  labels: Readonly<Record<string, string>>,
  text: string,
): string | null {
  const wanted = spelling(text);
  if (wanted === '') return null;
  return (
    values.find((v) => spelling(v) === wanted) ??
    values.find((v) => spelling(enumLabel(labels, v)) === wanted) ??
    null
  );
}

/**
 * The allowed values for an error message, read by both audiences: the grid's user knows the
 * words, a CSV file holds the codes. "1st shift (SHIFT_1ST), 2nd shift (SHIFT_2ND), …"
 */
export function choicesText(values: readonly string[], labels: Readonly<Record<string, string>>): string {
  return values
    .map((v) => {
      const label = enumLabel(labels, v);
      return label === v ? v : `${label} (${v})`;
    })
    .join(', ');
}
