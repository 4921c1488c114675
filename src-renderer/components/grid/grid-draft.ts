import type { CrudDomain } from '../../../src-shared/contract/domains';
import type { DraftRow } from '../../../src-shared/contract/drafts';
import { SHIFT_TYPE_LABELS } from '../../../src-shared/domain/enum-labels';
import type { TableSpec } from '../../../src-shared/tables/column';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { textOf } from './grid-cells';
import { changedFields, isDirty, newRow, type RowContext, rechecked, savedRow } from './grid-rows';
import type { GridColumn, GridRow, RecordRow } from './grid-types';

/** The cell being typed in: its row (the new-row line is `rows.length`), field and text. */
export interface OpenEdit {
  row: number;
  field: string;
  text: string;
}

/**
 * The key of one grid's draft: its screen, its table and the values its new rows are saved with
 * (the client, and on shift screens the date and shift). The period or a list filter is not part
 * of it: rows typed under one period are the same rows under another.
 */
export function draftKeyOf(
  screen: string,
  domain: CrudDomain,
  fixed: Readonly<Record<string, unknown>>,
): string {
  const sorted = Object.keys(fixed)
    .sort()
    .map((name) => [name, fixed[name]]);
  return `${screen}|${domain}|${JSON.stringify(sorted)}`;
}

/** "My shift › Production for BOOT-LINE-A, 2026-03-02 1st shift": where a grid's rows are saved. */
export function draftSummary(
  screenLabel: string,
  title: string,
  clientId: string | null,
  fixed: Readonly<Record<string, unknown>>,
): string {
  const subject = title.split(' · ')[0]?.trim() || screenLabel;
  const what = subject.startsWith(screenLabel) ? screenLabel : `${screenLabel} › ${subject}`;
  const shift = typeof fixed.shift_type === 'string' ? fixed.shift_type : null;
  const date = typeof fixed.shift_date === 'string' ? fixed.shift_date : null;
  const shiftWords = shift ? (SHIFT_TYPE_LABELS[shift as keyof typeof SHIFT_TYPE_LABELS] ?? shift) : null;
  const when = [date, shiftWords].filter(Boolean).join(' ');
  const client = clientId ? ` for ${clientId}` : ' for the plant';
  return `${what}${client}${when ? `, ${when}` : ''}`;
}

/** A saved row's key as one string, to find it again. */
export function rowKeyText(spec: TableSpec, saved: Readonly<RecordRow>): string {
  return JSON.stringify(spec.key.map((k) => textOf(saved[k])));
}

/**
 * What a grid has not saved, as a draft: each edited saved row by its key and version with only
 * the cells changed (so a colleague's change to another cell is not undone on restore), and each
 * typed new row whole. The text still in a cell's editor counts, as if it had been committed.
 */
export function draftRowsOf(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  spec: TableSpec,
  defaults: Readonly<Record<string, string>>,
  edit: OpenEdit | null,
): DraftRow[] {
  let withEdit: readonly GridRow[] = rows;
  if (edit && columns.some((c) => c.name === edit.field)) {
    const target = rows[edit.row];
    if (target) {
      withEdit = rows.map((r, i) =>
        i === edit.row ? { ...r, texts: { ...r.texts, [edit.field]: edit.text } } : r,
      );
    } else if (edit.text.trim() !== '') {
      const line = newRow('open-edit', defaults, columns);
      withEdit = [...rows, { ...line, texts: { ...line.texts, [edit.field]: edit.text } }];
    }
  }
  const drafts: DraftRow[] = [];
  for (const row of withEdit) {
    if (!isDirty(row, columns)) continue;
    if (row.saved === null) {
      drafts.push({ key: null, version: null, texts: { ...row.texts } });
      continue;
    }
    const saved = row.saved;
    const changed = Object.fromEntries(
      changedFields(row, columns).map((name) => [name, row.texts[name] ?? '']),
    );
    drafts.push({
      key: Object.fromEntries(spec.key.map((k) => [k, textOf(saved[k])])),
      version: typeof saved.version === 'number' ? saved.version : 1,
      texts: changed,
    });
  }
  return drafts;
}

