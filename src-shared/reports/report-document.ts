import type { KpiStatus } from '../kpi/status';
import type { ReportKind } from './report-request';

/**
 * A report as both writers read it: a frame (what, whose, when) and sections of tables, charts and
 * sign-off lines, with every number kept as a number and its kind. The PDF formats numbers for the
 * reader's locale; the workbook keeps them as numbers with a number format. Built by
 * src-main/reports from the KPI engine and the scoped rows; pure data, so it crosses threads.
 */

/** How a number is shown: in the PDF through Intl, in Excel as a number format. */
export type NumberKind =
  | 'integer'
  | 'decimal'
  | 'hours'
  | 'minutes'
  /** A value already in percent (85.5 means 85.5 %), as the engine gives it. */
  | 'percent'
  | 'ppm'
  | 'dpmo'
  | 'days'
  | 'points'
  /** 0–1, shown as a whole percent. */
  | 'confidence';

export type Cell =
  | { t: 'text'; v: string }
  /** `estimated`: shown with a *; `blank`: a missing value is blank (no target), not "No data"; `mark`: the status as a black-and-white mark (✓ ! ✗) after it. */
  | {
      t: 'num';
      v: number | null;
      k: NumberKind;
      estimated?: boolean;
      mark?: KpiStatus | null;
      blank?: boolean;
    }
  /** `YYYY-MM-DD`; null: blank. */
  | { t: 'date'; v: string | null }
  | { t: 'status'; v: KpiStatus | null };

export interface Column {
  /** The header's words (already in the report's language). */
  header: string;
  /** Relative width in the PDF (default 1). */
  width?: number;
  /** Right-aligned (numbers) or left. */
  align?: 'left' | 'right';
}

export interface TableSection {
  type: 'table';
  /** A stable id (tests, sheet order). */
  id: string;
  title: string;
  /** The workbook's sheet name: at most 31 characters, no []:*?/\. */
  sheet: string;
  columns: Column[];
  rows: Cell[][];
  /** Shown under the table (PDF) or under the header row's sheet notes. */
  note?: string;
  /** Shown instead of an empty table. */
  empty: string;
  /** Printed in a smaller type (the plant summary's wide matrix). */
  small?: boolean;
  /** The PDF prints no title: the table goes on from the chart above it (a Pareto's numbers). */
  continues?: boolean;
  /** Only in one of the files: the PDF's wide matrix, the workbook's long list of the same numbers. */
  only?: 'pdf' | 'xlsx';
}

export interface ChartSection {
  type: 'chart';
  id: string;
  title: string;
  /** A self-contained SVG (no external references), drawn in black, greys and patterns. */
  svg: string;
  width: number;
  height: number;
  /** Half the page's width: two charts side by side. */
  half?: boolean;
}

/** A label and a figure, side by side (the attendance summary). */
export interface FactsSection {
  type: 'facts';
  id: string;
  title: string;
  facts: { label: string; value: Cell }[];
}

export interface SignOffSection {
  type: 'signoff';
  id: string;
  title: string;
  /** "Line leader", "Supervisor". */
  roles: string[];
  /** "Name", "Signature", "Date". */
  fields: string[];
}

export type Section = TableSection | ChartSection | FactsSection | SignOffSection;

/** What, whose and when: the header of every page and the first sheet's top rows. */
export interface ReportFrame {
  kind: ReportKind;
  title: string;
  /** Label / value pairs in order: client, period, shift, prepared by, generated. */
  lines: { label: string; value: string }[];
  /** The footer's "Page {page} of {pages}" with the placeholders left in. */
  pageText: string;
  /** Said once under the frame when any value is estimated. */
  note: string | null;
}

export interface ReportDocument {
  frame: ReportFrame;
  sections: Section[];
  /** The file name to suggest, without directory: `shift-report-CLIENT-2026-03-02-SHIFT_1ST.pdf`. */
  baseName: string;
  language: 'en' | 'es';
  locale: string;
  /** Landscape pages (the plant summary's wide matrix). */
  landscape?: boolean;
}
