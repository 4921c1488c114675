import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminChannels } from '../contract/admin';
import { issueCodeOf } from '../contract/issue-codes';
import { ruleText } from '../i18n/rule-text';
import { TABLE_SPECS } from './registry';
import { createSchema } from './to-zod';
import { zodIssueRule } from './zod-issue-rule';

/** The first issue of a refused value: its field, English message, code for the window, rule for the CLI. */
function refusal(result: z.ZodSafeParseResult<unknown>) {
  if (result.success) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  if (!issue) throw new Error('no issue');
  return {
    field: issue.path.join('.'),
    message: issue.message,
    code: issueCodeOf(issue).code,
    rule: zodIssueRule(issue),
  };
}

describe('a value not in its format', () => {
  it('names the format a username, a list code, a client id, an email and a record id must have', () => {
    const cases = [
      [
        TABLE_SPECS.app_user,
        { user_id: 'U-1', username: 'ana maria', role: 'ADMIN' },
        'issue.format.username',
      ],
      [
        TABLE_SPECS.downtime_reason,
        { client_id: 'CLIENT-A', code: 'power cut', label: 'x' },
        'issue.format.listCode',
      ],
      [TABLE_SPECS.client, { client_id: 'A B C', client_type: 'HOURLY_RATE' }, 'issue.format.clientId'],
      [TABLE_SPECS.client, { client_id: 'ABC', client_email: 'ana at plant' }, 'issue.format.email'],
      [TABLE_SPECS.work_order, { work_order_id: 'WO 1', client_id: 'CLIENT-A' }, 'issue.format.key'],
    ] as const;
    for (const [spec, row, code] of cases) {
      const found = refusal(createSchema(spec).safeParse(row));
      expect(found.code, code).toBe(code);
      expect(found.rule, code).toEqual({ code, params: {} });
      // The English sentence is the rule's own, and Spanish says the same format, not "no es válido".
      expect(found.message).toBe(ruleText(code, {}, { language: 'en', format: null }));
      expect(ruleText(code, {}, { language: 'es', format: null })).not.toContain('válido');
    }
  });

  it("words the new-user form's username and email through the same rules", () => {
    const schema = adminChannels['users.create'].input;
    const base = { username: 'ana', full_name: 'Ana', role: 'ADMIN', clients: [], password: 'long-enough-1' };
    expect(refusal(schema.safeParse({ ...base, username: 'ana maria' })).code).toBe('issue.format.username');
    expect(refusal(schema.safeParse({ ...base, email: 'ana at plant' })).code).toBe('issue.format.email');
  });

  it('keeps zod\'s own code for a pattern that names no format (the window then says "is not valid")', () => {
    const result = z
      .object({ screen: z.string().regex(/^[a-z-]+$/, 'must be a screen id') })
      .safeParse({ screen: 'X' });
    expect(refusal(result)).toMatchObject({ code: 'invalid_format', rule: null });
  });
});