/** How laying a draft over the grid went, for the grid's notice. */
export interface DraftMerge {
  rows: GridRow[];
  /** Rows of the draft now on screen. */
  restored: number;
  /** Edited rows that no longer exist (deleted meanwhile): their edits could not be placed. */
  missing: number;
  /** Edited rows someone else changed after the draft was kept. */
  changedMeanwhile: number;
}

/** The message of a restored edit whose row someone else changed after it was typed. */
export function changedSinceText(): string {
  return i18next.t('gridMsg.changedSince');
}

/**
 * Lays a draft's rows over the grid's rows: edits onto their saved rows (found on screen, or in
 * `fetched`, rows read by key because the period or filter does not show them), new rows after the
 * others. Only the cells the draft changed are set; a row changed by someone else since is marked.
 */
export function mergeDraft(
  current: readonly GridRow[],
  draft: readonly DraftRow[],
  fetched: ReadonlyMap<string, RecordRow>,
  ctx: RowContext,
  defaults: Readonly<Record<string, string>>,
  freshId: () => string,
): DraftMerge {
  const { spec, columns } = ctx;
  const known = new Set(columns.map((c) => c.name));
  const pick = (texts: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(texts).filter(([name]) => known.has(name)));
  const rows = [...current];
  let restored = 0;
  let missing = 0;
  let changedMeanwhile = 0;
  for (const item of draft) {
    if (item.key === null) {
      const line = newRow(freshId(), defaults, columns);
      rows.push(rechecked({ ...line, texts: { ...line.texts, ...pick(item.texts) } }, ctx, false));
      restored += 1;
      continue;
    }
    const keyText = JSON.stringify(spec.key.map((k) => item.key?.[k] ?? ''));
    let index = rows.findIndex((r) => r.saved !== null && rowKeyText(spec, r.saved) === keyText);
    if (index < 0) {
      const found = fetched.get(keyText);
      if (!found) {
        missing += 1;
        continue;
      }
      rows.push(savedRow(freshId(), found, columns));
      index = rows.length - 1;
    }
    const target = rows[index] as GridRow;
    const version = typeof target.saved?.version === 'number' ? target.saved.version : 1;
    const stale = item.version !== null && version !== item.version;
    if (stale) changedMeanwhile += 1;
    const merged = rechecked(
      { ...target, texts: { ...target.texts, ...pick(item.texts) }, rowError: null },
      ctx,
      false,
    );
    rows[index] = stale ? { ...merged, rowError: changedSinceText(), state: 'error' } : merged;
    restored += 1;
  }
  return { rows, restored, missing, changedMeanwhile };
}

/** The keys of a draft's edited rows that the grid does not hold, to read them by key first. */
export function rowsToFetch(
  current: readonly GridRow[],
  draft: readonly DraftRow[],
  spec: TableSpec,
): DraftRow[] {
  const onScreen = new Set(current.flatMap((r) => (r.saved ? [rowKeyText(spec, r.saved)] : [])));
  return draft.filter(
    (item) => item.key !== null && !onScreen.has(JSON.stringify(spec.key.map((k) => item.key?.[k] ?? ''))),
  );
}

/** A notice for a restored draft, in the user's language. */
export function mergeNotice(merge: Pick<DraftMerge, 'restored' | 'missing' | 'changedMeanwhile'>): string {
  const counted = (count: number) => ({ count, formatted: fmt.number(count, 0) });
  const parts = [i18next.t('drafts.restored', counted(merge.restored))];
  if (merge.changedMeanwhile > 0)
    parts.push(i18next.t('drafts.changedMeanwhile', counted(merge.changedMeanwhile)));
  if (merge.missing > 0) parts.push(i18next.t('drafts.missing', counted(merge.missing)));
  return parts.join(' ');
}
