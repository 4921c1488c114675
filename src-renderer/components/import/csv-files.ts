import { downloadBlob } from '../download';

/** Reads a chosen file as text (UTF-8; a BOM is dropped by the import itself). */
export function readFileText(file: Blob): Promise<string> {
  return file.text();
}

/** Data rows in a CSV text, roughly (lines that are not blank, minus the header): for progress words only. */
export function roughRowCount(text: string): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      if (!blank) lines += 1;
      blank = true;
    } else if (ch !== 13 && ch !== 32 && ch !== 44 && ch !== 9) blank = false;
  }
  if (!blank) lines += 1;
  return Math.max(0, lines - 1);
}

/** Offers text as a file download (a CSV unless `type` says otherwise). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, new Blob([text], { type }));
}
