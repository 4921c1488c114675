import type { RuleCode, RuleParams } from '../contract/rule-codes';
import type { TextFormat } from './text-formats';
/**
 * Column specs: the one description of each user-editable column, from which the request
 * schemas, the CSV import parser and the grids' editors are derived. Row *types* come from the
 * Kysely `DB` interface; a test checks every spec against the migrated tables.
 */
export type ColumnKind =
  | { kind: 'key'; max: number }
  | {
      kind: 'text';
      max: number;
      min?: number;
      /** A format the text must have; its rule words the refusal (text-formats.ts). */
      format?: TextFormat;
      /** Free text whose spellings already in use are offered while typing (one name, one spelling). */
      suggest?: SuggestionList;
    }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'real'; min?: number; max?: number }
  | { kind: 'bool' }
  | { kind: 'date' }
  | { kind: 'time' }
  | { kind: 'timestamp' }
  /** One of fixed codes; `labels` are the words screens show for them (`domain/enum-labels.ts`). */
  | { kind: 'enum'; values: readonly string[]; labels: Readonly<Record<string, string>> }
  /** A code from one of the client's reference lists (reasons, absence types, defect types). */
  | { kind: 'code'; list: ReferenceList }
  /** A reference to another row: a parent in the same client, an employee or a user. */
  | { kind: 'ref'; target: RefTarget };

/** Free-text fields with a list of the values already used (see contract/suggestions.ts). */
export type SuggestionList = 'quality_operation';

export type ReferenceList = 'downtime_reason' | 'hold_reason' | 'absence_type' | 'defect_type';
export type RefTarget =
  | 'client'
  | 'work_order'
  | 'job'
  | 'quality_entry'
  | 'employee'
  /** An employee assigned to the row's client (attendance, the absent side of a coverage). */
  | 'assigned_employee'
  /** An employee of the floating pool (`is_floating_pool` = 1). */
  | 'floating_employee'
  /** A user id or the username of an existing user; stored as the user id. */
  | 'user';

export interface ColumnSpec {
  name: string;
  label: string;
  type: ColumnKind;
  /** Must be given on create (keys, client, parents, an entry's date). Blank is otherwise allowed. */
  required?: boolean;
  /** Filled by the system when absent (an id, a recorder); a given value is still validated. */
  generated?: 'uuid' | 'current_user' | 'now';
  /** Written only by workflow code, never accepted from a create/update payload. */
  readOnly?: boolean;
  /** Secret (a password hash): never in a payload, a response, an export or the audit log. */
  hidden?: boolean;
}

/**
 * A cross-field rule: returns the field and message when the row breaks it, with the rule's code
 * (and values) for the reader's language.
 */
export type RowRule = (
  row: Readonly<Record<string, unknown>>,
) => { path: string; message: string; code: RuleCode; params?: RuleParams } | null;

export interface TableSpec {
  table: string;
  /** A person's name for one row, used in messages: "production entry". */
  noun: string;
  /** The primary key columns. */
  key: readonly string[];
  /** Whether rows belong to a client (`client_id`), so tenant scope applies. */
  tenant: boolean;
  /** The column a date range filters on, when the table has one. */
  dateColumn?: string;
  columns: readonly ColumnSpec[];
  rules?: readonly RowRule[];
}

/** The columns a payload may set. */
export function writableColumns(spec: TableSpec): ColumnSpec[] {
  return spec.columns.filter((c) => !c.readOnly && !c.hidden);
}

/** The columns a reader may see (responses, exports). */
export function visibleColumns(spec: TableSpec): ColumnSpec[] {
  return spec.columns.filter((c) => !c.hidden);
}

/** Finds a column by name, or undefined. */
export function columnOf(spec: TableSpec, name: string): ColumnSpec | undefined {
  return spec.columns.find((c) => c.name === name);
}
