import { type TableSpec, visibleColumns } from '../../src-shared/tables/column';
import { guardFormula } from '../../src-shared/tables/parse-cell';
import type { ScopedStore } from '../tenancy/scoped-store';

export interface ExportQuery {
  /** Clients to export; empty or absent means every client of the scope. */
  clientIds?: readonly string[];
  /** Inclusive range on the table's date column. */
  from?: string;
  to?: string;
  /**
   * The list separator: "," (the import contract) or ";" for Excel where the decimal separator is
   * a comma, in which case numbers are written with a decimal comma too so Excel reads them as numbers.
   */
  separator?: ',' | ';';
  /** A second header row of people's words by column name; the first row keeps the database names. */
  labels?: Readonly<Record<string, string>>;
}

/** Excel reads a CSV as UTF-8 (accented names intact) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * The export header: the table's visible columns, in spec order. Sync columns (created_at, version,
 * …) are left out: they are the app's own record of who changed what, an import may not set them,
 * and leaving them out keeps export → import exact for every column a person can write.
 */
export function exportColumns(spec: TableSpec): string[] {
  return visibleColumns(spec).map((c) => c.name);
}

/**
 * Quotes a cell holding a separator of either kind (`,` or the `;` of a European Excel), a tab, a
 * quote or a line break, so every spreadsheet reads it as one cell.
 */
function quote(text: string): string {
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One cell as CSV. Every place in a text where a spreadsheet could start a formula (its start,
 * and after a `,`, `;`, tab or line break inside it) gets a `'`, which import removes again.
 * Numbers are written as they are: a number is never a formula, and `-5` must stay data.
 */
export function formatCell(value: unknown, decimalComma = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint')
    return decimalComma ? String(value).replace('.', ',') : String(value);
  return quote(guardFormula(String(value)));
}

/** The CSV lines of an export (header first, each ending in CRLF), streamed from the store. */
export function* exportLines(
  store: ScopedStore,
  spec: TableSpec,
  query: ExportQuery = {},
): Generator<string> {
  const columns = exportColumns(spec);
  const filter = {
    ...(query.clientIds && query.clientIds.length > 0 ? { clientIds: query.clientIds } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  const rows = store.iterate(spec, filter);
  // Pull the first row before the header: the store's role and client checks run then, so a refused
  // export fails before it has produced a single line.
  let next = rows.next();
  const sep = query.separator ?? ',';
  const decimalComma = sep === ';';
  yield `${columns.map(quote).join(sep)}${EOL}`;
  const labels = query.labels;
  if (labels) yield `${columns.map((name) => quote(guardFormula(labels[name] ?? name))).join(sep)}${EOL}`;
  while (!next.done) {
    const row = next.value;
    yield `${columns.map((name) => formatCell(row[name], decimalComma)).join(sep)}${EOL}`;
    next = rows.next();
  }
}

/** The whole export as one CSV text (small tables, tests); use `exportLines` to stream a large one. */
export function exportRows(store: ScopedStore, spec: TableSpec, query: ExportQuery = {}): string {
  let text = '';
  for (const line of exportLines(store, spec, query)) text += line;
  return text;
}
