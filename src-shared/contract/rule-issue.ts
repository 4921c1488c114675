import { ruleMessage } from '../i18n/rule-text';
import type { FieldIssue } from './errors';
import type { RuleCode, RuleParams } from './rule-codes';

/** A field issue raised by a core rule: its code and values for the reader's language, its English message for logs. */
export function ruleIssue(path: string, code: RuleCode, params?: RuleParams): FieldIssue {
  const issue: FieldIssue = { path, message: ruleMessage(code, params), code };
  if (params) issue.params = params;
  return issue;
}
