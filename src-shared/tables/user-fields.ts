import { AppError } from '../contract/errors';
import { issueCodeOf } from '../contract/issue-codes';
import { appUserSpec } from './specs/app-user';
import { createSchema } from './to-zod';
import { zodIssueRule } from './zod-issue-rule';

/** A new account's own fields, as typed on a command line or in the new-user form. */
export interface UserFields {
  user_id?: string | null | undefined;
  username: string;
  full_name?: string | null | undefined;
  email?: string | null | undefined;
}

// The table's own rules (a username of 3 to 50 letters, digits, . _ -; an email's shape), so a
// command line, the window and the hub refuse the same accounts; the id may be left to the caller.
const row = createSchema(appUserSpec);
const named = row.pick({ username: true, full_name: true, email: true });
const withId = row.pick({ user_id: true, username: true, full_name: true, email: true });

/** The fields trimmed as stored, or a VALIDATION error naming the first wrong field and its rule (worded per language). */
export function checkedUserFields(fields: UserFields): UserFields {
  const { user_id, username, full_name, email } = fields;
  const parsed =
    user_id === undefined || user_id === null
      ? named.safeParse({ username, full_name, email })
      : withId.safeParse({ user_id, username, full_name, email });
  if (parsed.success) {
    const text = (name: string) => {
      const value = parsed.data[name];
      return typeof value === 'string' ? value : null;
    };
    return {
      user_id: text('user_id'),
      username: text('username') ?? fields.username,
      full_name: text('full_name'),
      email: text('email'),
    };
  }
  const [issue] = parsed.error.issues;
  const path = issue?.path.map(String).join('.') ?? 'username';
  const message = issue?.message ?? 'is not valid';
  throw new AppError('VALIDATION', `${path}: ${message}`, [
    { path, message, ...(issue ? (zodIssueRule(issue) ?? issueCodeOf(issue)) : {}) },
  ]);
}
