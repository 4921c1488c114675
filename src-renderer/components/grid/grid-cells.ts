import { parseCell } from '../../../src-shared/tables/parse-cell';
import type { GridColumn } from './grid-types';

/** A stored value as the text a cell holds: blank for nothing, 1/0 for booleans. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

/**
 * What a committed or pasted cell keeps: the parsed value's text when it parses (`7:00` → `07:00`,
 * `shift_1st` → `SHIFT_1ST`, `yes` → `1`), else exactly what was typed, so the message can point at it.
 */
export function normaliseText(column: GridColumn, text: string): string {
  const parsed = parseCell(column.type, text);
  return parsed.ok ? textOf(parsed.value) : text;
}

const STARTS_WITH_VERB = /^(must|is|are|should|cannot|can't|has|have|does|do)\b/i;

/**
 * A sentence beside a cell: "must be 0 or more" becomes "Units produced must be 0 or more."; a
 * message that already names its subject ("units defective must not exceed units produced") is
 * only capitalised.
 */
export function cellMessage(label: string, message: string): string {
  const text = message.trim().replace(/\.$/, '');
  if (STARTS_WITH_VERB.test(text)) return `${label} ${text}.`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
