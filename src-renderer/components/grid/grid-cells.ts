import { conventionsOf } from '../../../src-shared/i18n/regional';
import type { ColumnKind } from '../../../src-shared/tables/column';
import { type CellResult, parseCell } from '../../../src-shared/tables/parse-cell';
import { i18next } from '../../i18n/i18n';
import { currentFormat } from '../../i18n/locale-store';
import type { GridColumn } from './grid-types';

/**
 * A stored value as the text a cell holds: blank for nothing, 1/0 for booleans, a number with the
 * user's decimal separator and no grouping ("7,5" where the decimal is a comma), so it reads back
 * exactly as typed text does.
 */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    const decimal = conventionsOf(currentFormat()).decimal;
    return decimal === '.' ? String(value) : String(value).replace('.', decimal);
  }
  if (typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

/**
 * What a committed or pasted cell keeps: the parsed value's text when it parses (`7:00` → `07:00`,
 * `shift_1st` → `SHIFT_1ST`, `yes` → `1`), else exactly what was typed, so the message can point at it.
 */
export function normaliseText(column: GridColumn, text: string): string {
  const parsed = parseTyped(column.type, text);
  return parsed.ok ? textOf(parsed.value) : text;
}

/** A cell typed or pasted by a person: read in their regional format. */
export function parseTyped(type: ColumnKind, raw: string): CellResult {
  return parseCell(type, raw, currentFormat());
}

/** A refusal's sentence in the user's language (the format's own examples named). */
export function refusalText(result: Extract<CellResult, { ok: false }>): string {
  if (!result.code || i18next.language === 'en') return result.message;
  const examples = (result.accepted ?? []).join(i18next.t('parse.or'));
  switch (result.code) {
    case 'number.invalid':
      return i18next.t('parse.number', { examples });
    case 'number.ambiguous':
      return i18next.t('parse.numberAmbiguous', { examples });
    case 'date.invalid':
      return i18next.t('parse.date', { examples });
    case 'date.notReal':
      return i18next.t('parse.dateNotReal', { examples });
  }
}

// English and Spanish openings of a message that needs its subject in front.
const STARTS_WITH_VERB =
  /^(must|is|are|should|could|cannot|can't|has|have|does|do|debe|deben|es|son|no|se|tiene)\b/i;

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
