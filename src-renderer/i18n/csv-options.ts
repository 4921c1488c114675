import { create } from 'zustand';
import { conventionsOf } from '../../src-shared/i18n/regional';
import { type TableSpec, visibleColumns } from '../../src-shared/tables/column';
import { columnText } from './labels';
import { currentFormat } from './locale-store';

/** Where this PC remembers the user's CSV choices. */
const KEY = 'floorkpi.csvOptions';

/** How exported CSV files are written for people: both off by default (the import contract). */
export interface CsvOptions {
  /** The region's list separator (";" where the decimal separator is ","), numbers with its decimal. */
  regionalSeparator: boolean;
  /** A second header row of column names in the user's language under the database names. */
  labelRow: boolean;
}

function stored(): CsvOptions {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return { regionalSeparator: false, labelRow: false };
    return {
      regionalSeparator: Reflect.get(raw, 'regionalSeparator') === true,
      labelRow: Reflect.get(raw, 'labelRow') === true,
    };
  } catch {
    return { regionalSeparator: false, labelRow: false };
  }
}

interface CsvOptionsState extends CsvOptions {
  set(next: CsvOptions): void;
}

/** The CSV export options, kept on this PC. */
export const useCsvOptions = create<CsvOptionsState>((set) => ({
  ...stored(),
  set(next) {
    set(next);
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
    } catch {
      // Not remembered: the choice holds until the window closes.
    }
  },
}));

/** What `csv.export` is asked for beyond its rows: the separator and the translated header row. */
export function exportExtras(spec: TableSpec): { separator?: ';'; labels?: Record<string, string> } {
  const { regionalSeparator, labelRow } = useCsvOptions.getState();
  const extras: { separator?: ';'; labels?: Record<string, string> } = {};
  if (regionalSeparator && conventionsOf(currentFormat()).listSeparator === ';') extras.separator = ';';
  if (labelRow)
    extras.labels = Object.fromEntries(
      visibleColumns(spec).map((c) => [c.name, columnText(c.name, c.label)]),
    );
  return extras;
}
