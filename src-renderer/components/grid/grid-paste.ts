import { isBlankRecord, parseDelimited } from '../../../src-shared/tables/parse-cell';
import { i18next } from '../../i18n/i18n';
import { cellMessage, parseTyped, refusalText, textOf } from './grid-cells';
import type { GridColumn } from './grid-types';

/** One pasted cell: where it lands, the text it keeps, and why it does not parse (or null). */
export interface PastedCell {
  /** Data row index (may be past the last row: the grid adds rows). */
  row: number;
  field: string;
  text: string;
  error: string | null;
}

export interface PastePlan {
  cells: PastedCell[];
  /** Rows to add below the existing ones so every pasted line has a row. */
  addRows: number;
  /** Lines of the paste that became rows (blank lines and a header line are skipped). */
  lines: number;
  /** Things to tell the person: cells cut off at the last column, a header skipped, a broken quote. */
  notes: string[];
}

/** True when a line is the grid's own header (copied along with the data): labels or field names. */
function isHeader(record: readonly string[], columns: readonly GridColumn[], startCol: number): boolean {
  const names = record.map((cell) => cell.trim().toLowerCase());
  if (names.every((name) => name === '')) return false;
  return names.every((name, i) => {
    const column = columns[startCol + i];
    return (
      name === '' || (column !== undefined && (column.label.toLowerCase() === name || column.name === name))
    );
  });
}

/**
 * Lays a block copied from Excel (tab-separated lines) over the grid from the active cell: line i
 * goes to row `start.row + i`, cell j to column `start.col + j`, adding rows past the last one. Each
 * cell is parsed for its column: a value that parses keeps its normal spelling (`7:00` → `07:00`), one
 * that does not keeps its text and carries the message, so nothing pasted is silently dropped.
 */
export function planPaste(
  text: string,
  columns: readonly GridColumn[],
  start: { row: number; col: number },
  dataRows: number,
): PastePlan {
  const body = text.replace(/\r?\n$/, '');
  // Excel puts tabs between cells. Without a tab the paste is one column: each line is one cell,
  // never split at commas (`1,5` is a mistyped decimal to report, not two cells).
  const parsed = body.includes('\t')
    ? parseDelimited(body)
    : { records: body.split(/\r?\n/).map((line) => [line]), errors: [] };
  const notes = parsed.errors.map((e) => i18next.t('gridMsg.pasteLine', { line: e.row, message: e.message }));
  let records = parsed.records.filter((record) => !isBlankRecord(record));
  const first = records[0];
  if (first && records.length > 1 && isHeader(first, columns, start.col)) {
    records = records.slice(1);
    notes.push(i18next.t('gridMsg.headerLeftOut'));
  }
  const cells: PastedCell[] = [];
  let cut = 0;
  records.forEach((record, i) => {
    record.forEach((raw, j) => {
      const column = columns[start.col + j];
      if (!column) {
        if (raw.trim() !== '') cut += 1;
        return;
      }
      const result = parseTyped(column.type, raw);
      cells.push({
        row: start.row + i,
        field: column.name,
        text: result.ok ? textOf(result.value) : raw.trim(),
        error: result.ok ? null : cellMessage(column.label, refusalText(result)),
      });
    });
  });
  if (cut > 0)
    notes.push(
      `${cut} cell${cut === 1 ? '' : 's'} beyond the last column ${cut === 1 ? 'was' : 'were'} left out.`,
    );
  const addRows = Math.max(0, start.row + records.length - dataRows);
  return { cells, addRows, lines: records.length, notes };
}

/** True when pasted text is a block (several cells), not text for the one cell being edited. */
export function isBlockPaste(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}
