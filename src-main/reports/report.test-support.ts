import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';

/**
 * Test support: a report file's content as a reader gets it. Not imported by app code.
 * PDF text comes out as pdf.js reads it (what a person could copy); whitespace, the no-break
 * spaces around units included, is folded to single spaces, so a table row reads as one line.
 */
export async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: text.replace(/[\s\u00a0]+/g, ' ') };
}

/** A workbook read back with exceljs. */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The rows of a sheet as arrays of cell values (1-based columns dropped to 0-based). */
export function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1));
  });
  return rows;
}
