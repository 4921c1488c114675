import type {
  AuditAction,
  ClientType,
  EntryMethod,
  FloatingPoolStatus,
  HoldStatus,
  InspectionMethod,
  PriorityLevel,
  Role,
  RootCause,
  Severity,
  ShiftType,
  WorkOrderStatus,
} from '../../domain/enums';
import type { Language } from '../locale';

/**
 * Every enumeration's words in one language: a value missing from a language is a compile error.
 * A type, not an interface, so a catalogue holding it stays a plain tree of strings.
 */
export type EnumWords = {
  shift_type: Record<ShiftType, string>;
  work_order_status: Record<WorkOrderStatus, string>;
  priority_level: Record<PriorityLevel, string>;
  client_type: Record<ClientType, string>;
  hold_status: Record<HoldStatus, string>;
  floating_pool_status: Record<FloatingPoolStatus, string>;
  entry_method: Record<EntryMethod, string>;
  inspection_method: Record<InspectionMethod, string>;
  root_cause: Record<RootCause, string>;
  severity: Record<Severity, string>;
  audit_action: Record<AuditAction, string>;
  role: Record<Role, string>;
};

/** An enumeration's name, as the catalogues key it (`enums.shift_type.SAT_OT`). */
export type EnumName = keyof EnumWords;

/** A value's words from one language's table, or null for a name or value the table does not hold. */
export function enumWordIn(words: EnumWords, enumName: string, code: string): string | null {
  if (!Object.hasOwn(words, enumName)) return null;
  const values: Readonly<Record<string, string>> = words[enumName as EnumName];
  return Object.hasOwn(values, code) ? (values[code] ?? null) : null;
}

/** Languages' tables are filled in by index.ts; this type ties them to `Language`. */
export type EnumWordsByLanguage = Readonly<Record<Language, EnumWords>>;
