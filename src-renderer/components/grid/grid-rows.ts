import type { z } from 'zod';
import type { AppErrorShape, FieldIssue } from '../../../src-shared/contract';
import {
  isOverrideRule,
  isWarningConfirmation,
  type OverrideRule,
} from '../../../src-shared/contract/confirmations';
import { issueCodeOf } from '../../../src-shared/contract/issue-codes';
import { asRuleCode } from '../../../src-shared/contract/rule-codes';
import type { EntryWarningCode } from '../../../src-shared/domain/entry-warnings';
import { storedWarnings } from '../../../src-shared/domain/stored-warnings';
import { type TableSpec, writableColumns } from '../../../src-shared/tables/column';
import { createSchema, updateSchema } from '../../../src-shared/tables/to-zod';
import { errorText } from '../../api/client';
import { issueText } from '../../api/issue-text';
import { i18next } from '../../i18n/i18n';
import { ruleWords } from '../../i18n/rule-reader';
import { cellMessage, parseTyped, refusalText, textOf } from './grid-cells';
import type { CellOption, GridColumn, GridRow, RecordRow, RowState } from './grid-types';

/** What the grid knows about the rows of one table on one screen. */
export interface RowContext {
  spec: TableSpec;
  columns: readonly GridColumn[];
  /** Values every new row gets and nobody types (client, and on shift screens date and shift). */
  fixed: Readonly<Record<string, unknown>>;
  /** The loaded choices of a coded cell in a row (null: typed freely, or not loaded yet). */
  choices?: (column: GridColumn, texts: Readonly<Record<string, string>>) => readonly CellOption[] | null;
}

/** Coded cells whose text must be one of their choices: reference codes and records' ids (enumerations: the schema). */
const CODED_KINDS = new Set(['code', 'ref']);

/**
 * Issue 9, rule 5: a coded cell the person changed must hold one of its choices; otherwise the
 * cell says so at once (the core would refuse it too, but only at the save). Unchanged cells are
 * left alone: a saved row may name an order that is no longer open, so no longer offered.
 */
function choiceProblem(row: GridRow, column: GridColumn, ctx: RowContext): string | null {
  if (!CODED_KINDS.has(column.type.kind) || !ctx.choices) return null;
  const text = (row.texts[column.name] ?? '').trim();
  if (text === '' || text === (row.original[column.name] ?? '').trim()) return null;
  const options = ctx.choices(column, row.texts);
  if (!options || options.length === 0 || options.some((o) => o.value === text)) return null;
  return i18next.t('grid.notAChoice', { text });
}

/** What saving one row takes: a create, an update of the changed fields, or nothing. */
export type SaveRequest =
  | { kind: 'create'; row: RecordRow }
  | { kind: 'update'; key: Record<string, string>; version: number; changes: RecordRow }
  | { kind: 'none' };

export interface RowCheck {
  /** Sentence per visible field. */
  errors: Record<string, string>;
  /** Problems with fields the grid does not show. */
  elsewhere: string[];
  request: SaveRequest;
}

// The same schemas the core validates with, built once per table.
const createSchemas = new WeakMap<TableSpec, ReturnType<typeof createSchema>>();
const updateSchemas = new WeakMap<TableSpec, ReturnType<typeof updateSchema>>();

function createSchemaOf(spec: TableSpec) {
  let schema = createSchemas.get(spec);
  if (!schema) {
    schema = createSchema(spec);
    createSchemas.set(spec, schema);
  }
  return schema;
}

function updateSchemaOf(spec: TableSpec) {
  let schema = updateSchemas.get(spec);
  if (!schema) {
    schema = updateSchema(spec);
    updateSchemas.set(spec, schema);
  }
  return schema;
}

/** The visible cells of a stored row, as text. */
export function textsOf(saved: Readonly<RecordRow>, columns: readonly GridColumn[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.name, textOf(saved[c.name])]));
}

/** A row the core returned. */
export function savedRow(id: string, saved: Readonly<RecordRow>, columns: readonly GridColumn[]): GridRow {
  const texts = textsOf(saved, columns);
  return { id, saved, original: texts, texts, errors: {}, rowError: null, state: 'saved' };
}

