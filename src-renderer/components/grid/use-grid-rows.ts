import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/contract';
import { type Confirmation, isWarningConfirmation } from '../../../src-shared/contract/confirmations';
import type { CrudDomain } from '../../../src-shared/contract/domains';
import type { DraftRow } from '../../../src-shared/contract/drafts';
import type { TableSpec } from '../../../src-shared/tables/column';
import { errorText } from '../../api/client';
import { i18next } from '../../i18n/i18n';
import { createRow, deleteRow, getRow, type ListFilter, listRows, updateRow } from './grid-api';
import { normaliseText } from './grid-cells';
import { type DraftMerge, mergeDraft, mergeNotice, rowKeyText, rowsToFetch } from './grid-draft';
import { planPaste } from './grid-paste';
import {
  checkRow,
  confirmationCodes,
  isDirty,
  newRow,
  type RowContext,
  rechecked,
  savedRow,
  warningCodes,
  warningQuestion,
  withFailure,
  withSaved,
} from './grid-rows';
import type { GridColumn, GridRow, RecordRow } from './grid-types';
import { type GridView, listQueryOf, NO_VIEW, PAGE_SIZE } from './grid-view';
import { applyPaste, pasteSummary, saveSummary } from './paste-rows';

/** Which rows a grid shows and what its new rows get. */
export interface GridScope {
  domain: CrudDomain;
  /** The one client whose rows are shown; null for a plant-level table (employees, the floating pool). */
  clientId: string | null;
  filter: Omit<ListFilter, 'clientIds'>;
  /** Hidden values of every new row (client, and on shift screens date and shift). */
  fixed: Readonly<Record<string, string | number>>;
  /** Visible values a new row starts with (the period's last day, the current shift). */
  defaults: Readonly<Record<string, string>>;
  /** The person's order, column filters, search and page (grid-view.ts). */
  view?: GridView;
}

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready'; total: number; loaded: number; offset: number }
  | { kind: 'failed'; message: string };

export interface GridRowsOptions {
  /** Rewrites a refusal before it is shown (e.g. a database rule into a field's message). */
  explain?: (error: AppErrorShape) => AppErrorShape;
  /** Derives other cells when one is committed (attendance: absent → absence hours). */
  adjust?: (texts: Readonly<Record<string, string>>, field: string) => Record<string, string>;
  /** Told after a save that stored at least one row. */
  onSaved?: () => void;
  /** Asks yes/no questions (delete, discard); the browser's confirm by default. */
  ask?: (question: string) => boolean;
  /** The loaded choices of a coded cell, so a typed code that is none of them is refused at once. */
  choices?: RowContext['choices'];
}

/** How a save went, for the grid to move to what needs fixing. */
export interface SaveOutcome {
  firstError: { rowId: string; field: string | null } | null;
}

const scopeKeyOf = (scope: GridScope, token: number) =>
  JSON.stringify([scope.domain, scope.clientId, scope.filter, scope.fixed, scope.view ?? NO_VIEW, token]);

/**
 * The rows of one grid: loading for a client and filter, edits kept as text and checked as typed,
 * paste, save (create or update per row, one at a time, each row showing its own state), delete and
 * discard. A new client or period never throws unsaved rows away: they stay on screen until saved
 * or discarded, and the new rows load then.
 */
