import Papa from 'papaparse';
import { enumCodeOf } from '../domain/enum-labels';
import type { RegionalFormat } from '../i18n/locale';
import { type LocalParse, parseLocalDate, parseLocalNumber } from '../i18n/parse-local';
import type { ColumnKind } from './column';
import { isIsoDate } from './formats';

/**
 * Text cells (a CSV file, a paste from Excel) to the typed values a column's zod schema expects.
 * Pure TypeScript: the CLI import and the renderer's grid paste share it.
 *
 * Rules, chosen so that nothing is guessed:
 * - A blank cell (or only spaces) is null: "not recorded".
 * - Numbers use a dot for decimals (`12.5`). Thousands separators are accepted only when they
 *   cannot be a decimal comma: `1,234,567` or `1,234.5`. `1,234` (1234 or 1.234?) and `12,5` are
 *   refused with a message saying how to write them.
 * - Booleans: 0/1, true/false, yes/no, y/n, in any case.
 * - Dates: `YYYY-MM-DD`; `YYYY/MM/DD` and unpadded `2026-3-2` are normalised. Slash dates with
 *   the year last (`3/2/2026`, what Excel writes in a US or a European locale) are refused: the
 *   file alone cannot tell 2 March from 3 February, and a silent swap would corrupt KPIs.
 * - Times: `HH:MM`; `7:00` and `07:00:00` (Excel's spellings) are normalised.
 * - Enumerations match whatever the case (`shift_1st` is SHIFT_1ST), and their screen words match
 *   too (`1st shift`, `On hold`): a block copied from the grid pastes back. Exports write codes.
 *   Reference codes are upper-cased by the schema.
 * - Text that export guarded against formula injection (`'=SUM(A1)`, `Waiting;'=HYPERLINK(…)`)
 *   gets its guards removed.
 */

/**
 * A refusal carries its English sentence (the CLI's and the logs') and, for a refusal of the
 * user's regional format, a code and the accepted forms, so a screen can word it in Spanish.
 */
export type CellResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string; code?: LocalParseCode; accepted?: string[] };

export type LocalParseCode = 'number.invalid' | 'number.ambiguous' | 'date.invalid' | 'date.notReal';

const LOCAL_MESSAGES: Record<LocalParseCode, string> = {
  'number.invalid': 'must be a number written like',
  'number.ambiguous': 'could be read two ways: write it like',
  'date.invalid': 'must be a date written like',
  'date.notReal': 'is not a real date: write it like',
};

function fromLocal<T>(result: LocalParse<T>, text: string): CellResult {
  if (result.ok) return ok(result.value);
  // A date that does not exist ("2026-02-30") is named: the reader sees which one, not only how to write one.
  const opening =
    result.code === 'date.notReal'
      ? `is not a real date (${text} does not exist): write it like`
      : LOCAL_MESSAGES[result.code];
  return {
    ok: false,
    message: `${opening} ${result.accepted.join(' or ')}`,
    code: result.code,
    accepted: result.accepted,
  };
}

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

/**
 * Where a spreadsheet may start a cell inside one of our cells: at its start, and after a `,`, `;`,
 * tab or line break, because a file opened with the other separator (Excel in a locale whose list
 * separator is `;`), or by a tool that ignores quotes, splits there. Spaces before a formula do
 * not stop it. A formula starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const CELL_START = String.raw`(?<=(?:^|[,;\t\r\n]) *)`;
const FORMULA_CHAR = String.raw`[=+\-@\t\r]`;
/** Each cell start followed by a formula (after any apostrophes an earlier guard or a person put there). */
const FORMULA_AT = new RegExp(`${CELL_START}(?='*${FORMULA_CHAR})`, 'g');
/** Each guard: one apostrophe at a cell start in front of a formula (or of an earlier guard). */
const GUARD_AT = new RegExp(`${CELL_START}'(?='*${FORMULA_CHAR})`, 'g');

/**
 * Puts `'` in front of every formula a spreadsheet could start in the text (`=SUM(A1)`, and the
 * `=HYPERLINK(…)` of `Waiting;=HYPERLINK(…)`), so it stays text whichever separator the file is
 * opened with; `unguardFormula` undoes it exactly, apostrophes already there included.
 */
export function guardFormula(text: string): string {
  return text.replace(FORMULA_AT, "'");
}

