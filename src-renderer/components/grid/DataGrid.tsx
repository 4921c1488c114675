import {
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { CRUD_DOMAINS, type CrudDomain } from '../../../src-shared/contract/domains';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { isLocked } from '../../stores/session-store';
import { screenLabel } from '../nav-items';
import { ScreenContext } from '../screen-context';
import { usePrinting } from '../use-printing';
import { GridRowView } from './GridRowView';
import { GridToolbar } from './GridToolbar';
import { GridFindBar, GridRange } from './GridViewBar';
import { columnSlots, gridColumns, shownColumns } from './grid-columns';
import { draftKeyOf, draftSummary } from './grid-draft';
import { clampCursor, type GridCursor, type GridKey, gridKey, START } from './grid-keyboard';
import { fixedOptions } from './grid-options';
import { isBlockPaste } from './grid-paste';
import type { DerivedColumn } from './grid-types';
import { type GridView, NO_VIEW, toggleSort } from './grid-view';
import { revealCell } from './reveal-cell';
import { useGridDraft } from './use-grid-draft';
import { type OptionSource, useGridOptions } from './use-grid-options';
import { type GridRowsOptions, type GridScope, useGridRows } from './use-grid-rows';
import { useRowWindow } from './use-row-window';
import { useUnsavedGuard } from './use-unsaved-guard';
import './grid.css';
import { i18next } from '../../i18n/i18n';

export interface DataGridProps extends GridRowsOptions {
  /**
   * Narrows a column's pick list to the values that may go there now (coverage: only people absent
   * in this shift); a value already in a cell stays offered. The core checks every value anyway.
   */
  narrow?: Readonly<Record<string, (value: string) => boolean>>;
  /** The table, by its channel prefix: `production` is production_entry. */
  domain: CrudDomain;
  /** The one client whose rows are shown and entered; null for a plant-level table (employees). */
  clientId: string | null;
  /** Date range and exact-match filters of the rows shown. */
  filter?: GridScope['filter'];
  /** The columns to show, in order; absent means every column people type. */
  columns?: readonly string[];
  /**
   * Columns kept behind "More columns" (after `columns`, in this order): typed less often, so the
   * main ones fit a 1366-px screen without scrolling sideways. A paste that reaches them shows them.
   */
  more?: readonly string[];
  /** Hidden values of every new row: the client, and on shift screens the date and shift. */
  fixed?: Readonly<Record<string, string | number>>;
  /** Values a new row starts with, visible and editable. */
  defaults?: Readonly<Record<string, string>>;
  title: string;
  /** What to say when there are no rows, including what to do next. */
  empty: string;
  /** Bump to load the rows again (after another action wrote some). */
  reloadToken?: number;
  /** The screen's own buttons for this table, shown first in the grid's bar ("Mark all present"). */
  actions?: ReactNode;
  /** The outcome of such an action, shown under the bar. */
  message?: { text: string; failed: boolean } | null;
  /** Read-only columns worked out from each row's cells, shown after the typed ones. */
  derived?: readonly DerivedColumn[];
  /** Told the saved row under the cursor (null on the new-row line or an unsaved row), so a side panel can follow. */
  onActiveRow?(row: Record<string, unknown> | null): void;
  /** To read, not edit: no new-row line, no save or delete, and the editing keys do nothing. */
  readOnly?: boolean;
  /**
   * Buttons for the saved row under the cursor (a hold's workflow), shown under the grid: outside the
   * cell keyboard model, so Tab reaches them after the grid.
   */
  rowActions?(row: Record<string, unknown>): ReactNode;
}

const NO_FILTER: GridScope['filter'] = {};
const NO_DERIVED: readonly DerivedColumn[] = [];
const NONE: Readonly<Record<string, string>> = {};

function keyOf(event: KeyboardEvent): GridKey {
  return { key: event.key, ctrl: event.ctrlKey || event.metaKey, shift: event.shiftKey, alt: event.altKey };
}

function cellOf(target: EventTarget): { row: number; col: number } | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('td[data-col]');
  if (!(cell instanceof HTMLElement)) return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

/**
 * A spreadsheet-like, keyboard-first grid over one table: columns and editors from the table's
 * spec, a new-row line at the bottom, paste of a block from Excel, instant checks with the core's own
 * schema, a save state per row, and no lost edits (the shell asks before leaving unsaved rows).
 */
export function DataGrid(props: DataGridProps) {
  const { domain, clientId, title, empty } = props;
  const derived = props.derived ?? NO_DERIVED;
  const gridId = useId();
  const spec = TABLE_SPECS[CRUD_DOMAINS[domain]];
  // Screens pass literals: the JSON text keeps one object per distinct value, so rows need not redraw.
  const fixedText = JSON.stringify(props.fixed ?? NONE);
  const defaultsText = JSON.stringify(props.defaults ?? NONE);
  const fixed = useMemo<Record<string, string | number>>(() => JSON.parse(fixedText), [fixedText]);
  const defaults = useMemo<Record<string, string>>(() => JSON.parse(defaultsText), [defaultsText]);
  const moreList = props.more?.join(',') ?? '';
  const columnList = props.columns ? [...props.columns, ...(props.more ?? [])].join(',') : '';
  const fixedNames = Object.keys(fixed).join(',');
  // Recomputed only when the column list or the fixed names change, not on every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined strings stand for the arrays.
  const allColumns = useMemo(
    () => gridColumns(spec, { columns: columnList ? columnList.split(',') : undefined, fixed }),
    [spec, columnList, fixedNames],
  );
  const more = useMemo(() => new Set(moreList ? moreList.split(',') : []), [moreList]);
  const hiddenCount = allColumns.filter((c) => more.has(c.name)).length;
  const moreLabels = allColumns
    .filter((c) => more.has(c.name))
    .map((c) => c.label)
    .join(', ');
  const [showMore, setShowMore] = useState(false);
  // The cursor, the keyboard and the cells work on the columns shown; rows keep every column's text.
  const columns = useMemo(() => shownColumns(allColumns, more, showMore), [allColumns, more, showMore]);
  const slots = useMemo(() => columnSlots(columns, derived), [columns, derived]);
  // The person's order, filters, search and page: run in the core over all matching rows.
  const [view, setView] = useState<GridView>(NO_VIEW);
  const [finding, setFinding] = useState(false);
  const scope: GridScope = { domain, clientId, filter: props.filter ?? NO_FILTER, fixed, defaults, view };
  const grid = useGridRows(spec, allColumns, scope, props.reloadToken ?? 0, {
    explain: props.explain,
    adjust: props.adjust,
    onSaved: props.onSaved,
    ask: props.ask,
    // The options load after the rows hook: read through a ref, so a check always sees the latest.
    choices: (column, texts) => sourceRef.current?.optionsFor(column, texts) ?? null,
  });
  const source = useGridOptions(allColumns, grid.shownScope.clientId, props.narrow);
  const sourceRef = useRef<OptionSource | null>(null);
  sourceRef.current = source;
  const readOnly = props.readOnly === true;
  const screen = useContext(ScreenContext);

  const table = useRef<HTMLTableElement>(null);
  const scrollBox = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const [cursorState, setCursorState] = useState<GridCursor>(START);
  // A read-only grid has no new-row line.
  const lines = grid.rows.length + (readOnly ? 0 : 1);
  const cursor = clampCursor(cursorState, lines, columns.length);
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;
  // Long pages draw only the rows in view; every row while printing.
  const rowWindow = useRowWindow(scrollBox, lines, !printing);
  // Set when the cursor is moved to show something (the first refused cell after a save).
  const revealNext = useRef(false);
  const setCursor = useCallback((next: GridCursor) => {
    cursorRef.current = next;
    setCursorState(next);
  }, []);

  const textAt = (row: number, col: number): string => {
    const column = columns[col];
    if (!column) return '';
    return (grid.rows[row]?.texts ?? scope.defaults)[column.name] ?? '';
  };

  /**
   * What the editor opens with: the words the cell shows for a fixed choice ("On hold", "Yes"), so
   * the person edits what they read; the editor turns the words back into the code on commit.
   */
  const editTextAt = (row: number, col: number): string => {
    const column = columns[col];
    const text = textAt(row, col);
    return column && fixedOptions(column) ? source.display(column, text) : text;
  };

  /** Runs one key through the keyboard model; `draft` is the editor's resolved text. */
  const handleKey = (key: GridKey, draft?: string): boolean => {
    const current = draft === undefined ? cursorRef.current : { ...cursorRef.current, draft };
    const outcome = gridKey(current, key, {
      rows: lines,
      cols: columns.length,
      cellText: editTextAt(current.row, current.col),
      readOnly,
    });
    if (!outcome.handled) return false;
    setCursor(outcome.cursor);
    for (const effect of outcome.effects) {
      if (effect.kind === 'commit' || effect.kind === 'clear') {
        const column = columns[effect.col];
        if (column) grid.commit(effect.row, column.name, effect.kind === 'commit' ? effect.text : '');
      } else if (effect.kind === 'save') void save();
      else void grid.deleteAt(effect.row);
    }
    return true;
  };

  /** Saves all rows, then moves the cursor to the first refused cell so it is in sight. */
  async function save(): Promise<void> {
    const { firstError } = await grid.saveAll();
    if (!firstError) return;
    const row = grid.rowIndex(firstError.rowId);
    if (row < 0) return;
    // A refusal in a column behind "More columns" shows them, so the message is in sight.
    const field = firstError.field;
    if (field && more.has(field)) setShowMore(true);
    const col = field ? allColumns.findIndex((c) => c.name === field) : cursorRef.current.col;
    revealNext.current = true;
    setCursor({ row, col: Math.max(0, col), editing: false, draft: '' });
  }

  /** Commits what is being typed (a click elsewhere, the editor losing focus). */
  const commitDraft = () => {
    const current = cursorRef.current;
    if (!current.editing) return;
    const column = columns[current.col];
    if (column) grid.commit(current.row, column.name, current.draft);
    setCursor({ ...current, editing: false, draft: '' });
  };

  // The active cell holds the focus while moving, so the keyboard keeps working after each commit;
  // a new row re-renders the cells, so the row count is a reason to look again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: grid.rows.length re-runs it on purpose.
  useLayoutEffect(() => {
    if (cursor.editing || !table.current) return;
    const cell = table.current.querySelector<HTMLElement>(
      `td[data-row="${cursor.row}"][data-col="${cursor.col}"]`,
    );
    const box = table.current.parentElement;
    if (!cell && rowWindow.windowed) {
      // A key moved the cursor beyond the rows drawn: scroll there, and this runs again once drawn.
      rowWindow.bringIntoWindow(cursor.row);
      return;
    }
    if (!cell || !box) return;
    const focused = document.activeElement;
    // Focus follows the cursor only while the person works in the grid (not from a toolbar button).
    if (focused === document.body || focused === null || table.current.contains(focused)) {
      if (focused !== cell) cell.focus({ preventScroll: true });
      revealCell(box, cell);
    } else if (revealNext.current) revealCell(box, cell);
    revealNext.current = false;
  }, [cursor.row, cursor.col, cursor.editing, grid.rows.length, rowWindow.first]);

  // Unsaved rows, and the text still in the open editor, are kept as the user's draft (see use-grid-draft).
  const shown = grid.shownScope;
  const draftKey = draftKeyOf(screen, domain, shown.fixed);
  const summary = draftSummary(screenLabel(screen), title, shown.clientId, shown.fixed);
  const editColumn = cursor.editing ? columns[cursor.col] : undefined;
  const edit = useMemo(
    () => (editColumn ? { row: cursor.row, field: editColumn.name, text: cursor.draft } : null),
    [editColumn, cursor.row, cursor.draft],
  );
  const draft = useGridDraft({
    key: draftKey,
    screen,
    summary,
    clientId: shown.clientId,
    domain,
    spec,
    columns: allColumns,
    defaults: shown.defaults,
    fixed: shown.fixed,
    rows: grid.rows,
    edit,
    ready: grid.load.kind !== 'loading',
    readOnly,
    adopt: async (rows) => {
      const { before, added } = await grid.adoptDraft(rows);
      const current = cursorRef.current;
      // The cursor on the new-row line stays there, after the rows that came back.
      if (added > 0 && current.row >= before) setCursor({ ...current, row: current.row + added });
    },
  });
  useUnsavedGuard(grid.dirtyCount, summary, draft.kind === 'kept');

  // The screen's panel follows the saved row under the cursor; told only when that row changes.
  const activeSaved = grid.rows[cursor.row]?.saved ?? null;
  const onActiveRow = useRef(props.onActiveRow);
  onActiveRow.current = props.onActiveRow;
  useLayoutEffect(() => {
    onActiveRow.current?.(activeSaved);
  }, [activeSaved]);
  // The row actions stay on the last saved row visited while the cursor is on the new-row line:
  // Tab leaves the grid from its last cell, which is on that line, and must still find them.
  const lastSaved = useRef<Record<string, unknown> | null>(null);
  if (activeSaved) lastSaved.current = activeSaved;
  const actionRow =
    activeSaved ?? grid.rows.find((r) => r.saved !== null && r.saved === lastSaved.current)?.saved ?? null;

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (!cellOf(event.target)) return;
    if (handleKey(keyOf(event))) event.preventDefault();
  }

  function onMouseDown(event: MouseEvent<HTMLTableElement>) {
    const cell = cellOf(event.target);
    if (!cell) return;
    const current = cursorRef.current;
    if (current.editing && current.row === cell.row && current.col === cell.col) return;
    commitDraft();
    setCursor({ row: cell.row, col: cell.col, editing: false, draft: '' });
  }

  /** A finger (or pen) opens the cell's editor with one tap: there is no double click on a touch screen. */
  function onPointerUp(event: PointerEvent<HTMLTableElement>) {
    if (event.pointerType === 'mouse' || readOnly) return;
    const cell = cellOf(event.target);
    if (!cell) return;
    const current = cursorRef.current;
    if (current.editing && current.row === cell.row && current.col === cell.col) return;
    commitDraft();
    setCursor({ row: cell.row, col: cell.col, editing: true, draft: editTextAt(cell.row, cell.col) });
  }

  function onDoubleClick(event: MouseEvent<HTMLTableElement>) {
    const cell = cellOf(event.target);
    if (!cell || cursorRef.current.editing || readOnly) return;
    setCursor({ row: cell.row, col: cell.col, editing: true, draft: editTextAt(cell.row, cell.col) });
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    if (readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    const current = cursorRef.current;
    // Text for the one cell being edited goes into its editor; a block always lands on the grid.
    if (current.editing && !isBlockPaste(text)) return;
    event.preventDefault();
    // The extra columns follow the shown ones, so a wide block runs on into them and shows them.
    const plan = grid.paste(text, { row: current.row, col: current.col });
    if (plan.cells.some((c) => more.has(c.field))) setShowMore(true);
    setCursor({ ...current, editing: false, draft: '' });
  }

  const keyRef = useRef(handleKey);
  keyRef.current = handleKey;
  const onEditorKey = useCallback((key: GridKey, text: string) => keyRef.current(key, text), []);
  function onCopy(event: ClipboardEvent<HTMLTableElement>) {
    const current = cursorRef.current;
    // While editing, the editor copies its own selection; otherwise the active cell is copied.
    if (current.editing) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', textAt(current.row, current.col));
  }

  const onDraft = useCallback((draft: string) => setCursor({ ...cursorRef.current, draft }), [setCursor]);
  const onPick = useCallback(
    (value: string) => {
      const current = cursorRef.current;
      const column = columns[current.col];
      if (column) grid.commit(current.row, column.name, value);
      setCursor({ ...current, editing: false, draft: '' });
    },
    [columns, grid.commit, setCursor],
  );

  const titleId = `${gridId}-title`;
  return (
    <section className="data-grid" aria-labelledby={titleId}>
      <GridToolbar
        titleId={titleId}
        title={title}
        grid={grid}
        actions={props.actions}
        message={props.message ?? null}
        readOnly={readOnly}
        draft={draft}
        range={<GridRange view={view} onView={setView} load={grid.load} locked={grid.dirtyCount > 0} />}
        find={
          <button
            type="button"
            className="button-secondary"
            aria-expanded={finding}
            onClick={() => setFinding((open) => !open)}
          >
            {finding ? i18next.t('grid.hideSearch') : i18next.t('grid.search')}
          </button>
        }
        onSave={() => {
          commitDraft();
          void save();
        }}
      />
      {grid.load.kind === 'failed' && (
        <div className="panel panel-error" role="alert">
          <p>{i18next.t('grid.loadFailed', { message: grid.load.message })}</p>
          <button type="button" onClick={grid.reload}>
            {i18next.t('grid.tryAgain')}
          </button>
        </div>
      )}
      <GridFindBar
        columns={allColumns}
        view={view}
        onView={setView}
        source={source}
        locked={grid.dirtyCount > 0}
        open={finding}
      />
      {grid.load.kind === 'ready' && grid.rows.length === 0 && (
        <p className="empty-note grid-empty">{view === NO_VIEW ? empty : i18next.t('grid.noMatch')}</p>
      )}
      <div className="grid-scroll" ref={scrollBox} onScroll={rowWindow.onScroll}>
        <table
          ref={table}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern, a table operated by keyboard with one cell in the Tab order.
          role="grid"
          aria-labelledby={titleId}
          aria-busy={grid.load.kind === 'loading'}
          aria-rowcount={lines + 1}
          className="grid-table"
          onKeyDown={onKeyDown}
          onMouseDown={onMouseDown}
          onDoubleClick={onDoubleClick}
          onPointerUp={onPointerUp}
          onPaste={onPaste}
          onCopy={onCopy}
          onBlur={(event) => {
            // The editor lost focus to something outside it (a button, another field): keep the text.
            // Not when the screen locked: it stays open, as it was, for the unlock.
            if (
              cursorRef.current.editing &&
              !event.currentTarget.contains(event.relatedTarget) &&
              !isLocked()
            )
              commitDraft();
          }}
        >
          <thead>
            <tr>
              <th scope="col" className="grid-row-head">
                {i18next.t('grid.state')}
              </th>
              {slots.map(({ kind, column }) =>
                kind === 'typed' ? (
                  <th
                    key={column.name}
                    scope="col"
                    // Paper: Chromium leaves buttons out of the headings it repeats on each sheet (print.css).
                    data-label={column.label}
                    aria-sort={
                      view.sort?.column === column.name
                        ? view.sort.direction === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                  >
                    <button
                      type="button"
                      className="grid-sort"
                      disabled={grid.dirtyCount > 0}
                      title={
                        grid.dirtyCount > 0
                          ? i18next.t('grid.sortBlocked')
                          : i18next.t(column.required ? 'grid.sortByRequired' : 'grid.sortBy', {
                              label: column.label,
                            })
                      }
                      onClick={() =>
                        setView((v) => ({ ...v, sort: toggleSort(v.sort, column.name), page: 0 }))
                      }
                    >
                      {column.label}
                      {column.required && <span aria-hidden="true"> *</span>}
                      <span className="grid-sort-mark" aria-hidden="true">
                        {view.sort?.column === column.name
                          ? view.sort.direction === 'asc'
                            ? ' ▲'
                            : ' ▼'
                          : ''}
                      </span>
                    </button>
                  </th>
                ) : (
                  <th
                    key={`derived:${column.label}`}
                    scope="col"
                    className="grid-derived-head"
                    title={i18next.t('grid.derived')}
                  >
                    {column.label}
                  </th>
                ),
              )}
              <th scope="col" className="grid-actions-head">
                <span className="visually-hidden">{i18next.t('grid.actions')}</span>
                {hiddenCount > 0 && (
                  // In the header's last cell: where the hidden columns would be, and costing no room.
                  <button
                    type="button"
                    className="button-secondary grid-more"
                    aria-pressed={showMore}
                    title={moreLabels}
                    onClick={() => {
                      // The cell being typed must land in its own column before that column hides.
                      commitDraft();
                      setShowMore((shown) => !shown);
                    }}
                  >
                    {showMore
                      ? i18next.t('grid.fewerColumns')
                      : i18next.t('grid.moreColumns', { count: hiddenCount })}
                  </button>
                )}
              </th>
            </tr>
          </thead>
          <tbody>
            {rowWindow.above > 0 && (
              <tr className="grid-spacer">
                <td colSpan={slots.length + 2} style={{ height: rowWindow.above }} />
              </tr>
            )}
            {(readOnly ? grid.rows : [...grid.rows, null])
              .slice(rowWindow.first, rowWindow.last)
              .map((row, offset) => {
                const index = rowWindow.first + offset;
                return (
                  <GridRowView
                    key={row?.id ?? 'new-row'}
                    gridId={gridId}
                    index={index}
                    row={row}
                    slots={slots}
                    defaults={defaults}
                    activeCol={cursor.row === index ? cursor.col : null}
                    editing={cursor.row === index && cursor.editing}
                    draft={cursor.row === index ? cursor.draft : ''}
                    source={source}
                    onDraft={onDraft}
                    onEditorKey={onEditorKey}
                    onPick={onPick}
                    onDelete={grid.deleteAt}
                    readOnly={readOnly}
                  />
                );
              })}
            {rowWindow.below > 0 && (
              <tr className="grid-spacer">
                <td colSpan={slots.length + 2} style={{ height: rowWindow.below }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {props.rowActions && actionRow && (
        <fieldset className="grid-row-actions" aria-label={i18next.t('grid.rowActions')}>
          {props.rowActions(actionRow)}
        </fieldset>
      )}
      <p className="grid-keys">{readOnly ? i18next.t('grid.keysReadOnly') : i18next.t('grid.keys')}</p>
    </section>
  );
}
