import { z } from 'zod';
import type { Role } from '../domain/roles';
import { LANGUAGES, type LocaleChoice, REGIONAL_FORMATS } from '../i18n/locale';
import { safeString } from '../tables/to-zod';
import { channel } from './channel';

export interface ClientSummary {
  client_id: string;
  client_name: string;
}

/** The signed-in user as the renderer may know them: who, which role, which clients. */
export interface Me {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  /** The clients this user may see, in id order (an OPERATOR has exactly one). */
  clients: ClientSummary[];
  /** The language and regional format the screens use: the user's own choice, else the plant's. */
  locale: LocaleChoice;
}

/** A language and regional format as a payload carries them. */
export const localeChoice = z.strictObject({
  language: z.enum(LANGUAGES),
  regionalFormat: z.enum(REGIONAL_FORMATS),
});

const credentials = z.strictObject({
  username: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters'),
  password: z.string().min(1, 'is required').max(200, 'must be at most 200 characters'),
});

/** Sign-in, sign-out, the current user, and the first start's admin creation. */
export const authChannels = {
  /** `locale`: the language and format picked on the sign-in screen, kept as the user's own. */
  'auth.login': channel<Me>()(credentials.extend({ locale: localeChoice.optional() })),
  'auth.logout': channel<{ signedOut: true }>()(z.strictObject({})),
  /**
   * Who this caller is, or null. A status check: it does not count as activity, so a window may
   * ask every minute without keeping an idle session alive. A session that has just ended
   * answers UNAUTHENTICATED once, saying why (idle, 12 hours, account changed).
   */
  'auth.me': channel<Me | null>()(z.strictObject({})),
  /** The person is still at the screen (typing, clicking) though nothing was saved: keeps the session. */
  'auth.keepAlive': channel<{ idleMinutes: number }>()(z.strictObject({})),
  /** The signed-in user chooses their own language and regional format (their settings). */
  'auth.setLocale': channel<Me>()(localeChoice),
  /** Only while the database has no user at all: creates the first ADMIN and signs them in. */
  'auth.setupFirstAdmin': channel<Me>()(
    credentials.extend({
      fullName: safeString('must be text')
        .trim()
        .min(1, 'is required')
        .max(100, 'must be at most 100 characters'),
    }),
  ),
};
