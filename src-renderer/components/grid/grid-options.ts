import type { CrudDomain } from '../../../src-shared/contract/domains';
import { enumLabel, spelling } from '../../../src-shared/domain/enum-labels';
import type { ColumnKind, ReferenceList, SuggestionList } from '../../../src-shared/tables/column';
import { i18next } from '../../i18n/i18n';
import { textOf } from './grid-cells';
import type { CellOption, GridColumn, RecordRow } from './grid-types';

/** Where the choices of a dropdown cell come from; null for a cell typed freely. */
export type OptionSourceKey =
  | `code:${ReferenceList}`
  | `suggest:${SuggestionList}`
  | 'work_order'
  | 'job'
  | 'assigned_employee'
  | 'floating_employee'
  | 'employee'
  | 'client';

/** The channel prefix and columns of each reference list. */
export const REFERENCE_LISTS: Record<ReferenceList, { domain: CrudDomain; code: string; label: string }> = {
  downtime_reason: { domain: 'downtimeReasons', code: 'code', label: 'label' },
  hold_reason: { domain: 'holdReasons', code: 'code', label: 'label' },
  absence_type: { domain: 'absenceTypes', code: 'code', label: 'label' },
  defect_type: { domain: 'defectTypes', code: 'defect_code', label: 'defect_name' },
};

/** The source of a column kind's choices, or null when it has none to offer. */
export function sourceOf(type: ColumnKind): OptionSourceKey | null {
  if (type.kind === 'code') return `code:${type.list}`;
  if (type.kind === 'text') return type.suggest ? `suggest:${type.suggest}` : null;
  if (type.kind !== 'ref') return null;
  switch (type.target) {
    case 'work_order':
    case 'job':
    case 'assigned_employee':
    case 'floating_employee':
    case 'employee':
    case 'client':
      // A row's own client is fixed by the screen (and so never a column); a client column that is
      // shown names another client (where a floating employee is lent) and is picked from the list.
      return type.target;
    default:
      // Users are filled by the core; inspections have their own screen.
      return null;
  }
}

/** Yes and no in the user's words; the stored values stay 1 and 0 (a paste of "Sí" or "Yes" reads as 1). */
function boolOptions(): readonly CellOption[] {
  return [
    { value: '1', label: i18next.t('common.yes') },
    { value: '0', label: i18next.t('common.no') },
  ];
}

/** The fixed choices of enum and yes/no columns, in words ("On hold", "Yes"); null for the rest. */
export function fixedOptions(column: GridColumn): readonly CellOption[] | null {
  const { type } = column;
  if (type.kind === 'bool') return boolOptions();
  if (type.kind === 'enum')
    return type.values.map((value) => ({ value, label: enumLabel(type.labels, value) }));
  return null;
}

const sortOrder = (row: RecordRow) => (typeof row.sort_order === 'number' ? row.sort_order : 1e9);

/** A client's active codes of one reference list, in the list's own order. */
export function codeOptions(list: ReferenceList, rows: readonly RecordRow[]): CellOption[] {
  const { code, label } = REFERENCE_LISTS[list];
  return rows
    .filter((row) => row.is_active !== 0)
    .toSorted((a, b) => sortOrder(a) - sortOrder(b))
    .map((row) => ({ value: textOf(row[code]), label: `${textOf(row[label]) || textOf(row[code])}` }));
}

/** Spellings already in use as choices, in the order given (most used first). */
export function usedValueOptions(values: readonly { value: string }[]): CellOption[] {
  return values.map(({ value }) => ({ value, label: value }));
}

/** Work orders as choices: the code, then the style, saying so when one is on hold. */
export function workOrderOptions(rows: readonly RecordRow[]): CellOption[] {
  return rows
    .map((row) => {
      const id = textOf(row.work_order_id);
      const style = textOf(row.style_model);
      const held = row.status === 'ON_HOLD' ? ' (on hold)' : '';
      return { value: id, label: style ? `${id} · ${style}${held}` : `${id}${held}` };
    })
    .toSorted((a, b) => a.value.localeCompare(b.value));
}