/** A new row holding only the screen's pre-filled values. */
export function newRow(
  id: string,
  defaults: Readonly<Record<string, string>>,
  columns: readonly GridColumn[],
): GridRow {
  const texts = Object.fromEntries(columns.map((c) => [c.name, defaults[c.name] ?? '']));
  return { id, saved: null, original: texts, texts, errors: {}, rowError: null, state: 'unsaved' };
}

/** The fields whose text differs from what was saved (or pre-filled). */
export function changedFields(row: GridRow, columns: readonly GridColumn[]): string[] {
  return columns.filter((c) => (row.texts[c.name] ?? '') !== (row.original[c.name] ?? '')).map((c) => c.name);
}

/** True when the row holds something not saved: a typed new row, or an edited saved one. */
export function isDirty(row: GridRow, columns: readonly GridColumn[]): boolean {
  return changedFields(row, columns).length > 0;
}

/** The state cell for a row with these errors. */
export function stateOf(row: GridRow, columns: readonly GridColumn[]): RowState {
  if (Object.keys(row.errors).length > 0 || row.rowError) return 'error';
  if (row.saved === null || isDirty(row, columns)) return 'unsaved';
  return 'saved';
}

/** A refusal of the window's own schema check, worded like the core's (issue-codes.ts). */
function localIssueText(issue: z.core.$ZodIssue): string {
  return issueText({ path: issue.path.map(String).join('.'), message: issue.message, ...issueCodeOf(issue) });
}

function issueField(issue: { path: readonly PropertyKey[] }, offset: number): string {
  const field = issue.path[offset];
  return typeof field === 'string' ? field : '';
}

/**
 * Checks a row the way the core will: each cell parses, the table's schema accepts the values, and
 * the table's cross-field rules hold. While typing (`saving` false) a blank cell is not reported
 * yet ("is required" shows when the row is saved), so a half-typed row is not covered in red.
 */
export function checkRow(row: GridRow, ctx: RowContext, saving: boolean): RowCheck {
  const errors: Record<string, string> = {};
  const elsewhere: string[] = [];
  const labels = new Map(ctx.columns.map((c) => [c.name, c.label]));
  const values: RecordRow = {};
  for (const column of ctx.columns) {
    const parsed = parseTyped(column.type, row.texts[column.name] ?? '');
    if (parsed.ok) values[column.name] = parsed.value;
    else errors[column.name] = cellMessage(column.label, refusalText(parsed));
    const refused = parsed.ok ? choiceProblem(row, column, ctx) : null;
    if (refused) errors[column.name] = cellMessage(column.label, refused);
  }
  const place = (field: string, message: string) => {
    const label = labels.get(field);
    if (label === undefined) {
      elsewhere.push(cellMessage(field || i18next.t('gridMsg.thisRow'), message));
      return;
    }
    if (errors[field]) return;
    if (!saving && (row.texts[field] ?? '').trim() === '') return;
    errors[field] = cellMessage(label, message);
  };

  let request: SaveRequest;
  let merged: RecordRow;
  if (row.saved === null) {
    const payload: RecordRow = { ...ctx.fixed };
    for (const [name, value] of Object.entries(values)) if (value !== null) payload[name] = value;
    const result = createSchemaOf(ctx.spec).safeParse(payload);
    if (!result.success)
      for (const issue of result.error.issues) place(issueField(issue, 0), localIssueText(issue));
    request = { kind: 'create', row: payload };
    merged = payload;
  } else {
    const saved = row.saved;
    const changes: RecordRow = {};
    for (const name of changedFields(row, ctx.columns)) changes[name] = values[name] ?? null;
    const key = Object.fromEntries(ctx.spec.key.map((k) => [k, textOf(saved[k])]));
    const version = typeof saved.version === 'number' ? saved.version : 1;
    const result = updateSchemaOf(ctx.spec).safeParse({ key, version, changes });
    // Issues of an update sit under `changes.<field>`.
    if (!result.success)
      for (const issue of result.error.issues) place(issueField(issue, 1), localIssueText(issue));
    request = Object.keys(changes).length > 0 ? { kind: 'update', key, version, changes } : { kind: 'none' };
    merged = { ...pickWritable(ctx.spec, saved), ...changes };
  }
  for (const rule of ctx.spec.rules ?? []) {
    const issue = rule(merged);
    if (issue) place(issue.path, issueText(issue));
  }
  return { errors, elsewhere, request };
}

