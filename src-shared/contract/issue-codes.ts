import type { z } from 'zod';
import { formatRule } from '../tables/text-formats';
import type { FieldIssue } from './errors';

/**
 * A zod issue's code and the values its sentence needs, so each language words it (the renderer's
 * catalogues, `issue.*`). One mapping for the core's answers (dispatch) and the window's own
 * checks before a save (the grids), so both say a refusal the same way.
 */
export function issueCodeOf(issue: z.core.$ZodIssue): Pick<FieldIssue, 'code' | 'params'> {
  switch (issue.code) {
    case 'too_small':
      return { code: issue.code, params: { origin: issue.origin, minimum: Number(issue.minimum) } };
    case 'too_big':
      return { code: issue.code, params: { origin: issue.origin, maximum: Number(issue.maximum) } };
    case 'invalid_type':
      return { code: issue.code, params: { expected: issue.expected } };
    case 'invalid_value':
      return { code: issue.code, params: { values: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      // The format a field expects (a username, a list code …), worded per language by its rule.
      return { code: formatRule(issue) ?? issue.code };
    case 'custom':
      return customIssueCode(issue.params);
    default:
      return { code: issue.code };
  }
}

/**
 * A schema's own check names its sentence in `params.issue` (a key under the catalogues' `issue.`,
 * e.g. `feedUrl.scheme`), with the values it needs beside it; without one it stays zod's `custom`.
 */
function customIssueCode(params: Record<string, unknown> | undefined): Pick<FieldIssue, 'code' | 'params'> {
  if (typeof params?.issue !== 'string') return { code: 'custom' };
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    if (name !== 'issue' && (typeof value === 'string' || typeof value === 'number')) values[name] = value;
  return Object.keys(values).length > 0 ? { code: params.issue, params: values } : { code: params.issue };
}