/** Jobs of one work order as choices. */
export function jobOptions(rows: readonly RecordRow[], workOrderId: string): CellOption[] {
  return rows
    .filter((row) => workOrderId === '' || row.work_order_id === workOrderId)
    .map((row) => {
      const id = textOf(row.job_id);
      const part = textOf(row.part_number);
      return { value: id, label: part ? `${id} · ${part}` : id };
    })
    .toSorted((a, b) => a.value.localeCompare(b.value));
}

/** Employees as choices, by name, keeping the id visible (two people may share a name). */
export function employeeOptions(rows: readonly RecordRow[]): CellOption[] {
  return rows
    .filter((row) => row.is_active !== 0)
    .map((row) => {
      const id = textOf(row.employee_id);
      const name = textOf(row.employee_name);
      return { value: id, label: name ? `${name} · ${id}` : id };
    })
    .toSorted((a, b) => a.label.localeCompare(b.label));
}

/** Clients as choices, by name, keeping the id visible. */
export function clientOptions(rows: readonly RecordRow[]): CellOption[] {
  return rows
    .map((row) => {
      const id = textOf(row.client_id);
      const name = textOf(row.client_name);
      return { value: id, label: name && name !== id ? `${name} · ${id}` : id };
    })
    .toSorted((a, b) => a.value.localeCompare(b.value));
}

/** The choices that match what is typed: codes first by prefix, then anything containing it. */
export function matchingOptions(options: readonly CellOption[], typed: string, max = 8): CellOption[] {
  const needle = typed.trim().toLowerCase();
  if (needle === '') return options.slice(0, max);
  const starts = options.filter(
    (o) => o.value.toLowerCase().startsWith(needle) || o.label.toLowerCase().startsWith(needle),
  );
  const contains = options.filter(
    (o) =>
      !starts.includes(o) &&
      (o.value.toLowerCase().includes(needle) || o.label.toLowerCase().includes(needle)),
  );
  return [...starts, ...contains].slice(0, max);
}

/**
 * The value an editor commits (issue 9, rule 5: coded fields take only codes): the choice the typed
 * text names (its code or its words, any case); for a list of codes (`prefix`: reasons, absence
 * types, shifts, yes/no) also the one choice whose code or words start with it ("sun" is Sunday
 * overtime, "y" is Yes), never one of several; the choice picked with the arrows; else the text as
 * typed, which the row check then refuses beside the cell. A record's id (an order, a job, an
 * employee) is taken whole only: "WO-2" never becomes WO-200.
 */
export function resolveChoice(
  options: readonly CellOption[],
  typed: string,
  picked: CellOption | null,
  prefix = true,
): string {
  const text = typed.trim();
  if (text === '') return '';
  const needle = text.toLowerCase();
  const exact = options.find((o) => o.value.toLowerCase() === needle || o.label.toLowerCase() === needle);
  if (exact) return exact.value;
  if (picked) return picked.value;
  if (prefix) {
    const starts = options.filter(
      (o) => o.value.toLowerCase().startsWith(needle) || o.label.toLowerCase().startsWith(needle),
    );
    const only = starts.length === 1 ? starts[0] : undefined;
    if (only) return only.value;
  }
  return text;
}

/**
 * The value a free-text editor with suggestions commits: an existing spelling when the typed text
 * is the same words in another case or with underscores ("FINAL_AUDIT" → "Final audit", the most
 * used one when several are), the suggestion picked with the arrows, else the text as typed: a new
 * name is allowed, never replaced by a suggestion that only starts the same.
 */
export function resolveFreeText(
  options: readonly CellOption[],
  typed: string,
  picked: CellOption | null,
): string {
  const text = typed.trim();
  if (text === '') return '';
  const same = options.find((o) => spelling(o.value) === spelling(text));
  if (same) return same.value;
  return picked ? picked.value : text;
}
