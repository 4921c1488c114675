import type { ListSort } from '../../../src-shared/contract/crud';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import type { ListFilter } from './grid-api';
import { parseTyped, refusalText } from './grid-cells';
import { resolveChoice } from './grid-options';
import type { CellOption, GridColumn } from './grid-types';

/** Rows the grid asks the core for at once; the pager walks through the rest. */
export const PAGE_SIZE = 200;

/**
 * How a grid's rows are looked at, on top of the screen's own filter: one column's order, exact
 * values of columns, words searched, and the page. All of it runs in the core (list channel), so
 * a table of any size is sorted and filtered whole, not only the page on screen.
 */
export interface GridView {
  sort: ListSort | null;
  /** Exact values per column, as the core stores them (codes, ids, numbers). */
  filters: Readonly<Record<string, string | number>>;
  /** What the person typed in words, per filtered column, for the chip. */
  filterWords: Readonly<Record<string, string>>;
  search: string;
  page: number;
}

export const NO_VIEW: GridView = { sort: null, filters: {}, filterWords: {}, search: '', page: 0 };

/** The next order when a column's heading is clicked: ascending, descending, then the table's own. */
export function toggleSort(current: ListSort | null, column: string): ListSort | null {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

/** The list request of a page: the screen's filter, then the view (the screen's own filters win). */
export function listQueryOf(
  filter: Omit<ListFilter, 'clientIds'>,
  clientId: string | null,
  view: GridView,
): ListFilter & { sort?: ListSort[] } {
  const equals = { ...view.filters, ...(filter.equals ?? {}) };
  const text = view.search.trim() || filter.text;
  return {
    ...filter,
    ...(clientId === null ? {} : { clientIds: [clientId] }),
    ...(Object.keys(equals).length > 0 ? { equals } : {}),
    ...(text ? { text } : {}),
    ...(view.sort ? { sort: [view.sort] } : {}),
  };
}

/**
 * The stored value a typed filter stands for: a choice's code when the words match one ("On hold",
 * a reason's label, "Yes"), else the cell parsed like a typed cell (a number, a date); a message
 * when it cannot be a value of the column.
 */
export function filterValue(
  column: GridColumn,
  typed: string,
  options: readonly CellOption[] | null,
): { ok: true; value: string | number } | { ok: false; message: string } {
  const text = typed.trim();
  if (text === '') return { ok: false, message: i18next.t('grid.typeValue') };
  const chosen = options && options.length > 0 ? resolveChoice(options, text, null) : text;
  const parsed = parseTyped(column.type, chosen);
  if (!parsed.ok) return { ok: false, message: `${column.label} ${refusalText(parsed).replace(/\.$/, '')}.` };
  const value = parsed.value;
  if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0 };
  if (typeof value === 'number' || typeof value === 'string') return { ok: true, value };
  return { ok: false, message: i18next.t('grid.typeValue') };
}

const count = { format: (n: number) => fmt.number(n, 0) };

/** "Showing 1–200 of 1,240": the rows of this page among all that match. */
export function rangeText(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return i18next.t('grid.showingNone', { total: count.format(total) });
  return i18next.t('grid.showing', {
    from: count.format(offset + 1),
    to: count.format(offset + shown),
    total: count.format(total),
  });
}