/** Removes each apostrophe that `guardFormula` (or a person typing in Excel) put before a formula. */
export function unguardFormula(text: string): string {
  return text.replace(GUARD_AT, '');
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Comma groups that cannot be a decimal comma: two or more groups, or groups then a decimal dot. */
const GROUPED_NUMBER = /^[+-]?\d{1,3}((,\d{3}){2,}(\.\d+)?|,\d{3}\.\d+)$/;

function parseNumber(text: string): CellResult {
  if (PLAIN_NUMBER.test(text)) return ok(Number(text));
  if (GROUPED_NUMBER.test(text)) return ok(Number(text.replaceAll(',', '')));
  if (/^[+-]?\d{1,3}(,\d{3})+$/.test(text))
    return fail(`must be written without a thousands separator, like ${text.replaceAll(',', '')}`);
  if (/^[+-]?\d+,\d+$/.test(text)) return fail(`must use a dot for decimals, like ${text.replace(',', '.')}`);
  return fail('must be a number');
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n']);

function parseBool(text: string): CellResult {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(1);
  if (FALSE_WORDS.has(word)) return ok(0);
  return fail('must be 0 or 1 (yes/no and true/false are accepted too)');
}

function parseDate(text: string): CellResult {
  const yearFirst = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (yearFirst) {
    const [, year, , month = '', day = ''] = yearFirst;
    const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isIsoDate(iso) ? ok(iso) : fail(`must be a real date like 2026-03-02 (${text} does not exist)`);
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text))
    return fail(
      `must be a date written YYYY-MM-DD, like 2026-03-02: ${text} could be read day-first or month-first`,
    );
  return fail('must be a date like 2026-03-02');
}

function parseTime(text: string): CellResult {
  const match = /^(\d{1,2}):(\d{2})(:00)?$/.exec(text);
  if (!match) return ok(text);
  const [, hours = '', minutes = ''] = match;
  return ok(`${hours.padStart(2, '0')}:${minutes}`);
}

/**
 * Converts one cell to the value the column's schema expects; `ok: false` carries a plant-words
 * message. With a regional `format` (a person typing or pasting in the grid), numbers and dates are
 * read as that format writes them ("7,5", "1.200", "03/12/2026"; ISO dates always); without one
 * (files: the import contract), the machine forms above. `dateFormat` reads dates apart (null: ISO
 * only), for a file whose separator says "decimal comma" but nothing about dates.
 */
export function parseCell(
  type: ColumnKind,
  raw: string,
  format?: RegionalFormat,
  dateFormat: RegionalFormat | null | undefined = format,
): CellResult {
  // Trim around the guard too: a spreadsheet may pad a cell, and the schema trims text anyway.
  const text = unguardFormula(raw.trim()).trim();
  if (text === '') return ok(null);
  switch (type.kind) {
    case 'int':
    case 'real':
      return format ? fromLocal(parseLocalNumber(text, format), text) : parseNumber(text);
    case 'bool':
      return parseBool(text);
    case 'date':
      return dateFormat ? fromLocal(parseLocalDate(text, dateFormat), text) : parseDate(text);
    case 'time':
      // Anything else is left for the schema, which says "must be a time like 07:00".
      return parseTime(text);
    case 'enum':
      // A code from an export, or the words the grid shows ("On hold"): both name the same value.
      return ok(enumCodeOf(type.values, type.labels, text) ?? text);
    default:
      return ok(text);
  }
}

export interface DelimitedText {
  delimiter: ',' | '\t' | ';';
  /** Every record, blank ones included: record i is row i + 1 of the spreadsheet. */
  records: string[][];
  /** Malformed records (an unclosed quote), by 1-based spreadsheet row, with papaparse's code and message. */
  errors: { row: number; code: string; message: string }[];
}

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * The delimiter of a file or a paste, as papaparse detects it from its first rows: comma (the
 * import contract), tab (what Excel puts on the clipboard) or semicolon (a CSV saved by Excel where
 * the decimal separator is a comma). Comma when nothing else is consistent (a one-column file).
 */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  const sample = text.split(/\r?\n/, 10).join('\n');
  const found = Papa.parse<string[]>(sample, { delimitersToGuess: [...DELIMITERS], skipEmptyLines: true })
    .meta.delimiter;
  return DELIMITERS.find((d) => d === found) ?? ',';
}

/** Parses CSV, semicolon- or tab-separated text (a UTF-8 BOM is dropped) into records, keeping row numbers. */
export function parseDelimited(text: string): DelimitedText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  // Papaparse yields one empty record for the final line break; it is not a row of the sheet.
  const last = records[records.length - 1];
  if (last && last.length === 1 && last[0] === '' && /\n$/.test(body)) records.pop();
  const errors = parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, code: e.code, message: e.message }));
  return { delimiter, records, errors };
}

/** True when every cell of a record is blank (a spacer line, or a row of empty cells Excel left). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
