import type { RuleCode } from '../contract/rule-codes';
import { ruleMessage } from '../i18n/rule-text';

/**
 * The formats a text column may demand, each worded by its own rule code (`issue.format.*`), so a
 * refused value says what is expected in the reader's language, per field, not a bare "is not valid".
 */
export const TEXT_FORMATS = {
  /** Record ids typed by people or generated: WO-100, PE-2026-001, A/B. */
  key: { pattern: /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, rule: 'issue.format.key' },
  username: { pattern: /^[A-Za-z0-9._-]+$/, rule: 'issue.format.username' },
  clientId: { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, rule: 'issue.format.clientId' },
  /** A reference list's own code, UPPER_SNAKE as the DDL demands. */
  listCode: { pattern: /^[A-Z0-9_]+$/, rule: 'issue.format.listCode' },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, rule: 'issue.format.email' },
} as const satisfies Record<string, { pattern: RegExp; rule: RuleCode }>;

export type TextFormat = keyof typeof TEXT_FORMATS;

/** The English sentence of a format, the message its schema check carries. */
export function formatHint(format: TextFormat): string {
  return ruleMessage(TEXT_FORMATS[format].rule);
}

/**
 * The rule code of a zod `invalid_format` issue: the format whose pattern failed (zod names the
 * pattern as text), or an email check of zod's own; null for a pattern not listed here.
 */
export function formatRule(issue: { format: string; pattern?: string | undefined }): RuleCode | null {
  if (issue.format === 'email') return TEXT_FORMATS.email.rule;
  if (issue.format !== 'regex') return null;
  return Object.values(TEXT_FORMATS).find((f) => String(f.pattern) === issue.pattern)?.rule ?? null;
}
