import type { AppErrorShape, FieldIssue } from '../../src-shared/contract';
import { i18next } from '../i18n/i18n';
import { errorText, issueSentence } from './client';

/** A form's errors: one sentence per field it shows, and what could not be placed beside a field. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  summary: string | null;
}

/**
 * Places a failure's issues beside the form's fields as sentences ("Password must be at least 8
 * characters."); another code, or an issue about a field the form does not show, becomes the summary.
 */
export function formErrors<F extends string>(error: AppErrorShape, labels: Record<F, string>): FormErrors<F> {
  if (error.code !== 'VALIDATION' || !error.issues?.length) return { fields: {}, summary: errorText(error) };
  const fields: Partial<Record<F, string>> = {};
  const elsewhere: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (Object.hasOwn(labels, issue.path)) {
      const field = issue.path as F;
      fields[field] ??= issueSentence(labels[field], issue.message);
    } else {
      elsewhere.push(issue);
    }
  }
  const summary = elsewhere.length
    ? errorText({ ...error, issues: elsewhere })
    : i18next.t('errors.seeMarkedFields');
  return { fields, summary };
}
