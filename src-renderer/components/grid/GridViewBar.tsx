import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../../i18n/fmt';
import type { GridColumn } from './grid-types';
import { filterValue, type GridView, PAGE_SIZE, rangeText } from './grid-view';
import type { OptionSource } from './use-grid-options';
import type { LoadState } from './use-grid-rows';

interface GridRangeProps {
  view: GridView;
  /** Takes the next view; keep it the same function between renders (a state setter). */
  onView(next: GridView): void;
  load: LoadState;
  /** Unsaved rows: the rows on screen must stay until saved or discarded, so the view cannot move. */
  locked: boolean;
}

/** "Showing 1–200 of 1,240", with Previous and Next when there is more than one page. */
export function GridRange({ view, onView, load, locked }: GridRangeProps) {
  const { t } = useTranslation();
  if (load.kind !== 'ready' || load.total === 0) return null;
  const hasNext = load.offset + load.loaded < load.total;
  const why = locked ? t('gridFind.lockedFirst') : undefined;
  return (
    <span className="grid-range-wrap">
      <span className="grid-range" data-testid="grid-range">
        {rangeText(load.offset, load.loaded, load.total)}
      </span>
      {(view.page > 0 || hasNext) && (
        <span className="grid-pager">
          <button
            type="button"
            className="button-secondary"
            disabled={locked || view.page === 0}
            title={why}
            onClick={() => onView({ ...view, page: view.page - 1 })}
          >
            {t('gridFind.previous', { size: fmt.number(PAGE_SIZE, 0) })}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={locked || !hasNext}
            title={why}
            onClick={() => onView({ ...view, page: view.page + 1 })}
          >
            {t('gridFind.next', { size: fmt.number(PAGE_SIZE, 0) })}
          </button>
        </span>
      )}
    </span>
  );
}

interface GridFindBarProps {
  columns: readonly GridColumn[];
  view: GridView;
  /** Takes the next view; keep it the same function between renders (a state setter). */
  onView(next: GridView): void;
  source: OptionSource;
  /** Unsaved rows: the rows on screen must stay until saved or discarded, so the view cannot move. */
  locked: boolean;
  /** The search and filter fields are shown (Find, or a search or filter in force). */
  open: boolean;
}

/** How long typing in the search may pause before the rows are asked for. */
const SEARCH_PAUSE_MS = 300;

/**
 * Finding rows in a grid: words searched across its text columns, exact values of a column
 * (chips to remove them), and the order in force. Sorting is on the column headings. Everything
 * runs in the core, over all the rows of the client and period.
 */
export function GridFindBar({ columns, view, onView, source, locked, open }: GridFindBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState(view.search);
  const [column, setColumn] = useState(columns[0]?.name ?? '');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // The search applies once typing pauses, not at every letter.
  useEffect(() => {
    if (search === view.search) return;
    const timer = setTimeout(() => onView({ ...view, search, page: 0 }), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [search, view, onView]);

  // Opened with Find: the search takes the keyboard.
  useEffect(() => {
    if (open) searchRef.current?.focus();
  }, [open]);

  const picked = columns.find((c) => c.name === column) ?? columns[0];
  const options = picked ? source.optionsFor(picked, {}) : null;
  const addFilter = (): void => {
    if (!picked) return;
    const result = filterValue(picked, value, options);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    setValue('');
    onView({
      ...view,
      filters: { ...view.filters, [picked.name]: result.value },
      filterWords: {
        ...view.filterWords,
        [picked.name]: source.display(picked, String(result.value)) || value,
      },
      page: 0,
    });
  };
  const removeFilter = (name: string): void => {
    const filters = { ...view.filters };
    const filterWords = { ...view.filterWords };
    delete filters[name];
    delete filterWords[name];
    onView({ ...view, filters, filterWords, page: 0 });
  };

  const why = locked ? t('gridFind.lockedFirst') : undefined;
  const labelOf = (name: string) => columns.find((c) => c.name === name)?.label ?? name;
  const chips = Object.keys(view.filters);
  if (!open && chips.length === 0 && !view.sort && !view.search) return null;

  return (
    <div className="grid-view-bar">
      {open && (
        <div className="grid-find grid-find-fields">
          <label className="scope-label" htmlFor={`${id}-search`}>
            {t('gridFind.search')}
          </label>
          <input
            id={`${id}-search`}
            ref={searchRef}
            type="search"
            value={search}
            disabled={locked}
            title={why}
            placeholder={t('gridFind.placeholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
          <label className="scope-label" htmlFor={`${id}-column`}>
            {t('gridFind.filter')}
          </label>
          <select
            id={`${id}-column`}
            value={picked?.name ?? ''}
            disabled={locked}
            title={why}
            onChange={(event) => {
              setColumn(event.target.value);
              setProblem(null);
            }}
          >
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.label}
              </option>
            ))}
          </select>
          <input
            className="grid-filter-value"
            aria-label={t('gridFind.filterValue')}
            list={options && options.length > 0 ? `${id}-values` : undefined}
            value={value}
            disabled={locked}
            title={why}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addFilter();
              }
            }}
          />
          {options && options.length > 0 && (
            <datalist id={`${id}-values`}>
              {options.slice(0, 300).map((o) => (
                <option key={o.value} value={o.label} />
              ))}
            </datalist>
          )}
          <button
            type="button"
            className="button-secondary"
            disabled={locked}
            title={why}
            onClick={addFilter}
          >
            {t('gridFind.showOnly')}
          </button>
        </div>
      )}
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="grid-find">
        {view.search && !open && (
          <span className="grid-sorted">{t('gridFind.searching', { text: view.search })}</span>
        )}
        {chips.map((name) => (
          <button
            key={name}
            type="button"
            className="grid-chip"
            disabled={locked}
            aria-label={t('gridFind.removeFilter', {
              column: labelOf(name),
              value: view.filterWords[name] ?? String(view.filters[name]),
            })}
            onClick={() => removeFilter(name)}
          >
            {labelOf(name)}: {view.filterWords[name] ?? String(view.filters[name])}{' '}
            <span aria-hidden="true">✕</span>
          </button>
        ))}
        {view.sort && (
          <span className="grid-sorted">
            {t(view.sort.direction === 'asc' ? 'gridFind.sortedAsc' : 'gridFind.sortedDesc', {
              column: labelOf(view.sort.column),
            })}
          </span>
        )}
        {locked && <span className="field-hint">{t('gridFind.locked')}</span>}
      </div>
    </div>
  );
}
