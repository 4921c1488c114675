import type { FieldIssue } from '../../src-shared/contract';
import { asRuleCode } from '../../src-shared/contract/rule-codes';
import { i18next, lookup } from '../i18n/i18n';
import { columnText } from '../i18n/labels';
import { ruleWords } from '../i18n/rule-reader';

/** Fills `{{name}}` of a catalogue sentence found at run time. */
export function interpolate(
  text: string,
  params: Readonly<Record<string, string | number>> | undefined,
): string {
  return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    params && Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** A field as the user reads it: its column header in their language, else its name as sent. */
export function fieldWord(path: string): string {
  return columnText(path, path);
}

function numberParam(params: FieldIssue['params'], name: string): number | null {
  const value = params?.[name];
  return typeof value === 'number' ? value : null;
}

/**
 * One field issue's message in the user's language. English keeps the core's own words (the
 * schemas' plain sentences). Another language words the issue's code and values; a rule's own
 * sentence with no code it knows is worded generically ("is not valid") rather than left in English.
 */
export function issueText(issue: FieldIssue): string {
  // A core rule's sentence is worded from its code in every language (dates in the user's format).
  const rule = asRuleCode(issue.code);
  if (rule) return ruleWords(rule, issue.params);
  if (i18next.language === 'en' || !issue.code) return issue.message;
  const p = issue.params;
  switch (issue.code) {
    case 'too_small': {
      const minimum = numberParam(p, 'minimum') ?? 0;
      if (p?.origin === 'string')
        return minimum <= 1 ? i18next.t('issue.required') : i18next.t('issue.tooShort', { minimum });
      return i18next.t('issue.tooSmallNumber', { minimum });
    }
    case 'too_big': {
      const maximum = numberParam(p, 'maximum') ?? 0;
      return p?.origin === 'string'
        ? i18next.t('issue.tooLong', { maximum })
        : i18next.t('issue.tooBigNumber', { maximum });
    }
    case 'invalid_type':
      if (p?.expected === 'int') return i18next.t('issue.notWhole');
      if (p?.expected === 'number') return i18next.t('issue.notNumber');
      if (p?.expected === 'string') return i18next.t('issue.notText');
      return i18next.t('issue.invalid');
    case 'invalid_value':
      return i18next.t('issue.notOneOf', { values: String(p?.values ?? '') });
    case 'unrecognized_keys':
      return i18next.t('issue.unknownField');
    default: {
      const keyed = lookup(`issue.${issue.code}`, '');
      return keyed ? interpolate(keyed, p) : i18next.t('issue.invalid');
    }
  }
}
