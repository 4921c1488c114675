import type { z } from 'zod';
import type { RuleCode, RuleParams } from '../contract/rule-codes';
import { formatRule } from './text-formats';

/**
 * A schema issue as a rule code and values, for a reader in another language (the CLI's Spanish;
 * the renderer words zod's codes the same way in api/issue-text.ts). Null for a sentence of the
 * schema's own (a custom check), which keeps its English message.
 */
export function zodIssueRule(issue: z.core.$ZodIssue): { code: RuleCode; params: RuleParams } | null {
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1
          ? { code: 'issue.required', params: {} }
          : { code: 'issue.tooShort', params: { minimum } };
      return { code: 'issue.tooSmallNumber', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      return issue.origin === 'string'
        ? { code: 'issue.tooLong', params: { maximum } }
        : { code: 'issue.tooBigNumber', params: { maximum } };
    }
    case 'invalid_type':
      if (issue.input === null || issue.input === undefined) return { code: 'issue.required', params: {} };
      if (issue.expected === 'int') return { code: 'issue.notWhole', params: {} };
      if (issue.expected === 'number') return { code: 'issue.notNumber', params: {} };
      if (issue.expected === 'string') return { code: 'issue.notText', params: {} };
      return null;
    case 'custom': {
      // A check of ours that names its rule (an enumeration column: its name, for the choices' words).
      const rule = issue.params?.rule;
      const choices = issue.params?.choices;
      return rule === 'issue.notOneOfEnum' && typeof choices === 'string'
        ? { code: 'issue.notOneOfEnum', params: { choices } }
        : null;
    }
    case 'invalid_format': {
      const code = formatRule(issue);
      return code ? { code, params: {} } : null;
    }
    case 'invalid_value':
      return { code: 'issue.notOneOf', params: { values: issue.values.map(String).join(', ') } };
    default:
      return null;
  }
}
