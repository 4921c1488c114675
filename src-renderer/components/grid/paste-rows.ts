import { i18next } from '../../i18n/i18n';
import type { PastePlan } from './grid-paste';
import { type RowContext, rechecked } from './grid-rows';
import type { GridRow } from './grid-types';

/**
 * The rows after a paste: new rows added (made by `makeRow`), the pasted texts set, each touched
 * row checked as typed, and a cell that did not parse keeping the paste's own message.
 */
export function applyPaste(
  rows: readonly GridRow[],
  plan: PastePlan,
  ctx: RowContext,
  makeRow: () => GridRow,
): GridRow[] {
  const next = [...rows];
  for (let i = 0; i < plan.addRows; i += 1) next.push(makeRow());
  const touched = new Map<number, GridRow>();
  for (const cell of plan.cells) {
    const row = touched.get(cell.row) ?? next[cell.row];
    if (!row) continue;
    touched.set(cell.row, { ...row, texts: { ...row.texts, [cell.field]: cell.text }, rowError: null });
  }
  for (const [index, row] of touched) {
    const checked = rechecked(row, ctx, false);
    const parseErrors = Object.fromEntries(
      plan.cells.filter((c) => c.row === index && c.error !== null).map((c) => [c.field, c.error ?? '']),
    );
    const errors = { ...checked.errors, ...parseErrors };
    next[index] = { ...checked, errors, state: Object.keys(errors).length > 0 ? 'error' : checked.state };
  }
  return next;
}

/** What the grid says after a paste. */
export function pasteSummary(plan: PastePlan): string {
  const lines = i18next.t('grid.pasted', { count: plan.lines });
  return [lines, ...plan.notes].join(' ');
}

/** What the grid says after a save. */
export function saveSummary(tried: number, stored: number, refused: number): string {
  if (tried === 0) return i18next.t('grid.nothingToSave');
  if (refused === 0) return i18next.t('grid.savedRows', { count: stored });
  const also = stored > 0 ? ` ${i18next.t('grid.alsoSaved', { count: stored })}` : '';
  return `${i18next.t('grid.notSaved', { count: refused })}${also}`;
}
