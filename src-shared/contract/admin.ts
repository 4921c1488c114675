import { z } from 'zod';
import type { Row } from '../db/schema';
import { DEFECT_TEMPLATE_NAMES } from '../domain/defect-template-names';
import { ROLES } from '../domain/roles';
import { formatHint, TEXT_FORMATS } from '../tables/text-formats';
import { safeString } from '../tables/to-zod';
import { channel } from './channel';

type User = Omit<Row<'app_user'>, 'password_hash' | 'failed_login_count' | 'locked_until'>;

const password = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(200, 'must be at most 200 characters');

/**
 * Administration that needs more than a row: a user's password and client access, and a client's
 * defect catalogue from an industry template. (`clients.create` keeps the row shape of the table
 * and gives the new client its default lists in the handler.)
 */
export const adminChannels = {
  'users.create': channel<User>()(
    z.strictObject({
      user_id: z.string().trim().min(1).max(20).optional(),
      username: z
        .string()
        .trim()
        .min(3, 'must be at least 3 characters')
        .max(50)
        .regex(TEXT_FORMATS.username.pattern, formatHint('username')),
      full_name: safeString('must be text').trim().min(1, 'is required').max(100),
      email: z.email(formatHint('email')).max(100).nullable().optional(),
      role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
      clients: z.array(z.string().min(1).max(20)).max(200),
      password,
    }),
  ),
  'users.setAccess': channel<User>()(
    z.strictObject({
      user_id: z.string().min(1).max(20),
      version: z.number().int().min(1),
      role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
      clients: z.array(z.string().min(1).max(20)).max(200),
    }),
  ),
  'users.setPassword': channel<{ changed: true }>()(
    z.strictObject({ user_id: z.string().min(1).max(20), password }),
  ),
  'defectTypes.applyTemplate': channel<{ added: number }>()(
    z.strictObject({ client_id: z.string().min(1).max(20), template: z.enum(DEFECT_TEMPLATE_NAMES) }),
  ),
};
