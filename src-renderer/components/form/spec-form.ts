import type { ColumnSpec, TableSpec } from '../../../src-shared/tables/column';
import { writableColumns } from '../../../src-shared/tables/column';
import { createSchema } from '../../../src-shared/tables/to-zod';
import { issueText } from '../../api/issue-text';
import { columnText } from '../../i18n/labels';
import { parseTyped, refusalText } from '../grid/grid-cells';

/** What a form holds while the user types: each field as text, exactly as entered. */
export type Draft = Record<string, string>;

/** Field name → one plain sentence ("Units passed must be 0 or more."). */
export type FieldErrors = Record<string, string>;

/** A stored value as the text a field shows: blank for "not recorded", 1/0 for booleans. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The draft of a row (or of a blank new row, with `defaults` filled in) for the given columns. */
export function draftOf(
  columns: readonly ColumnSpec[],
  row: Readonly<Record<string, unknown>> | null,
  defaults: Draft = {},
): Draft {
  const draft: Draft = {};
  for (const column of columns)
    draft[column.name] = row ? textOf(row[column.name]) : (defaults[column.name] ?? '');
  return draft;
}

/**
 * "Units passed" + "must be 0 or more" → "Units passed must be 0 or more." A rule's message that
 * already names the field ("units passed plus units defective must …") is only capitalised.
 */
function sentence(column: ColumnSpec | undefined, path: string, message: string): string {
  const label = column ? columnText(column.name, column.label) : path;
  const text = message.trim().replace(/\.$/, '');
  if (text.toLowerCase().startsWith(label.toLowerCase()))
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  return `${label} ${text}.`;
}

export interface ReadDraft {
  /** The typed values of the draft's fields (blank is null). */
  values: Record<string, unknown>;
  errors: FieldErrors;
}

/**
 * Reads a draft as the main process would: each cell parsed for its column kind (the paste and
 * import rules), then the whole row checked with the table's create schema and cross-field rules.
 * `base` supplies the columns the form does not show (the client, a parent key), so the rules see
 * the full row. The main process's answer stays the final word.
 */
export function readDraft(
  spec: TableSpec,
  draft: Readonly<Draft>,
  base: Readonly<Record<string, unknown>> = {},
): ReadDraft {
  const values: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  for (const [name, text] of Object.entries(draft)) {
    const column = byName.get(name);
    if (!column) continue;
    const parsed = parseTyped(column.type, text);
    if (parsed.ok) values[name] = parsed.value;
    else errors[name] = sentence(column, name, refusalText(parsed));
  }
  const full: Record<string, unknown> = {};
  for (const column of writableColumns(spec)) {
    const value = Object.hasOwn(values, column.name) ? values[column.name] : base[column.name];
    // Only given values go in: an absent generated column (an id, a recorder) is the core's to fill.
    if (value !== undefined && value !== null) full[column.name] = value;
    else if (column.required && column.generated === undefined) full[column.name] = null;
  }
  const checked = createSchema(spec).safeParse(full);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = String(issue.path[0] ?? '');
      if (path && Object.hasOwn(draft, path) && !errors[path])
        errors[path] = sentence(byName.get(path), path, issue.message);
    }
  }
  for (const rule of spec.rules ?? []) {
    const broken = rule(full);
    if (broken && Object.hasOwn(draft, broken.path) && !errors[broken.path])
      errors[broken.path] = sentence(byName.get(broken.path), broken.path, issueText(broken));
  }
  return { values, errors };
}

/** The fields whose typed value differs from the stored row: an update's `changes`. */
export function changesOf(
  values: Readonly<Record<string, unknown>>,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const stored = row[name] ?? null;
    if (value !== stored) changes[name] = value;
  }
  return changes;
}

/** The columns of a spec by name, in the order given (unknown names are a programming error). */
export function columnsNamed(spec: TableSpec, names: readonly string[]): ColumnSpec[] {
  return names.map((name) => {
    const column = spec.columns.find((c) => c.name === name);
    if (!column) throw new Error(`${spec.table} has no column ${name}`);
    return column;
  });
}

/** Places a VALIDATION failure's issues on the form's fields; the rest is returned as one summary. */
export function placeIssues(
  spec: TableSpec,
  issues: readonly { path: string; message: string }[],
  shown: ReadonlySet<string>,
): { errors: FieldErrors; rest: { path: string; message: string }[] } {
  const errors: FieldErrors = {};
  const rest: { path: string; message: string }[] = [];
  for (const issue of issues) {
    const name = issue.path.replace(/^changes\./, '');
    if (shown.has(name)) {
      const column = spec.columns.find((c) => c.name === name);
      errors[name] ??= sentence(column, name, issue.message);
    } else rest.push(issue);
  }
  return { errors, rest };
}