function pickWritable(spec: TableSpec, saved: Readonly<RecordRow>): RecordRow {
  return Object.fromEntries(writableColumns(spec).map((c) => [c.name, saved[c.name] ?? null]));
}

/** The row with one cell's new text, checked as typed. */
export function withText(row: GridRow, field: string, text: string, ctx: RowContext): GridRow {
  const next: GridRow = { ...row, texts: { ...row.texts, [field]: text }, rowError: null };
  return rechecked(next, ctx, false);
}

/** The row with its errors worked out again (while typing, or before saving). */
export function rechecked(row: GridRow, ctx: RowContext, saving: boolean): GridRow {
  const check = checkRow(row, ctx, saving);
  const next: GridRow = {
    ...row,
    errors: check.errors,
    rowError: check.elsewhere.length > 0 ? check.elsewhere.join(' ') : row.rowError,
  };
  return { ...next, state: stateOf(next, ctx.columns) };
}

/** The row once the core stored it: its answer becomes what later edits are compared against. */
export function withSaved(
  row: GridRow,
  stored: Readonly<RecordRow>,
  sentTexts: GridRow['texts'],
  ctx: RowContext,
) {
  const texts = textsOf(stored, ctx.columns);
  // An edit typed while the save was on its way is kept, compared against the stored row.
  const kept = row.texts === sentTexts ? texts : row.texts;
  const next: GridRow = { ...row, saved: stored, original: texts, texts: kept, errors: {}, rowError: null };
  return rechecked(next, ctx, false);
}

/** The message of a refused save for a row that was edited: a newer version is in the database. */
export function conflictText(): string {
  return i18next.t('gridMsg.conflict');
}

/**
 * The row after the core refused it: field issues beside their cells, the rest as the row's
 * message. A stale version is said as a conflict with what to do about it.
 */
export function withFailure(row: GridRow, error: AppErrorShape, columns: readonly GridColumn[]): GridRow {
  const errors: Record<string, string> = {};
  const leftOver: FieldIssue[] = [];
  const labels = new Map(columns.map((c) => [c.name, c.label]));
  for (const issue of error.code === 'VALIDATION' ? (error.issues ?? []) : []) {
    const label = labels.get(issue.path);
    if (label === undefined) leftOver.push(issue);
    else errors[issue.path] ??= cellMessage(label, issueText(issue));
  }
  let rowError: string | null = null;
  if (error.code === 'CONFLICT' && row.saved !== null) rowError = conflictText();
  else if (error.code !== 'VALIDATION' || leftOver.length > 0 || Object.keys(errors).length === 0)
    rowError = errorText(leftOver.length > 0 ? { ...error, issues: leftOver } : error);
  return { ...row, errors, rowError, state: 'error' };
}

/** The `confirm` codes of a NEEDS_CONFIRMATION refusal's issues that pass `kind`, once each. */
function confirmCodes<C extends string>(
  error: AppErrorShape,
  kind: (code: string | undefined) => code is C,
): C[] {
  if (error.code !== 'NEEDS_CONFIRMATION') return [];
  return [...new Set((error.issues ?? []).map((issue) => issue.confirm).filter(kind))];
}

/** The warning codes of a NEEDS_CONFIRMATION refusal, to send back once the person confirms. */
export function warningCodes(error: AppErrorShape): EntryWarningCode[] {
  return confirmCodes(error, isWarningConfirmation);
}

/** The rules a NEEDS_CONFIRMATION answer asks a leader to override, once each. */
export function confirmationCodes(error: AppErrorShape): OverrideRule[] {
  return confirmCodes(error, isOverrideRule);
}

/** The question that shows an implausible row's warnings before it is saved anyway. */
export function warningQuestion(error: AppErrorShape): string {
  const lines = (error.issues ?? []).map((issue) => `• ${issueText(issue)}`);
  return i18next.t('gridMsg.warningQuestion', { lines: lines.join('\n') });
}

/** The warnings the core flagged on a stored row (the check a save makes), in words; empty when none. */
export function rowWarnings(saved: Readonly<RecordRow> | null): string[] {
  // Worded from its code in the user's language; the English message when no rule words it.
  return storedWarnings(saved).map((w) => {
    const rule = w.wording ?? asRuleCode(`warning.${w.code}`);
    return rule ? ruleWords(rule, w.params) : w.message;
  });
}
