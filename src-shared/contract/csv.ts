import { z } from 'zod';
import { REGIONAL_FORMATS } from '../i18n/locale';
import { isIsoDate } from '../tables/formats';
import { channel } from './channel';
import { confirmField } from './confirmations';
import type { RuleCode, RuleParams } from './rule-codes';

export interface RejectedCsvRow {
  row: number;
  field: string;
  /** The problem in English. */
  message: string;
  /** The core rule that refused it and its values, for the reader's language (rule-codes.ts). */
  code?: RuleCode;
  params?: RuleParams;
  /** What to send in `confirm` to import it anyway (contract/confirmations.ts), when anything would. */
  confirm?: string;
}

/**
 * Workflow state a file carried that the importing user's role may not set (an OPERATOR approves
 * and verifies nothing): `holds_requested` counts holds that arrive as requests waiting for a
 * leader's approval, `not_verified` rows whose verification or confirmation was left out.
 */
export interface WorkflowDowngrade {
  kind: 'holds_requested' | 'not_verified';
  rows: number;
  /** The file's columns whose values were not imported. */
  columns: string[];
}

/** What an import does with a row that is already in FloorKPI (or earlier in the same file). */
export const DUPLICATE_MODES = ['refuse', 'skip', 'update'] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

/** One row of a file that is already in FloorKPI, or repeats an earlier row of the same file. */
export interface DuplicateCsvRow {
  row: number;
  /** The key of the row it repeats. */
  existingId: string;
  /**
   * `id`: same key; `natural`: same client, order, date, shift… as a row stored before the import
   * (README "Duplicate rows"); `file`: every cell the same as an earlier row of the file.
   */
  match: 'id' | 'natural' | 'file';
  /** The earlier row of this file it repeats, when it is one. */
  sameAsRow?: number;
}

/** What an import did for one client (`client_id` blank for plant-wide tables). */
export interface ClientImportCount {
  client_id: string;
  inserted: number;
  updated: number;
  /** Rows already stored with the file's values: nothing written (no version, audit or sync entry). */
  unchanged: number;
  skipped: number;
  rejected: number;
}

export interface CsvImportResult {
  /** Data rows in the file. */
  total: number;
  /** Rows written (for a preview: rows that would be written). */
  inserted: number;
  /** Rows that set an existing row (a client setting or list entry, or an upserted duplicate) to the file's values. */
  updated: number;
  /** Rows that named an existing row with the values it already has: nothing written for them. */
  unchanged: number;
  rejectedCount: number;
  /** The first 100 problems, in file order; row 1 is the header. */
  rejected: RejectedCsvRow[];
  /** Columns the app sets itself whose cells were not imported. */
  ignoredColumns: string[];
  /** What the file said that the importing user's role may not set, and so was not imported. */
  downgraded: WorkflowDowngrade[];
  /** Rows already in FloorKPI or repeated in the file, however they were handled. */
  duplicates: number;
  /** The first 100 of them. */
  duplicateRows: DuplicateCsvRow[];
  /** Duplicates left out (mode `skip`). */
  skipped: number;
  /** Rows refused because their work order is held or closed and nobody confirmed the booking. */
  closedOrderRows: number;
  /** Rows refused because they are on a weekend overtime shift dated another day and nobody confirmed them. */
  offDayShiftRows: number;
  /** Rows per client. */
  perClient: ClientImportCount[];
}

export interface CsvPreview extends CsvImportResult {
  headers: string[];
  /** The first 20 data rows as text, for the preview table. */
  rows: string[][];
}

/** The longest CSV text one import takes: 40 MB covers ~200,000 production rows. */
export const CSV_TEXT_MAX_CHARS = 40_000_000;

const text = z
  .string()
  .min(1, 'is empty')
  .max(CSV_TEXT_MAX_CHARS, 'is too large (over 40 MB): split the file');
const table = z.string().min(1).max(40);
const isoDate = z.string().refine(isIsoDate, 'must be a real date like 2026-03-02');
/** The regional format a file's numbers and dates are written in (the user's, in the app). */
const formatField = z.enum(REGIONAL_FORMATS).optional();

/** CSV import and export of one table, the same code as the command line's. */
export const csvChannels = {
  // A preview checks the file as an import that skips duplicates would, and counts them.
  'csv.preview': channel<CsvPreview>()(
    z.strictObject({
      table,
      text,
      confirm: confirmField,
      format: formatField,
    }),
  ),
  'csv.import': channel<CsvImportResult>()(
    z.strictObject({
      table,
      text,
      partial: z.boolean().default(false),
      duplicates: z.enum(DUPLICATE_MODES).default('refuse'),
      format: formatField,
      /** What the rows go in as confirmed (warnings read, rules a leader overrides); otherwise they are rejected. */
      confirm: confirmField,
    }),
  ),
  'csv.export': channel<{ filename: string; text: string; rows: number }>()(
    z.strictObject({
      table,
      clientIds: z.array(z.string().min(1).max(20)).max(500).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      /** ";" for a spreadsheet whose regional decimal is a comma: numbers are then written "7,5". */
      separator: z.enum([',', ';']).optional(),
      /** A second header row for people: each column's words in the user's language (by column name). */
      labels: z.record(z.string().max(64), z.string().max(200)).optional(),
    }),
  ),
};