export function useGridRows(
  spec: TableSpec,
  columns: readonly GridColumn[],
  scope: GridScope,
  reloadToken: number,
  options: GridRowsOptions = {},
) {
  const rowsRef = useRef<GridRow[]>([]);
  const [rows, setRowsState] = useState<GridRow[]>([]);
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [manualToken, setManualToken] = useState(0);
  const shownScope = useRef(scope);
  const saving = useRef(false);
  const nextId = useRef(0);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const columnsRef = useRef(columns);
  columnsRef.current = columns;

  // The ref is the truth (a save started right after a commit must see the commit); state redraws.
  const update = useCallback((change: (before: GridRow[]) => GridRow[]) => {
    rowsRef.current = change(rowsRef.current);
    setRowsState(rowsRef.current);
  }, []);
  const updateRowById = useCallback(
    (id: string, change: (row: GridRow) => GridRow) =>
      update((all) => all.map((r) => (r.id === id ? change(r) : r))),
    [update],
  );

  const ctxOf = useCallback(
    (): RowContext => ({
      spec,
      columns,
      fixed: shownScope.current.fixed,
      choices: optionsRef.current.choices,
    }),
    [spec, columns],
  );
  const freshId = useCallback(() => {
    nextId.current += 1;
    return `row-${nextId.current}`;
  }, []);

  const dirtyCount = useMemo(() => rows.filter((r) => isDirty(r, columns)).length, [rows, columns]);
  const wantedKey = scopeKeyOf(scope, reloadToken + manualToken);
  const waiting = shownKey !== null && shownKey !== wantedKey && dirtyCount > 0;

  const clean = dirtyCount === 0;
  // `scope` is read through wantedKey, its serialised form, so a re-created object does not reload.
  // biome-ignore lint/correctness/useExhaustiveDependencies: wantedKey stands for scope.
  useEffect(() => {
    if (wantedKey === shownKey || !clean) return;
    let live = true;
    const wanted = scope;
    setLoad({ kind: 'loading' });
    const view = wanted.view ?? NO_VIEW;
    const offset = view.page * PAGE_SIZE;
    void listRows(wanted.domain, listQueryOf(wanted.filter, wanted.clientId, view), PAGE_SIZE, offset).then(
      (result) => {
        if (!live) return;
        shownScope.current = wanted;
        setShownKey(wantedKey);
        if (!result.ok) {
          update(() => []);
          setLoad({ kind: 'failed', message: errorText(result.error) });
          return;
        }
        update(() => result.data.rows.map((r) => savedRow(freshId(), r, columnsRef.current)));
        setLoad({ kind: 'ready', total: result.data.total, loaded: result.data.rows.length, offset });
      },
    );
    return () => {
      live = false;
    };
  }, [wantedKey, shownKey, clean, update]);

  /** Sets the texts of one row (index `rows.length` is the new-row line, which makes a row). */
  const setTexts = useCallback(
    (index: number, patch: Readonly<Record<string, string>>, field: string) => {
      const ctx = ctxOf();
      const adjust = optionsRef.current.adjust;
      const target = rowsRef.current[index];
      if (!target) {
        if (Object.values(patch).every((t) => t.trim() === '')) return;
        const row = newRow(freshId(), shownScope.current.defaults, columns);
        const texts = { ...row.texts, ...patch };
        update((all) => [
          ...all,
          rechecked({ ...row, texts: adjust ? { ...texts, ...adjust(texts, field) } : texts }, ctx, false),
        ]);
        return;
      }
      updateRowById(target.id, (row) => {
        const texts = { ...row.texts, ...patch };
        const adjusted = adjust ? { ...texts, ...adjust(texts, field) } : texts;
        return rechecked({ ...row, texts: adjusted, rowError: null }, ctx, false);
      });
    },
    [columns, ctxOf, freshId, update, updateRowById],
  );

  /** Commits one cell's text (normalised for its column). */
  const commit = useCallback(
    (index: number, field: string, text: string) => {
      const column = columns.find((c) => c.name === field);
      if (!column) return;
      const current = rowsRef.current[index];
      const normal = normaliseText(column, text);
      if (current && (current.texts[field] ?? '') === normal) return;
      setTexts(index, { [field]: normal }, field);
    },
    [columns, setTexts],
  );

  /** Lays a pasted block over the grid from a cell; says what was left out. */
  const paste = useCallback(
    (text: string, start: { row: number; col: number }) => {
      const ctx = ctxOf();
      const plan = planPaste(text, columns, start, rowsRef.current.length);
      update((all) =>
        applyPaste(all, plan, ctx, () => newRow(freshId(), shownScope.current.defaults, columns)),
      );
      setNotice(pasteSummary(plan));
      return plan;
    },
    [columns, ctxOf, freshId, update],
  );

  const ask = useCallback(
    (question: string) => (optionsRef.current.ask ?? ((q) => window.confirm(q)))(question),
    [],
  );

  /**
   * Saves every row with unsaved changes, one after the other; each row shows how it went.
   * Resolves to the first refused row and field, so the grid can show it.
   */
  const saveAll = useCallback(async (): Promise<SaveOutcome> => {
    if (saving.current) return { firstError: null };
    saving.current = true;
    const ctx = ctxOf();
    const { explain, onSaved } = optionsRef.current;
    // A new row left with only its pre-filled values is not a row anyone typed.
    update((all) => all.filter((r) => r.saved !== null || isDirty(r, columns)));
    const ids = rowsRef.current.filter((r) => isDirty(r, columns)).map((r) => r.id);
    let stored = 0;
    let refused = 0;
    let firstError: SaveOutcome['firstError'] = null;
    const noteError = (id: string) => {
      if (firstError) return;
      const row = rowsRef.current.find((r) => r.id === id);
      firstError = { rowId: id, field: columns.find((c) => row?.errors[c.name])?.name ?? null };
    };
    for (const id of ids) {
      const row = rowsRef.current.find((r) => r.id === id);
      if (!row) continue;
      const check = checkRow(row, ctx, true);
      if (Object.keys(check.errors).length > 0 || check.elsewhere.length > 0) {
        refused += 1;
        updateRowById(id, (r) => ({
          ...r,
          errors: check.errors,
          rowError: check.elsewhere.length > 0 ? check.elsewhere.join(' ') : null,
          state: 'error',
        }));
        noteError(id);
        continue;
      }
      if (check.request.kind === 'none') continue;
      const sent = row.texts;
      updateRowById(id, (r) => ({ ...r, state: 'saving' }));
      const request = check.request;
      // What the person confirmed so far: warnings they read, rules they chose to override.
      const confirm: Confirmation[] = [];
      const confirmed = () => (confirm.length > 0 ? { confirm: [...confirm] } : {});
      const send = () =>
        request.kind === 'create'
          ? createRow(shownScope.current.domain, { ...request.row, ...confirmed() })
          : updateRow(shownScope.current.domain, {
              key: request.key,
              version: request.version,
              changes: request.changes,
              ...confirmed(),
            });
      let result = await send();
      // Each answer asks one thing: an implausible row's warnings (performance over 150 %, units
      // far above plan…) or a rule a leader may override (a booking on a held or closed order,
      // weekend overtime on another day), which the core records. Several may apply to one row,
      // so ask until the core is satisfied or the person says no.
      while (!result.ok && result.error.code === 'NEEDS_CONFIRMATION') {
        const asked = (codes: Confirmation[]) => codes.filter((code) => !confirm.includes(code));
        const warned = asked(warningCodes(result.error));
        const rules = asked(confirmationCodes(result.error));
        if (warned.length > 0 && !confirm.some(isWarningConfirmation)) {
          if (!ask(warningQuestion(result.error))) break;
          confirm.push(...warned);
        } else if (rules.length > 0) {
          if (!ask(errorText(result.error))) break;
          confirm.push(...rules);
        } else break;
        result = await send();
      }
      if (result.ok) {
        stored += 1;
        updateRowById(id, (r) => withSaved(r, result.data, sent, ctx));
      } else {
        refused += 1;
        const error = explain ? explain(result.error) : result.error;
        updateRowById(id, (r) => withFailure(r, error, columns));
        noteError(id);
      }
    }
    saving.current = false;
    setNotice(saveSummary(ids.length, stored, refused));
    if (stored > 0) onSaved?.();
    return { firstError };
  }, [ask, columns, ctxOf, update, updateRowById]);

  /** Deletes a row: a new one is dropped, a saved one is deleted in the database after asking. */
  const deleteAt = useCallback(
    async (index: number) => {
      const row = rowsRef.current[index];
      if (!row) return;
      if (row.saved === null) {
        update((all) => all.filter((r) => r.id !== row.id));
        return;
      }
      if (!ask(i18next.t('gridMsg.deleteAsk'))) return;
      const saved = row.saved;
      const key = Object.fromEntries(spec.key.map((k) => [k, String(saved[k] ?? '')]));
      const version = typeof saved.version === 'number' ? saved.version : 1;
      const result = await deleteRow(shownScope.current.domain, { key, version });
      if (result.ok) {
        update((all) => all.filter((r) => r.id !== row.id));
        setNotice(i18next.t('gridMsg.deleted'));
        optionsRef.current.onSaved?.();
      } else updateRowById(row.id, (r) => withFailure(r, result.error, columns));
    },
    [ask, columns, spec, update, updateRowById],
  );

  /** Throws away unsaved changes after asking: new rows go, edited rows get their saved values back. */
  const discard = useCallback(() => {
    const count = rowsRef.current.filter((r) => isDirty(r, columns)).length;
    if (count === 0 || !ask(i18next.t('grid.discardAsk', { count }))) return;
    update((all) =>
      all
        .filter((r) => r.saved !== null)
        .map((r) => ({ ...r, texts: r.original, errors: {}, rowError: null, state: 'saved' as const })),
    );
    setNotice(i18next.t('grid.discarded'));
  }, [ask, columns, update]);

  /** Loads the rows again (after asking, when there are unsaved changes to lose). */
  const reload = useCallback(() => {
    const count = rowsRef.current.filter((r) => isDirty(r, columns)).length;
    if (count > 0) {
      if (!ask(i18next.t('grid.reloadAsk', { count }))) return;
      update(() => []);
    }
    setNotice(null);
    setManualToken((t) => t + 1);
  }, [ask, columns, update]);

  /**
   * Lays a kept draft's rows over the grid: edits onto their rows (read by key when the period or
   * filter does not show them), new rows after the others. Resolves to where the new rows start
   * and how many were added, so the cursor on the new-row line can move past them.
   */
  const adoptDraft = useCallback(
    async (draft: readonly DraftRow[]): Promise<{ before: number; added: number }> => {
      const fetched = new Map<string, RecordRow>();
      for (const item of rowsToFetch(rowsRef.current, draft, spec)) {
        if (!item.key) continue;
        const found = await getRow(shownScope.current.domain, item.key);
        if (found.ok) fetched.set(rowKeyText(spec, found.data), found.data);
      }
      const before = rowsRef.current.length;
      let merge: DraftMerge | null = null;
      update((all) => {
        merge = mergeDraft(all, draft, fetched, ctxOf(), shownScope.current.defaults, freshId);
        return merge.rows;
      });
      if (merge) setNotice(mergeNotice(merge));
      return { before, added: rowsRef.current.length - before };
    },
    [ctxOf, freshId, spec, update],
  );

  /** Where a row is now (rows move when new ones are dropped), or -1. */
  const rowIndex = useCallback((id: string) => rowsRef.current.findIndex((r) => r.id === id), []);

  return {
    rows,
    rowIndex,
    load,
    notice,
    setNotice,
    dirtyCount,
    /** True when the client or period changed but unsaved rows keep the old ones on screen. */
    waiting,
    shownScope: shownScope.current,
    commit,
    paste,
    saveAll,
    deleteAt,
    discard,
    reload,
    adoptDraft,
  };
}
