import ExcelJS from 'exceljs';
import type {
  Cell,
  NumberKind,
  ReportDocument,
  TableSection,
} from '../../../src-shared/reports/report-document';
import { reportText } from '../../../src-shared/reports/report-text';
import { sheetName } from './sheet-name';

/** Excel number formats; Excel shows them with the reader's own separators. */
function numberFormat(kind: NumberKind, days: string): string {
  switch (kind) {
    case 'integer':
    case 'minutes':
    case 'points':
      return '#,##0';
    case 'decimal':
      return '#,##0.00';
    case 'hours':
      return '#,##0.00 "h"';
    case 'percent':
      return '0.00%';
    case 'ppm':
      return '#,##0 "ppm"';
    case 'dpmo':
      return '#,##0 "dpmo"';
    case 'days':
      return `#,##0.00 "${days.replaceAll('"', '')}"`;
    case 'confidence':
      return '0%';
  }
}

/** A `YYYY-MM-DD` as the Date Excel stores (midnight UTC: exceljs writes the serial day from UTC). */
function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

interface Written {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

/** A report cell as an Excel value: numbers stay numbers (a percent as its fraction), dates stay dates. */
function excelCell(
  cell: Cell,
  statusWord: (s: 'green' | 'amber' | 'red' | 'check') => string,
  days: string,
): Written {
  switch (cell.t) {
    case 'text':
      return { value: cell.v };
    case 'date':
      return cell.v === null ? { value: null } : { value: excelDate(cell.v), numFmt: 'yyyy-mm-dd' };
    case 'status':
      return { value: cell.v === null ? null : statusWord(cell.v) };
    case 'num': {
      const numFmt = numberFormat(cell.k, days);
      if (cell.v === null) return { value: null, numFmt };
      return { value: cell.k === 'percent' ? cell.v / 100 : cell.v, numFmt };
    }
  }
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  section: TableSection,
  taken: Set<string>,
  write: (cell: Cell) => Written,
): void {
  const name = sheetName(section.sheet, taken);
  taken.add(name);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(section.columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
  const widths = section.columns.map((c) => Math.max(8, [...c.header].length + 2));
  for (const row of section.rows) {
    const written = row.map(write);
    const added = sheet.addRow(written.map((w) => w.value));
    written.forEach((w, i) => {
      if (w.numFmt) added.getCell(i + 1).numFmt = w.numFmt;
      const length = typeof w.value === 'string' ? [...w.value].length : w.value instanceof Date ? 10 : 12;
      widths[i] = Math.min(60, Math.max(widths[i] ?? 8, length + 2));
    });
  }
  section.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widths[i] ?? 10;
    if (c.align === 'right') column.alignment = { horizontal: 'right' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: section.columns.length } };
}

/**
 * Renders a report as an Excel workbook: a first sheet that says what the report is, then one
 * sheet per table section (facts become a two-column sheet), each with a frozen, filterable
 * header row. Charts are the PDF's; their numbers are in the sheets.
 */
export async function renderXlsx(doc: ReportDocument, generatedAt: Date): Promise<Uint8Array> {
  const t = reportText(doc.language);
  const days = t('unit.days');
  const write = (cell: Cell) => excelCell(cell, (s) => t(`status.${s}`), days);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'FloorKPI';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.title = doc.frame.title;
  const taken = new Set<string>();

  const aboutName = sheetName(t('section.about'), taken);
  taken.add(aboutName);
  const about = workbook.addWorksheet(aboutName);
  about.addRow([doc.frame.title]).font = { bold: true, size: 14 };
  for (const line of doc.frame.lines) about.addRow([line.label, line.value]);
  if (doc.frame.note) about.addRow([doc.frame.note]);
  about.getColumn(1).width = 34;
  about.getColumn(2).width = 40;

  for (const section of doc.sections) {
    if (section.type === 'table' && section.only !== 'pdf') addTableSheet(workbook, section, taken, write);
    if (section.type === 'facts') {
      addTableSheet(
        workbook,
        {
          type: 'table',
          id: section.id,
          title: section.title,
          sheet: section.title,
          columns: [{ header: section.title }, { header: t('col.value'), align: 'right' }],
          rows: section.facts.map((f) => [{ t: 'text', v: f.label }, f.value]),
          empty: '',
        },
        taken,
        write,
      );
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
